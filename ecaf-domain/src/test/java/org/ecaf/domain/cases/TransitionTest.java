package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseState.APPROVED;
import static org.ecaf.domain.cases.CaseState.ASSESSMENT_IN_PROGRESS;
import static org.ecaf.domain.cases.CaseState.CLOSED;
import static org.ecaf.domain.cases.CaseState.PLAN_ACTIVE;
import static org.ecaf.domain.cases.CaseState.PRE_ASSESSMENT;
import static org.ecaf.domain.cases.CaseState.SUBMITTED;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The workflow table: for each step, the states it may start from and where it leads. */
class TransitionTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(Transition.START_ASSESSMENT, EnumSet.of(PRE_ASSESSMENT), ASSESSMENT_IN_PROGRESS),
                Arguments.of(Transition.START_REASSESSMENT, EnumSet.of(APPROVED, PLAN_ACTIVE), ASSESSMENT_IN_PROGRESS),
                Arguments.of(Transition.SUBMIT, EnumSet.of(ASSESSMENT_IN_PROGRESS), SUBMITTED),
                Arguments.of(Transition.APPROVE, EnumSet.of(SUBMITTED), APPROVED),
                Arguments.of(Transition.RETURN, EnumSet.of(SUBMITTED), ASSESSMENT_IN_PROGRESS),
                Arguments.of(Transition.ACTIVATE_PLAN, EnumSet.of(APPROVED), PLAN_ACTIVE),
                Arguments.of(Transition.RECORD_REVIEW, EnumSet.of(PLAN_ACTIVE), PLAN_ACTIVE),
                Arguments.of(Transition.CLOSE, EnumSet.of(PRE_ASSESSMENT, ASSESSMENT_IN_PROGRESS, SUBMITTED, APPROVED,
                        PLAN_ACTIVE), CLOSED),
                Arguments.of(Transition.REOPEN, EnumSet.of(CLOSED), null));
    }

    @ParameterizedTest(name = "{0}: from {1} to {2}")
    @MethodSource("table")
    void eachStepStartsFromItsStatesAndLeadsToItsTarget(Transition transition, Set<CaseState> from, CaseState to) {
        assertThat(transition.from()).containsExactlyInAnyOrderElementsOf(from);
        assertThat(transition.to()).isEqualTo(to);
        for (CaseState state : CaseState.values()) {
            assertThat(transition.allowedFrom(state)).as("%s from %s", transition, state).isEqualTo(from.contains(state));
        }
    }

    @Test
    void theTableCoversEveryStep() {
        assertThat(table().map(a -> (Transition) a.get()[0])).containsExactlyInAnyOrder(Transition.values());
    }

    @ParameterizedTest
    @EnumSource(Transition.class)
    void everyStepHasADescriptionForMessages(Transition transition) {
        assertThat(transition.description()).isNotBlank().isLowerCase();
    }

    @Test
    void nothingButReopeningLeavesTheClosedState() {
        for (Transition transition : Transition.values()) {
            assertThat(transition.allowedFrom(CLOSED)).as(transition.name()).isEqualTo(transition == Transition.REOPEN);
        }
    }

    @Test
    void everyStateHasALabel() {
        assertThat(Stream.of(CaseState.values()).map(CaseState::label)).doesNotHaveDuplicates().allMatch(l -> !l.isBlank());
        assertThat(SUBMITTED.getLabel()).isEqualTo("Submitted for approval");
    }

    @Test
    void aCaseFollowsTheTableThroughItsWholeLife() {
        CaseFixture f = new CaseFixture();
        CafCase c = f.openCase();
        assertThat(c.getState()).isEqualTo(PRE_ASSESSMENT);

        f.recordConsent(c);
        f.save(c, CaseFixture.completeCaf(), f.aisha);
        assertThat(c.getState()).isEqualTo(Transition.START_ASSESSMENT.to());
        f.seeChild(c);
        c.submit(f.caf, f.step(f.aisha));
        assertThat(c.getState()).isEqualTo(Transition.SUBMIT.to());
        c.returnAssessment("Add the father's views", f.step(f.lena));
        assertThat(c.getState()).isEqualTo(Transition.RETURN.to());
        f.save(c, CaseFixture.completeCaf().with("parent_views", "Minh agrees"), f.aisha);
        c.submit(f.caf, f.step(f.aisha));
        c.approve(null, f.step(f.lena));
        assertThat(c.getState()).isEqualTo(Transition.APPROVE.to());
        c.setLeadProfessional(f.aisha, f.step(f.lena));
        c.setReviewDate(CaseFixture.TODAY.plusWeeks(12), f.step(f.aisha));
        c.activatePlan(f.step(f.lena));
        assertThat(c.getState()).isEqualTo(Transition.ACTIVATE_PLAN.to());
        c.recordReview(f.review, CaseFixture.completeReview(CaseFixture.TODAY.plusWeeks(24)), f.step(f.aisha));
        assertThat(c.getState()).isEqualTo(Transition.RECORD_REVIEW.to());
        c.close(f.closure, CaseFixture.completeClosure("needs_met"), f.step(f.aisha));
        assertThat(c.getState()).isEqualTo(Transition.CLOSE.to());
        c.reopen("New concerns", f.step(f.lena));
        assertThat(c.getState()).isEqualTo(PLAN_ACTIVE);
        c.startReassessment(f.caf, f.step(f.aisha));
        assertThat(c.getState()).isEqualTo(Transition.START_REASSESSMENT.to());

        assertThat(c.getEvents()).extracting(CaseEvent::getKind).containsExactly("OPENED", "CONSENT",
                "ASSESSMENT_STARTED", "CHILD_SEEN", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED",
                "LEAD_PROFESSIONAL", "REVIEW_DATE", "PLAN_ACTIVE", "REVIEW", "CLOSED", "REOPENED",
                "ASSESSMENT_STARTED");
    }

    @Test
    void aMoveTheTableDoesNotAllowIsRefusedAndChangesNothing() {
        CaseFixture f = new CaseFixture();
        CafCase c = f.openCase();
        OffsetDateTime changed = c.getStateChangedAt();

        RulesViolated refused = Refusals.refusal(RulesViolated.class, () -> c.moveTo(Transition.APPROVE,
                f.step(f.lena)));

        assertThat(Refusals.codes(refused)).containsExactly(RefusalCode.WRONG_STATE);
        assertThat(refused.getMessage()).contains("approve the assessment", "Pre-assessment");
        assertThat(c.getState()).isEqualTo(PRE_ASSESSMENT);
        assertThat(c.getStateChangedAt()).isEqualTo(changed);
    }

    @Test
    void theStateChangeTimeMovesOnlyWhenTheStateDoes() {
        CaseFixture f = new CaseFixture();
        CafCase c = f.planActiveCase();
        OffsetDateTime activated = c.getStateChangedAt();

        c.recordReview(f.review, CaseFixture.completeReview(CaseFixture.TODAY.plusWeeks(24)), f.step(f.aisha));

        assertThat(c.getState()).isEqualTo(PLAN_ACTIVE);
        assertThat(c.getStateChangedAt()).isEqualTo(activated);
    }
}
