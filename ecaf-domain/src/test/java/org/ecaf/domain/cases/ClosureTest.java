package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.NOW_LOCAL;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;
import static org.ecaf.domain.cases.Refusals.violation;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Closing a case on the closure form, what a closed case refuses, and reopening. */
class ClosureTest {

    private final CaseFixture f = new CaseFixture();

    @Nested
    class Closing {

        @Test
        void aClosureNeedsAReason() {
            CafCase c = f.planActiveCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.close(f.closure, Answers.empty(),
                    f.step(f.lena)));

            Violation reason = violation(refused, RefusalCode.CLOSURE_REASON_REQUIRED);
            assertThat(reason.target()).isEqualTo("closure_reason");
            assertThat(refused.violations()).noneMatch(v -> "closure_reason".equals(v.target())
                    && v.code() != RefusalCode.CLOSURE_REASON_REQUIRED);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void theMissingReasonAndOtherProblemsWithTheFormAreReportedTogether() {
            CafCase c = f.planActiveCase();

            RulesViolated refused = refusal(RulesViolated.class, () -> c.close(f.closure,
                    CaseFixture.completeClosure("needs_met").without("closure_reason") .with("closure_date",
                    TODAY.plusDays(1).toString()), f.step(f.lena)));

            assertThat(codes(refused)).containsExactlyInAnyOrder(RefusalCode.CLOSURE_REASON_REQUIRED,
                    RefusalCode.DATE_IN_FUTURE);
            assertThat(c.getState()).isEqualTo(CaseState.PLAN_ACTIVE);
        }

