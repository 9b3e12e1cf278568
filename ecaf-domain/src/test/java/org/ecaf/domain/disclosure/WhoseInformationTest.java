package org.ecaf.domain.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.EVIDENCE;
import static org.ecaf.domain.cases.CaseFixture.TODAY;

import java.util.List;
import java.util.Set;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseFixture;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.cases.ConsentDetails;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.FamilyMemberDetails;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.junit.jupiter.api.Test;

/**
 * Whose information each CAF field holds, and what that means for a family copy: the mother's own answers (her health
 * and money, her GP action) stay out of the copy for the father who does not live with Zoë, are in her own copy, and
 * reach the father's once she consents to share with him.
 */
class WhoseInformationTest {

    private static final String MOTHERS_HEALTH = "Lan sees her GP about low mood";
    private static final String REDUNDANCY = "Ms Nguyễn was made redundant in August";
    private static final String ARREARS = "There are rent arrears of £900";

    private final CaseFixture f = new CaseFixture();
    /** Zoë's father with parental responsibility, who lives in Southport. */
    private final FamilyMember father = f.entity(f.zoe.addFamilyMember(
            FamilyMemberDetails.of("Duc Nguyễn", "father", true, false, null, null, null)));

    private static Answers answers() {
        Answers complete = CaseFixture.completeCaf();
        List<Answers> actions = new java.util.ArrayList<>(complete.rows("actions"));
        actions.add(Answers.empty().with("what", "Lan Nguyễn to see her GP about her low mood").with("who", "Lan Nguyễn")
                .with("by_when", "2026-12-01"));
        actions.add(Answers.empty().with("what", "Weekly phone call with Zoë").with("who", "Duc")
                .with("by_when", "2026-12-01"));
        return complete.with("basic_care_safety", MOTHERS_HEALTH).with("employment_finances", REDUNDANCY)
                .with("housing", ARREARS).withRows("actions", actions);
    }

