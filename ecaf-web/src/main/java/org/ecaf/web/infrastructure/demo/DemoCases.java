package org.ecaf.web.infrastructure.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecaf.domain.cases.ActionDetails;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.cases.ConsentDetails;
import org.ecaf.domain.cases.MemberDetails;
import org.ecaf.domain.cases.Step;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildDetails;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.FamilyMemberDetails;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;

/**
 * The demo children and cases, one at each stage of the workflow, built through the domain's own rules so that
 * every demo case is one the application could have produced: a plan in place (Zoë), an assessment waiting for
 * approval (Ava), one in progress (Leo), a shielded child (Amira) and a case in the other team (Oliver).
 */
final class DemoCases {

    private final EntityManager em;
    private final Clock clock;
    private final FormRegistry forms;
    private final Map<String, Practitioner> people;
    private final Map<String, Agency> agencies;
    private final CaseRepository cases;

    DemoCases(EntityManager em, CaseRepository cases, Clock clock, FormRegistry forms, Map<String, Practitioner> people,
              Map<String, Agency> agencies) {
        this.em = em;
        this.cases = cases;
        this.clock = clock;
        this.forms = forms;
        this.people = people;
        this.agencies = agencies;
    }

    /** Seeds the cases; returns how many. */
    int seed() {
        LocalDate today = LocalDate.now(clock);
        FormDefinition caf = forms.latest(CafCase.CAF_FORM);
        Answers complete = completeAnswers();

        // Zoë: assessed, approved, a delivery plan in place
        Child zoe = child("Zoë", "Nguyễn", LocalDate.of(2015, 3, 4), "female", "12 Mill Lane, Northbridge", "NB1 1AA",
                "943 476 5919", false, "practitioner1");
        FamilyMember lan = zoe.addFamilyMember(FamilyMemberDetails.of("Lan Nguyễn", "MOTHER", true, true,
                "07700 900123", "lan.nguyen@example.org", null));
        FamilyMember minh = zoe.addFamilyMember(FamilyMemberDetails.of("Minh Nguyễn", "FATHER", true, false,
                "07700 900456", null, "48 Harbour Road, Southport PR9 0QS"));
        zoe.addFamilyMember(FamilyMemberDetails.of("Bao Nguyễn", "SIBLING", false, true, null,
                null, null));
        flush();
        CafCase zoeCase = open(zoe, "practitioner1");
        consent(zoeCase, lan, Set.of(agencies.get("NBH-CHS")), Set.of(lan, minh), "practitioner1");
        zoeCase.saveAssessment(caf, null, complete, null, step("practitioner1"));
        zoeCase.recordChildSeen(seenMoment(), true, "Northbridge Academy", "Spoke with Zoë in the pastoral room.",
                step("practitioner1"));
        zoeCase.submit(caf, step("practitioner1"));
        zoeCase.approve("A clear, well-evidenced assessment.", step("teamlead1"));
        zoeCase.setLeadProfessional(people.get("practitioner1"), step("teamlead1"));
        zoeCase.addTeamMember(MemberDetails.of(people.get("practitioner3"), "School nurse"), step("teamlead1"));
        zoeCase.addTeamMember(new MemberDetails(null, "Dafydd Ŵyn", "Head of Year 7", "Northbridge Academy",
                "01632 960000"), step("teamlead1"));
        for (Answers action : complete.rows("actions")) {
            zoeCase.addAction(new ActionDetails(action.text("what").orElseThrow(), action.text("who").orElseThrow(),
                    LocalDate.parse(action.text("by_when").orElseThrow()), action.text("desired_outcome").orElse(null)),
                    step("teamlead1"));
        }
        zoeCase.setReviewDate(today.plusWeeks(12), step("teamlead1"));
        zoeCase.activatePlan(step("teamlead1"));

        // Ava: submitted by Tom, waiting for a team lead
        Child ava = child("Ava", "Brennan", LocalDate.of(2014, 5, 6), "female", "3 Quay Road, Northbridge", "NB2 4QZ",
                null, false, "practitioner2");
        FamilyMember jane = ava.addFamilyMember(FamilyMemberDetails.of("Jane Brennan", "MOTHER", true, true,
                "07700 900777", null, null));
        flush();
        CafCase avaCase = open(ava, "practitioner2");
        consent(avaCase, jane, Set.of(), Set.of(jane), "practitioner2");
        Answers avaAnswers = complete.with("child_given_names", "Ava").with("child_family_name", "Brennan")
                .with("child_date_of_birth", "2014-05-06").with("child_address", "3 Quay Road\nNorthbridge")
                .with("child_postcode", "NB2 4QZ").without("child_nhs_number").without("child_other_names")
                .with("consent_parent_name", "Jane Brennan");
        avaCase.saveAssessment(caf, null, avaAnswers, null, step("practitioner2"));
        avaCase.recordChildSeen(seenMoment(), false, "Home visit", null, step("practitioner2"));
        avaCase.submit(caf, step("practitioner2"));

        // Leo: assessment in progress, the child not yet seen
        Child leo = child("Leo", "Smith", LocalDate.of(2019, 9, 12), "male", "27 Canal Street, Northbridge",
                "NB4 7HJ", null, false, "practitioner1");
        FamilyMember kerry = leo.addFamilyMember(FamilyMemberDetails.of("Kerry Smith", "MOTHER", true, true,
                "07700 900888", null, null));
        flush();
        CafCase leoCase = open(leo, "practitioner1");
        consent(leoCase, kerry, Set.of(), Set.of(), "practitioner1");
        leoCase.saveAssessment(caf, null, Answers.empty().with("child_given_names", "Leo")
                        .with("child_family_name", "Smith").with("child_gender", "male")
                        .with("child_date_of_birth", "2019-09-12")
                        .with("reason_for_assessment", "Leo's nursery reports he has few words for his age and is often "
                                + "hungry in the mornings."),
                "First visit", step("practitioner1"));

        // Amira: shielded (the family moved to escape domestic abuse)
        Child amira = child("Amira", "Haddad", LocalDate.of(2013, 11, 2), "female", "Refuge address withheld, Northbridge",
                "NB5 2PL", null, true, "practitioner1");
        amira.addFamilyMember(FamilyMemberDetails.of("Salma Haddad", "MOTHER", true, true, "07700 900999", null, null));
        flush();
        open(amira, "practitioner1");

        // Oliver: team B's case
        Child oliver = child("Oliver", "Jones", LocalDate.of(2016, 1, 20), "male", "9 Hill View, Northbridge",
                "NB6 1TT", null, false, "practitioner3");
        oliver.addFamilyMember(FamilyMemberDetails.of("Chris Jones", "FATHER", true, true, "07700 900321", null, null));
        flush();
        open(oliver, "practitioner3");
        flush();
        return 5;
    }

