package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.TODAY;

import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationStage;
import org.junit.jupiter.api.Test;

/** The fixture's answer sets are what the other tests take them for: complete and valid on their forms. */
class CaseFixtureTest {

    private final CaseFixture f = new CaseFixture();

    @Test
    void theCopiedCafVersion2AnswersAreCompleteToday() {
        assertThat(FormValidator.validate(f.caf, CaseFixture.completeCaf(), ValidationStage.COMPLETE, TODAY)).isEmpty();
    }

    @Test
    void theVersion1RewriteOfTheAnswersIsCompleteOnVersion1() {
        assertThat(FormValidator.validate(f.cafV1, CaseFixture.completeCafV1(), ValidationStage.COMPLETE, TODAY))
                .isEmpty();
    }

    @Test
    void theReviewClosureAndPreAssessmentAnswersAreComplete() {
        assertThat(FormValidator.validate(f.review, CaseFixture.completeReview(TODAY.plusWeeks(12)),
                ValidationStage.COMPLETE, TODAY)).isEmpty();
        assertThat(FormValidator.validate(f.review, CaseFixture.completeReview(null), ValidationStage.COMPLETE, TODAY))
                .isEmpty();
        for (String reason : new String[] {"needs_met", "stepped_up", "stepped_down", "consent_withdrawn",
                "moved_out_of_area", "other"}) {
            assertThat(FormValidator.validate(f.closure, CaseFixture.completeClosure(reason), ValidationStage.COMPLETE,
                    TODAY)).as(reason).isEmpty();
        }
        assertThat(FormValidator.validate(f.preAssessment, CaseFixture.completePreAssessment("full_caf"),
                ValidationStage.COMPLETE, TODAY)).isEmpty();
    }

    @Test
    void theFamilyAndPeopleAreWhatTheTestsExpect() {
        assertThat(f.zoe.ageOn(TODAY)).contains(11);
        assertThat(f.mother.hasParentalResponsibility()).isTrue();
        assertThat(f.father.hasParentalResponsibility()).isFalse();
        assertThat(f.zoe.getFamilyMembers()).containsExactly(f.mother, f.father);
        assertThat(f.lena.leads(f.teamA)).isTrue();
        assertThat(f.leo.leads(f.teamA)).isTrue();
        assertThat(f.mark.leads(f.teamA)).isFalse();
        assertThat(f.aisha.leads(f.teamA)).isFalse();
        assertThat(f.carol.memberOf(f.teamA)).isFalse();
    }
}