        @Test
        void anotherReasonNeedsDetails() {
            CafCase c = f.planActiveCase();

            RulesViolated refused = refusal(RulesViolated.class, () -> c.close(f.closure,
                    CaseFixture.completeClosure("other").without("closure_details"), f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
            assertThat(refused.violations().get(0).target()).isEqualTo("closure_details");
            assertThat(c.getClosures()).isEmpty();
        }

        @Test
        void movingOutOfTheAreaNeedsTheReceivingAuthority() {
            CafCase c = f.planActiveCase();

            RulesViolated refused = refusal(RulesViolated.class, () -> c.close(f.closure,
                    CaseFixture.completeClosure("moved_out_of_area").without("receiving_authority"), f.step(f.lena)));

            assertThat(refused.violations()).extracting(Violation::target).containsExactly("receiving_authority");
        }

        @Test
        void aReasonThatIsNotOneOfTheChoicesIsRefused() {
            CafCase c = f.planActiveCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.close(f.closure,
                    CaseFixture.completeClosure("needs_met").with("closure_reason", "bored"), f.step(f.lena)));

            assertThat(refused.violations()).extracting(Violation::target).contains("closure_reason");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aPractitionerWhoIsNotTheLeadProfessionalCannotClose() {
            CafCase c = f.planActiveCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            AccessDenied refused = refusal(AccessDenied.class, () -> c.close(f.closure,
                    CaseFixture.completeClosure("needs_met"), f.step(f.ben)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD_OR_LEAD_PROFESSIONAL);
            assertThat(refused.kind()).isEqualTo(Refusal.Kind.ACCESS_DENIED);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aTeamLeadOfAnotherTeamCannotClose() {
            CafCase c = f.planActiveCase();

            AccessDenied refused = refusal(AccessDenied.class, () -> c.close(f.closure,
                    CaseFixture.completeClosure("needs_met"), f.step(f.mark)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD_OR_LEAD_PROFESSIONAL);
            assertThat(c.getState()).isEqualTo(CaseState.PLAN_ACTIVE);
        }

        @Test
        void theLeadProfessionalMayClose() {
            CafCase c = f.planActiveCase();

            CaseClosure closure = c.close(f.closure, CaseFixture.completeClosure("stepped_down"), f.step(f.aisha));

            assertThat(c.getState()).isEqualTo(CaseState.CLOSED);
            assertThat(closure.getClosedBy()).isEqualTo("akhan");
        }

        @Test
        void aLeadProfessionalFromAnotherTeamMayClose() {
            CafCase c = f.approvedCase();
            c.setLeadProfessional(f.carol, f.step(f.lena));

            c.close(f.closure, CaseFixture.completeClosure("stepped_up"), f.step(f.carol));

            assertThat(c.getState()).isEqualTo(CaseState.CLOSED);
        }

        @Test
        void aTeamLeadClosesTheCaseRememberingWhereItWas() {
            CafCase c = f.planActiveCase();
            OffsetDateTime at = f.tick();

            CaseClosure closure = c.close(f.closure, CaseFixture.completeClosure("needs_met"),
                    CaseFixture.stepAt(f.lena, at, TODAY));

            assertThat(c.getState()).isEqualTo(CaseState.CLOSED);
            assertThat(c.getStateChangedAt()).isEqualTo(at);
            assertThat(c.getClosures()).containsExactly(closure);
            assertThat(closure.getReason()).isEqualTo("needs_met");
            assertThat(closure.getClosedFrom()).isEqualTo(CaseState.PLAN_ACTIVE);
            assertThat(closure.getClosedBy()).isEqualTo("lpatel");
            assertThat(closure.getClosedAt()).isEqualTo(at);
            assertThat(closure.answers().text("closure_reason")).contains("needs_met");
            assertThat(closure.isReopened()).isFalse();
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).endsWith("CLOSED");
        }

        @Test
        void theClosureDateAndWhoClosedAreFilledInWhenLeftOut() {
            CafCase c = f.planActiveCase();

            CaseClosure closure = c.close(f.closure, Answers.empty().with("closure_reason", "needs_met"),
                    f.step(f.lena));

            assertThat(closure.answers().text("closure_date")).contains("2026-11-21");
            assertThat(closure.answers().text("closed_by")).contains("Lena Patel");
        }

        @Test
        void givenAnswersAreNotOverwrittenByWhatIsFilledIn() {
            CafCase c = f.planActiveCase();

            CaseClosure closure = c.close(f.closure, CaseFixture.completeClosure("needs_met") .with("closure_date",
                    "2026-11-20").with("closed_by", "Lena Patel for Aisha Khan"), f.step(f.lena));

            assertThat(closure.answers().text("closure_date")).contains("2026-11-20");
            assertThat(closure.answers().text("closed_by")).contains("Lena Patel for Aisha Khan");
        }

        @Test
        void aCaseCanBeClosedBeforeAnyAssessment() {
            CafCase c = f.openCase();

            CaseClosure closure = c.close(f.closure, CaseFixture.completeClosure("consent_withdrawn"), f.step(f.lena));

            assertThat(closure.getClosedFrom()).isEqualTo(CaseState.PRE_ASSESSMENT);
        }

        @Test
        void closingAClosedCaseIsRefused() {
            CafCase c = f.planActiveCase();
            c.close(f.closure, CaseFixture.completeClosure("needs_met"), f.step(f.lena));
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.close(f.closure,
                    CaseFixture.completeClosure("needs_met"), f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.CASE_CLOSED);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void closingAClosedCaseWithoutAReasonReportsBoth() {
            CafCase c = f.planActiveCase();
            c.close(f.closure, CaseFixture.completeClosure("needs_met"), f.step(f.lena));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.close(f.closure,
                    CaseFixture.completeClosure("needs_met").without("closure_reason"), f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.CASE_CLOSED, RefusalCode.CLOSURE_REASON_REQUIRED);
        }
    }

    @Nested
    class AClosedCase {

        private CafCase closedWithWork() {
            CafCase c = f.planActiveCase();
            f.entity(c.addTeamMember(new MemberDetails(f.carol, null, "School nurse", null, null), f.step(f.aisha)));
            f.entity(c.addAction(new ActionDetails("Refer", "Aisha", TODAY.plusDays(14), null), f.step(f.aisha)));
            c.close(f.closure, CaseFixture.completeClosure("needs_met"), f.step(f.lena));
            return c;
        }

        @Test
        void refusesEveryFurtherStepAndChangesNothing() {
            CafCase c = closedWithWork();
            long memberId = c.getTeamMembers().get(0).getId();
            long actionId = c.getActions().get(0).getId();
            Map<String, Refusals.Attempt> steps = new TreeMap<>();
            steps.put("save the assessment", () -> f.save(c, CaseFixture.completeCaf(), f.aisha));
            steps.put("record consent", () -> c.recordConsent(f.consentToRecord(), f.step(f.aisha)));
            steps.put("record the child seen", () -> c.recordChildSeen(NOW_LOCAL.minusHours(1), true, "Home", null,
                    f.step(f.aisha)));
            steps.put("record the pre-assessment", () -> c.recordPreAssessment(f.preAssessment,
                    CaseFixture.completePreAssessment("full_caf"), f.step(f.aisha)));
            steps.put("submit", () -> c.submit(f.caf, f.step(f.aisha)));
            steps.put("set the lead professional", () -> c.setLeadProfessional(f.ben, f.step(f.lena)));
            steps.put("add a team member", () -> c.addTeamMember(new MemberDetails(f.ben, null, "Mentor", null, null),
                    f.step(f.aisha)));
            steps.put("remove a team member", () -> c.removeTeamMember(memberId, f.step(f.aisha)));
            steps.put("add an action", () -> c.addAction(new ActionDetails("More", "Ben", TODAY.plusDays(3), null),
                    f.step(f.aisha)));
            steps.put("update an action", () -> c.updateAction(actionId, new ActionDetails("Refer", "Aisha",
                    TODAY.plusDays(14), null), PlanAction.Status.DONE, f.step(f.aisha)));
            steps.put("set the review date", () -> c.setReviewDate(TODAY.plusDays(7), f.step(f.aisha)));
            steps.put("migrate the assessment", () -> c.migrateAssessment(f.forms, 2, f.step(f.aisha)));
            steps.put("close again", () -> c.close(f.closure, CaseFixture.completeClosure("needs_met"),
                    f.step(f.lena)));
            CaseSnapshot before = CaseSnapshot.of(c);

            steps.forEach((name, step) -> assertThat(codes(refusal(RulesViolated.class, step)))
                    .as(name).contains(RefusalCode.CASE_CLOSED));

            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void stepsTheWorkflowTableDoesNotAllowFromClosedAreTheWrongState() {
            CafCase c = closedWithWork();
            Map<String, Refusals.Attempt> steps = new TreeMap<>();
            steps.put("approve", () -> c.approve(null, f.step(f.leo)));
            steps.put("return", () -> c.returnAssessment("Redo", f.step(f.lena)));
            steps.put("activate the plan", () -> c.activatePlan(f.step(f.lena)));
            steps.put("record a review", () -> c.recordReview(f.review, CaseFixture.completeReview(TODAY.plusWeeks(4)),
                    f.step(f.aisha)));
            steps.put("start a reassessment", () -> c.startReassessment(f.caf, f.step(f.aisha)));
            CaseSnapshot before = CaseSnapshot.of(c);

            steps.forEach((name, step) -> assertThat(codes(refusal(RulesViolated.class, step)))
                    .as(name).contains(RefusalCode.WRONG_STATE));

            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aDraftLeftInProgressAtClosureIsNotMigrated() {
            CafCase c = f.consentedCase();
            c.saveAssessment(f.cafV1, null, CaseFixture.completeCafV1(), null, f.step(f.aisha));
            c.close(f.closure, CaseFixture.completeClosure("consent_withdrawn"), f.step(f.lena));
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.migrateAssessment(f.forms, 2,
                    f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.CASE_CLOSED);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void submittingOnACaseClosedBeforeAnyAssessmentIsRefusedAsClosed() {
            CafCase c = f.consentedCase();
            c.close(f.closure, CaseFixture.completeClosure("needs_met"), f.step(f.lena));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha)));

            assertThat(codes(refused)).contains(RefusalCode.CASE_CLOSED);
            assertThat(c.submissionBlockers(f.caf, TODAY)).extracting(Violation::code).contains(RefusalCode.CASE_CLOSED);
        }

        @Test
        void consentCanStillBeWithdrawnAfterClosure() {
            CafCase c = closedWithWork();

            c.withdrawConsent(c.getConsents().get(0).getId(), TODAY, "Family asked", f.step(f.aisha));

            assertThat(c.getConsents().get(0).isWithdrawn()).isTrue();
            assertThat(c.getState()).isEqualTo(CaseState.CLOSED);
        }
    }

    @Nested
    class Reopening {

        private CafCase closedFromPlanActive() {
            CafCase c = f.planActiveCase();
            c.close(f.closure, CaseFixture.completeClosure("needs_met"), f.step(f.lena));
            return c;
        }

        @Test
        void aTeamLeadReopensToTheStateTheCaseWasClosedFrom() {
            CafCase c = closedFromPlanActive();
            OffsetDateTime at = f.tick();

            c.reopen("  New concerns from school  ", CaseFixture.stepAt(f.leo, at));

            CaseClosure closure = c.getClosures().get(0);
            assertThat(c.getState()).isEqualTo(CaseState.PLAN_ACTIVE);
            assertThat(c.getStateChangedAt()).isEqualTo(at);
            assertThat(closure.isReopened()).isTrue();
            assertThat(closure.getReopenedBy()).isEqualTo("lokafor");
            assertThat(closure.getReopenedAt()).isEqualTo(at);
            assertThat(closure.getReopenReason()).isEqualTo("New concerns from school");
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).endsWith("REOPENED");
        }

        @Test
        void aCaseClosedDuringTheAssessmentReopensWithTheAssessmentEditable() {
            CafCase c = f.inProgressCase();
            c.close(f.closure, CaseFixture.completeClosure("moved_out_of_area"), f.step(f.lena));

            c.reopen("Family moved back", f.step(f.lena));

            assertThat(c.getState()).isEqualTo(CaseState.ASSESSMENT_IN_PROGRESS);
            assertThat(f.save(c, CaseFixture.completeCaf().with("child_views", "Back home"), f.aisha).getNumber())
                    .isEqualTo(2);
        }

        @Test
        void reopeningNeedsAReason() {
            CafCase c = closedFromPlanActive();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.reopen("  ", f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REOPEN_REASON_REQUIRED);
            assertThat(refused.violations().get(0).target()).isEqualTo("reason");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void onlyATeamLeadOfTheCasesTeamReopens() {
            CafCase c = closedFromPlanActive();
            CaseSnapshot before = CaseSnapshot.of(c);

            AccessDenied practitioner = refusal(AccessDenied.class, () -> c.reopen("Concerns", f.step(f.aisha)));
            AccessDenied otherLead = refusal(AccessDenied.class, () -> c.reopen("Concerns", f.step(f.mark)));

            assertThat(practitioner.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(otherLead.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void anOpenCaseCannotBeReopenedAndTheMissingReasonIsReportedToo() {
            CafCase c = f.planActiveCase();

            RulesViolated refused = refusal(RulesViolated.class, () -> c.reopen(null, f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.WRONG_STATE, RefusalCode.REOPEN_REASON_REQUIRED);
        }

        @Test
        void aSecondClosureAndReopeningUseTheLatestClosure() {
            CafCase c = closedFromPlanActive();
            c.reopen("Concerns", f.step(f.lena));
            c.startReassessment(f.caf, f.step(f.aisha));
            c.close(f.closure, CaseFixture.completeClosure("other"), f.step(f.lena));

            c.reopen("Family asked again", f.step(f.lena));

            assertThat(c.getClosures()).extracting(CaseClosure::getClosedFrom)
                    .containsExactly(CaseState.PLAN_ACTIVE, CaseState.ASSESSMENT_IN_PROGRESS);
            assertThat(c.getClosures()).allMatch(CaseClosure::isReopened);
            assertThat(c.getState()).isEqualTo(CaseState.ASSESSMENT_IN_PROGRESS);
        }
    }
}
