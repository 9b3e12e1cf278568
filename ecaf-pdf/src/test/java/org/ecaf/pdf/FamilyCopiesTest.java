package org.ecaf.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.cases.ApprovalEvent;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.cases.ConsentDetails;
import org.ecaf.domain.cases.Step;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildDetails;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.FamilyMemberDetails;
import org.ecaf.domain.disclosure.DisclosureDecision;
import org.ecaf.domain.disclosure.DisclosurePolicy;
import org.ecaf.domain.disclosure.FamilyCopyScope;
import org.ecaf.domain.disclosure.Recipient;
import org.ecaf.domain.disclosure.RedactionPlan;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.pdf.layout.Pdfs;
import org.junit.jupiter.api.Test;

/**
 * Family copies for a mother who lives with Zoë and a father who does not, read back from the PDF: the mother's health
 * and money answers and her GP action are in her own copy, not in the father's, and in his once she consents to share
 * with him. And one story: the cover and the body give the same next review date, the same actions (the live plan's,
 * printed once) and the same lead professional.
 */
class FamilyCopiesTest {

    private static final FormDefinition CAF = FormRegistry.builtIn().get("caf", 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final String MOTHERS_HEALTH = "Ms Nguyễn is seeing her GP about low mood";
    private static final String REDUNDANCY = "Ms Nguyễn was made redundant in August";
    private static final String ARREARS = "The family owe £900 in rent arrears";
    private static final String GP_ACTION = "Lan to book a GP appointment about her low mood";
    private static final String CHILD_ANSWER = "Zoë says she feels tired all the time";

    private final Agency council = new Agency("NBC", "Northbridge Council Early Help Service", "council");
    private final Practitioner aisha = new Practitioner("akhan", "Aisha Khan", council,
            new Team("EH-NORTH", "Early Help North", council), Set.of(Role.PRACTITIONER));
    private final Child zoe = new Child(ChildDetails.of("Zoë", "Nguyễn", List.of(), LocalDate.of(2015, 3, 4), null,
            "female", "12 Mill Lane", "NB1 1AA", null, null, "English", false, TODAY), aisha,
            OffsetDateTime.parse("2026-10-01T09:00:00Z"));
    private final FamilyMember mother = zoe.addFamilyMember(
            FamilyMemberDetails.of("Lan Nguyễn", "mother", true, true, null, null, null));
    private final FamilyMember father = zoe.addFamilyMember(
            FamilyMemberDetails.of("Minh Nguyễn", "father", true, false, null, null, null));
    private final CafCase c = CafCase.open("CAF-2026-000099", zoe, aisha, OffsetDateTime.parse("2026-10-02T09:00:00Z"));

    private static Answers answers() {
        List<Answers> actions = new ArrayList<>();
        actions.add(Answers.empty().with("what", "Refer Zoë to young carers").with("who", "Aisha Khan")
                .with("by_when", "2026-12-04"));
        actions.add(Answers.empty().with("what", GP_ACTION).with("who", "Lan Nguyễn").with("by_when", "2026-12-08"));
        actions.add(Answers.empty().with("what", "After-school club place for Bao").with("who", "Mill Lane Primary")
                .with("by_when", "2026-12-11"));
        actions.add(Answers.empty().with("what", "Weekly check-in with the form tutor").with("who", "Northbridge Academy")
                .with("by_when", "2027-01-15"));
        return Answers.empty().with("child_given_names", "Zoë").with("child_family_name", "Nguyễn")
                .with("emotional_social_development", CHILD_ANSWER).with("emotional_social_development_rating", "need")
                .with("basic_care_safety", MOTHERS_HEALTH).with("employment_finances", REDUNDANCY)
                .with("housing", ARREARS).withRows("actions", actions);
    }

    private long nextId = 1000;

    /** An identity, as the database would give it (the policy names consents by id). */
    private <T extends DomainEntity> T withId(T entity) {
        try {
            java.lang.reflect.Field id = DomainEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void consent(boolean toRecord, Set<FamilyMember> sharesWith) {
        withId(c.recordConsent(ConsentDetails.of(zoe, Consent.GivenBy.FAMILY_MEMBER, mother, TODAY, toRecord,
                !sharesWith.isEmpty(), Set.of(), sharesWith, "Signed", false, TODAY), step(aisha,
                OffsetDateTime.parse("2026-11-21T09:00:00Z"))));
    }

    private String copyFor(FamilyMember recipient) {
        Recipient r = new Recipient.Family(recipient);
        DisclosureDecision decision = DisclosurePolicy.decide(c, null, r, TODAY);
        assertThat(decision.allowed()).as(decision.reason()).isTrue();
        RedactionPlan plan = FamilyCopyScope.narrow(decision.plan(), CAF, answers(), c, r, TODAY);
        byte[] pdf = FamilyCopy.render(content(plan, recipient.getName(), answers(), LocalDate.of(2027, 2, 26)),
                false, null).pdf();
        Pdfs.pageImages(pdf, "family-copy-for-" + recipient.getRelationship().name().toLowerCase());
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("redundant");
        return Pdfs.text(pdf).replaceAll("\\s+", " ");
    }

    private static CopyContent content(RedactionPlan plan, String recipient, Answers answers, LocalDate review) {
        return new CopyContent("CAF-2026-000099", 1, 2, Assessment.Status.APPROVED, CAF, answers, plan, recipient, "FAMILY_MEMBER", TODAY,
                new CopyContent.Child("Zoë Nguyễn", LocalDate.of(2015, 3, 4), null, null, null, null),
                new CopyContent.Contact("Northbridge Council Early Help Service", null, "0300 123 4567", null, null),
                new CopyContent.Contact("Aisha Khan", "Northbridge Council Early Help Service", "0300 123 4567", null, null),
                review, "Consent to record given by Lan Nguyễn (mother)",
                List.of(new CopyContent.Seen(LocalDateTime.of(2026, 10, 19, 9, 30), true, "School", "Aisha Khan")),
                List.of(new CopyContent.Approval(ApprovalEvent.Kind.APPROVED, "Grace Okafor", OffsetDateTime.parse("2026-10-22T15:30:00Z"))),
                "Aisha Khan");
    }

    @Test
    void theMothersHealthAndMoneyStayOutOfTheFathersCopyUntilSheConsentsToShareWithHim() {
        consent(true, Set.of());
        String forFather = copyFor(father);
        assertThat(forFather).contains(CHILD_ANSWER, "Refer Zoë to young carers", FamilyCopyScope.NOTE)
                .doesNotContain(MOTHERS_HEALTH).doesNotContain(REDUNDANCY).doesNotContain(ARREARS)
                .doesNotContain("GP appointment");

        String forMother = copyFor(mother);
        assertThat(forMother).contains(CHILD_ANSWER, MOTHERS_HEALTH, REDUNDANCY, ARREARS, GP_ACTION)
                .doesNotContain(FamilyCopyScope.NOTE);

        consent(false, Set.of(father));
        assertThat(copyFor(father)).contains(MOTHERS_HEALTH, REDUNDANCY, ARREARS, GP_ACTION);
    }

    @Test
    void theCoverAndTheBodyTellOneStoryAndTheActionsArePrintedOnce() {
        consent(true, Set.of());
        // the assessment's own first review date and lead professional are not printed: the snapshot's are
        Answers withStaleFacts = answers().with("first_review_date", "2027-05-21")
                .with("lead_professional_name", "Someone Else");
        String text = Pdfs.text(FamilyCopy.render(content(
                FamilyCopyScope.narrow(DisclosurePolicy.decide(c, null, new Recipient.Family(mother), TODAY).plan(), CAF,
                        withStaleFacts, c, new Recipient.Family(mother), TODAY),
                "Lan Nguyễn", withStaleFacts, LocalDate.of(2027, 2, 26)), false, null).pdf()).replaceAll("\\s+", " ");
        assertThat(text).contains("We will meet again to see how things are going on 26/02/2027")
                .doesNotContain("21/05/2027").doesNotContain("Someone Else")
                .contains("Your lead professional is Aisha Khan");
        for (String action : List.of("Refer Zoë to young carers", GP_ACTION, "After-school club place for Bao",
                "Weekly check-in with the form tutor")) {
            assertThat(text.split(java.util.regex.Pattern.quote(action), -1)).as(action).hasSize(2);
        }
        assertThat(text.split("What we agreed to do", -1)).hasSize(2);
    }

    @Test
    void theAgencyCopyShowsTheDeliveryPlanOnceAndTheApprovalStepsWithoutComments() {
        RedactionPlan plan = new RedactionPlan(Set.of(), Set.of(), true, false, List.of());
        String text = Pdfs.text(AgencyCopy.render(content(plan, "Northbridge Academy", answers(), LocalDate.of(2027, 2, 26)),
                null).pdf()).replaceAll("\\s+", " ");
        assertThat(text).contains("Delivery plan", "Next review 26/02/2027", "Approved", "Grace Okafor")
                .doesNotContain("Comment");
        assertThat(text.split(java.util.regex.Pattern.quote("Weekly check-in with the form tutor"), -1)).hasSize(2);
    }

    /** {@code by} acting at {@code at}, on that moment's own day and time. */
    private static Step step(Practitioner by, OffsetDateTime at) {
        return new Step(by, at, at.toLocalDateTime());
    }
}
