package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;

import java.time.OffsetDateTime;
import java.util.List;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Submitting a complete assessment for approval, and a team lead approving or returning it. */
class SubmissionAndApprovalTest {

    private final CaseFixture f = new CaseFixture();

    @Nested
    class Submit {

        @Test
        void emptyAnswersAndAnUnseenChildAreReportedInOneRefusal() {
            CafCase c = f.consentedCase();
            f.save(c, Answers.empty(), f.aisha);
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha)));

            assertThat(refused.code()).isEqualTo(RefusalCode.RULES_VIOLATED);
            assertThat(codes(refused)).contains(RefusalCode.CHILD_NOT_SEEN, RefusalCode.REQUIRED_ANSWERS_MISSING)
                    .containsOnly(RefusalCode.CHILD_NOT_SEEN, RefusalCode.REQUIRED_ANSWERS_MISSING);
            List<Violation> missing = refused.violations().stream()
                    .filter(v -> v.code() == RefusalCode.REQUIRED_ANSWERS_MISSING).toList();
            assertThat(missing).extracting(Violation::target).doesNotHaveDuplicates().contains("child_given_names",
                    "child_family_name", "child_gender", "child_date_of_birth", "assessment_started", "people_present",
                    "conclusions", "actions", "first_review_date", "young_carer", "consent_signature");
            assertThat(missing).filteredOn(v -> v.target().equals("conclusions")).singleElement()
                    .extracting(Violation::message).asString().startsWith("Summary of conclusions");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
            assertThat(c.currentAssessment().orElseThrow().getStatus()).isEqualTo(Assessment.Status.IN_PROGRESS);
        }

        @Test
        void oneMissingAnswerIsNamedExactly() {
            CafCase c = f.consentedCase();
            f.save(c, CaseFixture.completeCaf().without("young_carer").without("young_carer_details"), f.aisha);
            f.seeChild(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED_ANSWERS_MISSING);
            assertThat(refused.violations().get(0).target()).isEqualTo("young_carer");
        }

        @Test
        void aConditionalAnswerIsRequiredOnlyWhenItsQuestionIsShown() {
            CafCase c = f.consentedCase();
            f.save(c, CaseFixture.completeCaf().with("concerns_about_harm", "yes"), f.aisha);
            f.seeChild(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha)));

            assertThat(refused.violations()).extracting(Violation::target).containsExactly("safeguarding_concerns");
        }

        @Test
        void withdrawnConsentAlsoStopsSubmission() {
            CafCase c = f.inProgressCase();
            f.seeChild(c);
            Consent consent = c.getConsents().get(0);
            c.withdrawConsent(consent.getId(), TODAY, null, f.step(f.aisha));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.CONSENT_WITHDRAWN);
            assertThat(c.getState()).isEqualTo(CaseState.ASSESSMENT_IN_PROGRESS);
        }

        @Test
        void aCompleteAssessmentForASeenChildIsSubmittedForApproval() {
            CafCase c = f.inProgressCase();
            f.seeChild(c);
            OffsetDateTime at = f.tick();

            c.submit(f.caf, CaseFixture.stepAt(f.aisha, at, TODAY));

            Assessment assessment = c.currentAssessment().orElseThrow();
            assertThat(c.getState()).isEqualTo(CaseState.SUBMITTED);
            assertThat(c.getStateChangedAt()).isEqualTo(at);
            assertThat(assessment.getStatus()).isEqualTo(Assessment.Status.SUBMITTED);
            assertThat(assessment.isLocked()).isTrue();
            assertThat(assessment.getSubmittedAt()).isEqualTo(at);
            assertThat(c.getApprovals()).singleElement().satisfies(e -> {
                assertThat(e.getKind()).isEqualTo(ApprovalEvent.Kind.REQUESTED);
                assertThat(e.getAssessment()).isSameAs(assessment);
                assertThat(e.getRevisionNumber()).isEqualTo(1);
                assertThat(e.getActor()).isEqualTo("akhan");
                assertThat(e.getActorName()).isEqualTo("Aisha Khan");
                assertThat(e.getOccurredAt()).isEqualTo(at);
                assertThat(e.getComment()).isNull();
            });
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).endsWith("SUBMITTED");
        }

        @Test
        void thereIsNothingToSubmitBeforeAnAssessmentStarts() {
            CafCase c = f.consentedCase();

            RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.NO_ASSESSMENT);
        }

        @Test
        void aSubmittedAssessmentCannotBeSubmittedAgain() {
            CafCase c = f.submittedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.ASSESSMENT_LOCKED);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void savingAfterSubmissionIsRefusedAndAppendsNothing() {
            CafCase c = f.submittedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> f.save(c, CaseFixture.completeCaf()
                    .with("child_views", "Changed my mind"), f.aisha));

            assertThat(refused.code()).isEqualTo(RefusalCode.ASSESSMENT_LOCKED);
            assertThat(refused.getMessage()).contains("submitted");
            assertThat(c.currentAssessment().orElseThrow().latestNumber()).isEqualTo(1);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void savingAfterApprovalIsRefusedAndAppendsNothing() {
            CafCase c = f.approvedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> f.save(c, CaseFixture.completeCaf(), f.aisha));

            assertThat(refused.code()).isEqualTo(RefusalCode.ASSESSMENT_LOCKED);
            assertThat(refused.getMessage()).contains("approved", "reassessment");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }
    }

    @Nested
    class Approve {

        @Test
        void aTeamLeadOfTheCasesTeamApproves() {
            CafCase c = f.submittedCase();
            OffsetDateTime at = f.tick();

            c.approve("  Thorough and clear.  ", CaseFixture.stepAt(f.lena, at));

            Assessment assessment = c.currentAssessment().orElseThrow();
            assertThat(c.getState()).isEqualTo(CaseState.APPROVED);
            assertThat(c.getStateChangedAt()).isEqualTo(at);
            assertThat(assessment.getStatus()).isEqualTo(Assessment.Status.APPROVED);
            assertThat(assessment.isLocked()).isTrue();
            assertThat(assessment.getApprovedBy()).isEqualTo("lpatel");
            assertThat(assessment.getApprovedAt()).isEqualTo(at);
            assertThat(c.getApprovals()).extracting(ApprovalEvent::getKind)
                    .containsExactly(ApprovalEvent.Kind.REQUESTED, ApprovalEvent.Kind.APPROVED);
            ApprovalEvent approval = c.getApprovals().get(1);
            assertThat(approval.getActor()).isEqualTo("lpatel");
            assertThat(approval.getComment()).isEqualTo("Thorough and clear.");
            assertThat(approval.getRevisionNumber()).isEqualTo(1);
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).endsWith("APPROVED");
        }

        @Test
        void aBlankApprovalCommentIsKeptAsNone() {
            CafCase c = f.submittedCase();

            c.approve("   ", f.step(f.lena));

            assertThat(c.getApprovals().get(1).getComment()).isNull();
        }

        @Test
        void aPractitionerCannotApprove() {
            CafCase c = f.submittedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            AccessDenied refused = refusal(AccessDenied.class, () -> c.approve(null, f.step(f.ben)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(refused.kind()).isEqualTo(Refusal.Kind.ACCESS_DENIED);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aTeamLeadOfAnotherTeamCannotApprove() {
            CafCase c = f.submittedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            AccessDenied refused = refusal(AccessDenied.class, () -> c.approve(null, f.step(f.mark)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aTeamLeadWhoSavedARevisionCannotApproveIt() {
            CafCase c = f.inProgressCase();
            f.save(c, CaseFixture.completeCaf().with("parent_views", "Lan wants help"), f.lena);
            f.seeChild(c);
            c.submit(f.caf, f.step(f.aisha));
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.approve(null, f.step(f.lena)));

            assertThat(refused.code()).isEqualTo(RefusalCode.SELF_APPROVAL);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void anotherTeamLeadApprovesWhatTheFirstOneWrote() {
            CafCase c = f.inProgressCase();
            f.save(c, CaseFixture.completeCaf().with("parent_views", "Lan wants help"), f.lena);
            f.seeChild(c);
            c.submit(f.caf, f.step(f.aisha));

            c.approve(null, f.step(f.leo));

            assertThat(c.getState()).isEqualTo(CaseState.APPROVED);
            assertThat(c.currentAssessment().orElseThrow().getApprovedBy()).isEqualTo("lokafor");
        }

        @Test
        void approvingAnAssessmentStillInProgressIsTheWrongState() {
            CafCase c = f.inProgressCase();
            f.seeChild(c);
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.approve(null, f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.WRONG_STATE);
            assertThat(refused.getMessage()).contains("Assessment in progress");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void approvingTwiceIsTheWrongState() {
            CafCase c = f.approvedCase();

            RulesViolated refused = refusal(RulesViolated.class, () -> c.approve(null, f.step(f.leo)));

            assertThat(codes(refused)).containsExactly(RefusalCode.WRONG_STATE);
            assertThat(c.getApprovals()).hasSize(2);
        }

        @Test
        void approvalBlockersListTheStateSelfApprovalAndTheUnseenChildTogether() {
            CafCase c = f.consentedCase();
            f.save(c, CaseFixture.completeCaf(), f.lena);

            assertThat(c.approvalBlockers(f.lena)).extracting(Violation::code)
                    .containsExactly(RefusalCode.WRONG_STATE, RefusalCode.SELF_APPROVAL, RefusalCode.CHILD_NOT_SEEN);
            assertThat(c.approvalBlockers(f.leo)).extracting(Violation::code)
                    .containsExactly(RefusalCode.WRONG_STATE, RefusalCode.CHILD_NOT_SEEN);
        }
    }

    @Nested
    class Return {

        @Test
        void returningNeedsACommentAndChangesNothingWithoutOne() {
            CafCase c = f.submittedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.returnAssessment("  ", f.step(f.lena)));

            assertThat(refused.code()).isEqualTo(RefusalCode.COMMENT_REQUIRED);
            assertThat(refused.violations().get(0).target()).isEqualTo("comment");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void returningInTheWrongStateWithoutACommentReportsBoth() {
            CafCase c = f.inProgressCase();

            RulesViolated refused = refusal(RulesViolated.class, () -> c.returnAssessment(null, f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.WRONG_STATE, RefusalCode.COMMENT_REQUIRED);
        }

        @Test
        void onlyATeamLeadOfTheCasesTeamReturns() {
            CafCase c = f.submittedCase();

            assertThat(refusal(AccessDenied.class, () -> c.returnAssessment("Redo", f.step(f.aisha))).code())
                    .isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(refusal(AccessDenied.class, () -> c.returnAssessment("Redo", f.step(f.mark))).code())
                    .isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(c.getState()).isEqualTo(CaseState.SUBMITTED);
        }

        @Test
        void aReturnedAssessmentIsInProgressAndEditableAgain() {
            CafCase c = f.submittedCase();
            OffsetDateTime at = f.tick();

            c.returnAssessment("  Add Zoë's own words.  ", CaseFixture.stepAt(f.lena, at));

            Assessment assessment = c.currentAssessment().orElseThrow();
            assertThat(c.getState()).isEqualTo(CaseState.ASSESSMENT_IN_PROGRESS);
            assertThat(c.getStateChangedAt()).isEqualTo(at);
            assertThat(assessment.getStatus()).isEqualTo(Assessment.Status.IN_PROGRESS);
            assertThat(assessment.isLocked()).isFalse();
            assertThat(assessment.getSubmittedAt()).isNull();
            assertThat(c.getApprovals()).extracting(ApprovalEvent::getKind)
                    .containsExactly(ApprovalEvent.Kind.REQUESTED, ApprovalEvent.Kind.RETURNED);
            assertThat(c.getApprovals().get(1).getComment()).isEqualTo("Add Zoë's own words.");

            AssessmentRevision second = f.save(c, CaseFixture.completeCaf().with("child_views", "I want to help Mum."),
                    f.aisha);
            c.submit(f.caf, f.step(f.aisha));

            assertThat(second.getNumber()).isEqualTo(2);
            assertThat(c.getState()).isEqualTo(CaseState.SUBMITTED);
            assertThat(c.getApprovals()).extracting(ApprovalEvent::getKind).containsExactly(
                    ApprovalEvent.Kind.REQUESTED, ApprovalEvent.Kind.RETURNED, ApprovalEvent.Kind.REQUESTED);
            assertThat(c.getApprovals().get(2).getRevisionNumber()).isEqualTo(2);
            assertThat(c.getAssessments()).hasSize(1);
        }
    }
}
