package org.ecaf.domain.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.TODAY;

import org.ecaf.domain.cases.ActionDetails;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseFixture;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Test;

/** A copy tells one story: the live plan's actions, the case's next review and lead professional, each once. */
class CopySnapshotTest {

    private final CaseFixture f = new CaseFixture();

    @Test
    void withoutALivePlanTheAssessmentsOwnActionsReviewAndLeadAreUsedOnce() {
        CafCase c = f.inProgressCase();
        CopySnapshot s = CopySnapshot.of(c, c.currentAssessment().orElseThrow().latest().orElseThrow());
        Answers given = CaseFixture.completeCaf();
        assertThat(s.actionsFromPlan()).isFalse();
        assertThat(s.actions()).hasSize(given.rows("actions").size());
        assertThat(s.nextReview()).hasToString(given.text("first_review_date").orElseThrow());
        assertThat(s.leadName()).isEqualTo(given.text("lead_professional_name").orElseThrow());
        for (String key : CopySnapshot.PLAN_KEYS) {
            assertThat(s.answers().get(key)).as(key).isEmpty();
        }
    }

    @Test
    void theLivePlansActionsReviewDateAndLeadProfessionalWin() {
        CafCase c = f.inProgressCase();
        c.setLeadProfessional(f.ben, f.step(f.lena));
        c.addAction(new ActionDetails("Young carers referral", "Aisha Khan", TODAY.plusDays(10), null),
                f.step(f.aisha));
        c.addAction(new ActionDetails("Netball club place", "Northbridge Academy", TODAY.plusDays(20),
                "Zoë plays again"), f.step(f.aisha));
        c.addAction(new ActionDetails("Benefits check", "Citizens Advice", TODAY.plusDays(5), null), f.step(f.aisha));
        PlanAction dropped = f.entity(c.addAction(new ActionDetails("Old idea", "Nobody", TODAY.plusDays(3), null),
                f.step(f.aisha)));
        c.updateAction(dropped.getId(), new ActionDetails("Old idea", "Nobody", TODAY.plusDays(3), null),
                PlanAction.Status.DROPPED, f.step(f.aisha));
        c.setReviewDate(TODAY.plusDays(90), f.step(f.aisha));

        CopySnapshot s = CopySnapshot.of(c, c.currentAssessment().orElseThrow().latest().orElseThrow());
        assertThat(s.actionsFromPlan()).isTrue();
        assertThat(s.actions()).extracting(a -> a.text("what").orElseThrow())
                .containsExactly("Benefits check", "Young carers referral", "Netball club place");
        assertThat(s.answers().rows("actions")).isEqualTo(s.actions());
        assertThat(s.nextReview()).isEqualTo(TODAY.plusDays(90));
        assertThat(s.leadName()).isEqualTo("Ben Jones");
    }
}