    private Child child(String given, String family, LocalDate dob, String gender, String address, String postcode,
                        String nhs, boolean shielded, String registeredBy) {
        Child child = new Child(ChildDetails.of(given, family, List.of(), dob, null, gender, address, postcode, nhs, null,
                "English", shielded, LocalDate.now(clock)), registeredBy, now());
        em.persist(child);
        return child;
    }

    private CafCase open(Child child, String by) {
        OffsetDateTime at = now();
        CafCase cafCase = CafCase.open(cases.nextReference(at.getYear()), child, people.get(by), at);
        cases.add(cafCase);
        return cafCase;
    }

    private void consent(CafCase cafCase, FamilyMember giver, Set<Agency> share, Set<FamilyMember> members, String by) {
        cafCase.recordConsent(ConsentDetails.of(cafCase.getChild(), Consent.GivenBy.FAMILY_MEMBER, giver,
                LocalDate.now(clock), true, !share.isEmpty() || !members.isEmpty(), share, members,
                "Signature held on paper copy", false, LocalDate.now(clock)), step(by));
    }

    private void flush() {
        em.flush();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The demo account {@code username} acting now. */
    private Step step(String username) {
        return Step.now(people.get(username), clock);
    }

    /** A moment a minute ago, but not before today began. */
    private LocalDateTime seenMoment() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime earlier = now.minusMinutes(1);
        return earlier.toLocalDate().equals(now.toLocalDate()) ? earlier : now;
    }

    static Answers completeAnswers() {
        try (InputStream in = DemoCases.class.getClassLoader().getResourceAsStream("demo/caf-v2-complete.json");
             JsonReader reader = Json.createReader(in)) {
            JsonObject json = reader.readObject();
            return Answers.fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
