package org.ecaf.domain.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildDetails;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.FamilyMemberDetails;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;

/**
 * A small world to test cases in, built fresh for every test: a council with two early help teams (A and B), their
 * practitioners and team leads, an administrator, and Zoë (11) with her mother (parental responsibility) and father
 * (none). The published forms come from {@link FormRegistry#builtIn()}. Time is fixed: today is 21 November 2026 and
 * every step happens a minute after the one before, from 10:00 UTC (which is also London time in November).
 */
public final class CaseFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    public static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 21, 10, 0, 0, 0, ZoneOffset.UTC);
    public static final LocalDateTime NOW_LOCAL = LocalDateTime.of(2026, 11, 21, 10, 0);
    public static final String EVIDENCE = "Signature held on paper copy";

    private long nextId = 100;
    private int minutes;
    private int references;

    public final FormRegistry forms = FormRegistry.builtIn();
    public final FormDefinition caf = forms.get(CafCase.CAF_FORM, 2);
    public final FormDefinition cafV1 = forms.get(CafCase.CAF_FORM, 1);
    public final FormDefinition review = forms.get(CafCase.REVIEW_FORM, 1);
    public final FormDefinition closure = forms.get(CafCase.CLOSURE_FORM, 1);
    public final FormDefinition preAssessment = forms.get(CafCase.PRE_ASSESSMENT_FORM, 1);

    public final Agency council = entity(new Agency("NBC", "Northbridge Council Early Help Service", "council"));
    public final Agency school = entity(new Agency("NBA", "Northbridge Academy", "school"));
    public final Agency health = entity(new Agency("NCH", "Northbridge Community Health NHS Trust", "health"));

    public final Team teamA = entity(new Team("EH-NORTH", "Early Help North", council));
    public final Team teamB = entity(new Team("EH-SOUTH", "Early Help South", council));

    /** Practitioner in team A; opens the fixture's cases. */
    public final Practitioner aisha = practitioner("akhan", "Aisha Khan", teamA, Role.PRACTITIONER);
    /** Another practitioner in team A. */
    public final Practitioner ben = practitioner("bjones", "Ben Jones", teamA, Role.PRACTITIONER);
    /** Practitioner in team B. */
    public final Practitioner carol = practitioner("cdavies", "Carol Davies", teamB, Role.PRACTITIONER);
    /** Team lead of team A. */
    public final Practitioner lena = practitioner("lpatel", "Lena Patel", teamA, Role.TEAM_LEAD);
    /** A second team lead of team A. */
    public final Practitioner leo = practitioner("lokafor", "Leo Okafor", teamA, Role.TEAM_LEAD);
    /** Team lead of team B. */
    public final Practitioner mark = practitioner("mbrown", "Mark Brown", teamB, Role.TEAM_LEAD);
    /** Administrator: accounts and forms, no case content. */
    public final Practitioner admin = practitioner("sadmin", "Sam Admin", null, Role.ADMIN);

    /** Zoë Nguyễn, born 4 March 2015: 11 years old today. */
    public final Child zoe = child("Zoë", "Nguyễn", LocalDate.of(2015, 3, 4), false);
    /** Zoë's mother, with parental responsibility. */
    public final FamilyMember mother = entity(zoe.addFamilyMember(
            FamilyMemberDetails.of("Lan Nguyễn", "mother", true, true, "07700 900001", null, null)));
    /** Zoë's father, without parental responsibility. */
    public final FamilyMember father = entity(zoe.addFamilyMember(
            FamilyMemberDetails.of("Minh Tran", "father", false, false, null, null, null)));

    // ------------------------------------------------------------------ people and children

    public <T extends DomainEntity> T entity(T entity) {
        return TestIds.assign(entity, nextId++);
    }

    public Practitioner practitioner(String username, String name, Team team, Role... roles) {
        return entity(new Practitioner(username, name, team == null ? null : team.getAgency(), team,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles))
                .withContact("Family support worker", username + "@northbridge.example", "0300 123 4567"));
    }

    /** A registered child with an id, registered by Aisha a month ago. */
    public Child child(String given, String family, LocalDate dateOfBirth, boolean shielded) {
        ChildDetails details = ChildDetails.of(given, family, List.of(), dateOfBirth, null, "female",
                "12 Mill Lane\nNorthbridge", "NB1 1AA", null, null, "English", shielded, TODAY);
        return entity(new Child(details, aisha, NOW.minusDays(30)));
    }

    /** A child like Zoë whose record is shielded, with a mother who holds parental responsibility. */
    public Child shieldedChild() {
        Child child = child("Amira", "Hassan", LocalDate.of(2016, 5, 9), true);
        entity(child.addFamilyMember(FamilyMemberDetails.of("Nadia Hassan", "mother", true, true, null, null, null)));
        return child;
    }

    // ------------------------------------------------------------------ time

    /** The next instant: 10:00 UTC today, then a minute later each call. */
    public OffsetDateTime tick() {
        return NOW.plusMinutes(minutes++);
    }

    /** {@code by} acting at the next instant ({@link #tick()}), on the local clock at {@link #NOW_LOCAL} (today). */
    public Step step(Practitioner by) {
        return new Step(by, tick(), NOW_LOCAL);
    }

    /** {@code by} acting at the next instant, on {@code today} (at {@link #NOW_LOCAL}'s time of day). */
    public Step step(Practitioner by, LocalDate today) {
        return new Step(by, tick(), today.atTime(NOW_LOCAL.toLocalTime()));
    }

    /** {@code by} acting at the next instant, at {@code local} on the local clock. */
    public Step step(Practitioner by, LocalDateTime local) {
        return new Step(by, tick(), local);
    }

    /** {@code by} acting at {@code at}, on that moment's own day and time. */
    public static Step stepAt(Practitioner by, OffsetDateTime at) {
        return new Step(by, at, at.toLocalDateTime());
    }

    /** {@code by} acting at {@code at}, on {@code today} (at the moment's time of day). */
    public static Step stepAt(Practitioner by, OffsetDateTime at, LocalDate today) {
        return new Step(by, at, today.atTime(at.toLocalTime()));
    }

    // ------------------------------------------------------------------ answers

    /** The complete, valid answer set for {@code caf} version 2 (Zoë's assessment). */
    public static Answers completeCaf() {
        try (InputStream in = CaseFixture.class.getResourceAsStream("/fixtures/caf-v2-complete.json")) {
            if (in == null) {
                throw new IllegalStateException("fixtures/caf-v2-complete.json is missing from the test resources");
            }
            return Answers.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same assessment as it would have been written on {@code caf} version 1 (with the child's telephone). */
    public static Answers completeCafV1() {
        Answers v2 = completeCaf();
        return v2.without("child_main_language").without("parent_main_language")
                .without("housing").without("housing_rating").without("employment_finances")
                .without("employment_finances_rating").without("child_nhs_number").without("young_carer")
                .without("young_carer_details")
                .with("child_first_language", v2.text("child_main_language").orElseThrow())
                .with("parent_first_language", v2.text("parent_main_language").orElseThrow())
                .with("housing_employment_finance", v2.text("housing").orElseThrow())
                .with("housing_employment_finance_rating", v2.text("housing_rating").orElseThrow())
                .with("child_telephone", "07700 900123");
    }

    /** A complete review held today; {@code next} null means the review decided to close. */
    public static Answers completeReview(LocalDate next) {
        Answers answers = Answers.empty()
                .with("review_date", TODAY.toString())
                .withRows("people_present", List.of(Answers.empty().with("name", "Lan Nguyễn").with("role", "Mother"),
                        Answers.empty().with("name", "Aisha Khan").with("role", "Lead professional")))
                .with("progress", "Zoë has a young carers' worker and goes to netball again.");
        return next == null
                ? answers.with("outcome", "close").with("reason_for_closing", "Needs met.")
                : answers.with("outcome", "continue").with("next_review_date", next.toString());
    }

    /** A complete closure for {@code reason}, with details when the reason needs them. */
    public static Answers completeClosure(String reason) {
        Answers answers = Answers.empty()
                .with("closure_date", TODAY.toString())
                .with("closure_reason", reason)
                .with("closed_by", "Lena Patel");
        if ("other".equals(reason)) {
            answers = answers.with("closure_details", "The family asked for the support to end.");
        }
        if ("moved_out_of_area".equals(reason)) {
            answers = answers.with("receiving_authority", "Southshire County Council");
        }
        return answers;
    }

    /** A complete pre-assessment checklist ending in {@code decision}. */
    public static Answers completePreAssessment(String decision) {
        return Answers.empty()
                .with("child_given_names", "Zoë").with("child_family_name", "Nguyễn")
                .with("completed_by", "Aisha Khan").with("completed_on", TODAY.toString())
                .with("healthy", "yes").with("safe_from_harm", "yes").with("learning_developing", "not_sure")
                .with("positive_contribution", "yes").with("free_from_poverty", "no")
                .with("significant_harm", "no").with("existing_caf_checked", false)
                .with("decision", decision).with("decision_reason", "Needs across several areas.");
    }

    // ------------------------------------------------------------------ cases at each stage

    public CafCase openCase() {
        return openCase(zoe, aisha);
    }

    public CafCase openCase(Child child, Practitioner by) {
        return CafCase.open(String.format("CAF-2026-%06d", ++references), child, by, tick());
    }

    /** Consent to record from Zoë's mother, given today. */
    public ConsentDetails consentToRecord() {
        return ConsentDetails.of(zoe, Consent.GivenBy.FAMILY_MEMBER, mother, TODAY, true, false, Set.of(), Set.of(),
                EVIDENCE, false, TODAY);
    }

    /** Records {@link #consentToRecord()} (or, for another child, a young person's consent) and gives it an id. */
    public Consent recordConsent(CafCase c) {
        ConsentDetails details = c.getChild() == zoe ? consentToRecord()
                : ConsentDetails.of(c.getChild(), Consent.GivenBy.YOUNG_PERSON, null, TODAY, true, false, Set.of(),
                        Set.of(), EVIDENCE, true, TODAY);
        return entity(c.recordConsent(details, step(aisha)));
    }

    public CafCase consentedCase() {
        CafCase c = openCase();
        recordConsent(c);
        return c;
    }

    /** The revision the next save should be based on: the latest of the current assessment, or null before any. */
    public static Integer basedOn(CafCase c) {
        return c.currentAssessment().map(Assessment::latestNumber).orElse(null);
    }

    /** Saves {@code answers} on {@code caf} v2 based on the latest revision. */
    public AssessmentRevision save(CafCase c, Answers answers, Practitioner by) {
        return c.saveAssessment(caf, basedOn(c), answers, null, step(by));
    }

    /** Records that Aisha saw Zoë alone at home at 09:00 today. */
    public ChildSeen seeChild(CafCase c) {
        return c.recordChildSeen(NOW_LOCAL.minusHours(1), true, "Home", null, step(aisha));
    }

    /** Consent recorded and Aisha has saved the complete assessment (revision 1). */
    public CafCase inProgressCase() {
        CafCase c = consentedCase();
        save(c, completeCaf(), aisha);
        return c;
    }

    /** As {@link #inProgressCase()}, the child seen and the assessment submitted by Aisha. */
    public CafCase submittedCase() {
        CafCase c = inProgressCase();
        seeChild(c);
        c.submit(caf, step(aisha));
        return c;
    }

    /** As {@link #submittedCase()}, approved by Lena. */
    public CafCase approvedCase() {
        CafCase c = submittedCase();
        c.approve("Good assessment.", step(lena));
        return c;
    }

    /** As {@link #approvedCase()}, with Aisha as lead professional, a review in twelve weeks and the plan active. */
    public CafCase planActiveCase() {
        CafCase c = approvedCase();
        c.setLeadProfessional(aisha, step(lena));
        c.setReviewDate(TODAY.plusWeeks(12), step(lena));
        c.activatePlan(step(lena));
        return c;
    }
}