    private CafCase caseWithMothersConsent(Set<FamilyMember> sharesWith) {
        CafCase c = f.openCase();
        f.entity(c.recordConsent(ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, true,
                !sharesWith.isEmpty(), Set.of(), sharesWith, EVIDENCE, false, TODAY), f.step(f.aisha)));
        f.save(c, answers(), f.aisha);
        return c;
    }

    private RedactionPlan planFor(CafCase c, Recipient recipient) {
        DisclosureDecision decision = DisclosurePolicy.decide(c, c.currentAssessment().orElseThrow(), recipient, TODAY);
        assertThat(decision.allowed()).as(decision.reason()).isTrue();
        return FamilyCopyScope.narrow(decision.plan(), f.caf, answers(), c, recipient, TODAY);
    }

    private static List<String> shownText(RedactionPlan plan) {
        CopyPreview preview = CopyPreview.of(FormRegistry.builtIn().get("caf", 2), answers(), plan);
        return preview.items().stream().map(CopyPreview.Item::label).toList();
    }

    @Test
    void everyFieldOfEveryPublishedCafVersionIsClassified() {
        List<FormDefinition> cafs = FormRegistry.builtIn().all().stream().filter(d -> d.id().equals("caf")).toList();
        assertThat(cafs).extracting(FormDefinition::version).contains(1, 2);
        for (FormDefinition caf : cafs) {
            assertThat(WhoseInformation.builtIn().unclassified(caf)).as("caf v" + caf.version()).isEmpty();
        }
        assertThat(WhoseInformation.builtIn().of("housing").orElseThrow().member())
                .isEqualTo(WhoseInformation.Member.PARENTS_AT_HOME);
        assertThat(WhoseInformation.builtIn().of("general_health").orElseThrow().owner())
                .isEqualTo(WhoseInformation.Owner.CHILD);
        assertThat(WhoseInformation.builtIn().of("parents_carers").orElseThrow().member())
                .isEqualTo(WhoseInformation.Member.NAMED_IN_ROW);
    }

    @Test
    void theMothersHealthAndMoneyAreNotInTheCopyForTheFatherWhoDoesNotLiveWithZoe() {
        CafCase c = caseWithMothersConsent(Set.of());
        RedactionPlan plan = planFor(c, new Recipient.Family(father));
        assertThat(plan.hiddenFields()).contains("basic_care_safety", "employment_finances", "housing", "parent_views")
                .doesNotContain("general_health", "child_views", "social_community_resources");
        // the mother's GP action (row 5) is hers; the father's own phone call (row 6) is his
        assertThat(plan.showsRow("actions", 4)).isFalse();
        assertThat(plan.showsRow("actions", 5)).isTrue();
        assertThat(plan.showsRow("actions", 0)).isTrue();
        assertThat(plan.notes()).contains(FamilyCopyScope.NOTE);
        assertThat(plan.leftOut()).anySatisfy(l -> {
            assertThat(l.item()).isEqualTo("housing");
            assertThat(l.reason()).contains("Lan Nguyễn (mother)").contains("has not agreed to share it with Duc Nguyễn");
        });
        assertThat(shownText(plan)).noneMatch(s -> s.contains("GP")).contains("Actions agreed, row 1: Refer Zoë to the "
                + "Northbridge Young Carers project");
    }

    @Test
    void theMotherSeesHerOwnInformationButNotTheFathersAction() {
        CafCase c = caseWithMothersConsent(Set.of());
        RedactionPlan plan = planFor(c, new Recipient.Family(f.mother));
        assertThat(plan.hiddenFields()).doesNotContain("basic_care_safety", "employment_finances", "housing");
        assertThat(plan.showsRow("actions", 4)).isTrue();
        assertThat(plan.showsRow("actions", 5)).as("the father's own action").isFalse();
    }

    @Test
    void onceTheMotherConsentsToShareWithTheFatherHeSeesIt() {
        CafCase c = caseWithMothersConsent(Set.of(father));
        RedactionPlan plan = planFor(c, new Recipient.Family(father));
        assertThat(plan.hiddenFields()).doesNotContain("basic_care_safety", "employment_finances", "housing");
        assertThat(plan.showsRow("actions", 4)).isTrue();
    }

    @Test
    void withdrawingThatConsentTakesItAwayAgain() {
        CafCase c = caseWithMothersConsent(Set.of());
        Consent sharing = f.entity(c.recordConsent(ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother,
                TODAY, false, true, Set.of(), Set.of(father), EVIDENCE, false, TODAY), f.step(f.aisha)));
        assertThat(planFor(c, new Recipient.Family(father)).hiddenFields()).doesNotContain("housing");
        c.withdrawConsent(sharing.getId(), TODAY, "She changed her mind", f.step(f.aisha));
        assertThat(planFor(c, new Recipient.Family(father)).hiddenFields()).contains("housing");
    }

    @Test
    void anAgencyCopyFollowsTheConsentsScopeAsBefore() {
        CafCase c = caseWithMothersConsent(Set.of());
        RedactionPlan agencyPlan = DisclosurePolicy.agencyPlan(Set.of(), true);
        assertThat(FamilyCopyScope.narrow(agencyPlan, f.caf, answers(), c, new Recipient.AgencyRecipient(f.health), TODAY))
                .isSameAs(agencyPlan);
    }

    @Test
    void aPractitionerCanHoldBackMoreWithAReasonAndTheItemsAreChecked() {
        CafCase c = caseWithMothersConsent(Set.of());
        RedactionPlan plan = planFor(c, new Recipient.Family(f.mother));
        CopyPreview preview = CopyPreview.of(f.caf, answers(), plan);
        List<Withholding> ok = Withholding.validated(List.of(new Withholding("housing", "Being discussed with her first"),
                new Withholding("actions#2", "The club place is not yet confirmed")), preview.labels().keySet());
        RedactionPlan less = Withholding.apply(plan, ok, preview.labels());
        assertThat(less.hiddenFields()).contains("housing");
        assertThat(less.showsRow("actions", 1)).isFalse();
        assertThat(CopyPreview.of(f.caf, answers(), less).leftOut()).anySatisfy(l -> {
            assertThat(l.item()).isEqualTo("actions#2");
            assertThat(l.reason()).isEqualTo("Held back by the practitioner: The club place is not yet confirmed");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Withholding.validated(List.of(
                        new Withholding("housing", "short"), new Withholding("nonsense", "A long enough reason")),
                preview.labels().keySet()))
                .isInstanceOfSatisfying(org.ecaf.domain.shared.InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(org.ecaf.domain.shared.Violation::target)
                        .containsExactly("withheld[0].reason", "withheld[1].item"));
    }
}
