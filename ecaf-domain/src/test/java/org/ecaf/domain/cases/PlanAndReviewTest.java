package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;
import static org.ecaf.domain.cases.Refusals.targets;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Team Around the Child, the lead professional, the delivery plan and its reviews. */
class PlanAndReviewTest {

    private final CaseFixture f = new CaseFixture();

    @Nested
    class Activation {

        @Test
        void thePlanNeedsALeadProfessionalAndAReviewDateReportedTogether() {
            CafCase c = f.approvedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.activatePlan(f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.LEAD_PROFESSIONAL_REQUIRED,
                    RefusalCode.REVIEW_DATE_REQUIRED);
            assertThat(targets(refused)).containsExactly("leadProfessional", "reviewDate");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void beforeApprovalThePlanBlockersAlsoNameTheState() {
            CafCase c = f.inProgressCase();

            assertThat(c.planBlockers(TODAY)).extracting(Violation::code)
                    .containsExactly(RefusalCode.WRONG_STATE, RefusalCode.LEAD_PROFESSIONAL_REQUIRED,
                            RefusalCode.REVIEW_DATE_REQUIRED);
        }

        @Test
        void aReviewDateThatHasPassedMustBeSetAgain() {
            CafCase c = f.approvedCase();
            c.setLeadProfessional(f.aisha, f.step(f.lena));
            c.setReviewDate(TODAY.plusDays(1), f.step(f.lena));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.activatePlan(f.step(f.lena,
                    TODAY.plusDays(2))));

            assertThat(codes(refused)).containsExactly(RefusalCode.REVIEW_DATE_REQUIRED);
            assertThat(refused.getMessage()).contains("22/11/2026", "has passed");
            assertThat(c.getState()).isEqualTo(CaseState.APPROVED);
        }

        @Test
        void withBothInPlaceATeamLeadMakesThePlanActive() {
            CafCase c = f.approvedCase();
            c.setLeadProfessional(f.aisha, f.step(f.lena));
            c.setReviewDate(TODAY.plusWeeks(12), f.step(f.lena));
            OffsetDateTime at = f.tick();

            c.activatePlan(CaseFixture.stepAt(f.lena, at, TODAY));

            assertThat(c.getState()).isEqualTo(CaseState.PLAN_ACTIVE);
            assertThat(c.getStateChangedAt()).isEqualTo(at);
            assertThat(c.planBlockers(TODAY)).extracting(Violation::code).containsExactly(RefusalCode.WRONG_STATE);
            assertThat(c.getEvents()).extracting(CaseEvent::getSummary)
                    .contains("Delivery plan active; lead professional Aisha Khan, first review on 13/02/2027");
        }

        @Test
        void onlyATeamLeadOfTheCasesTeamMakesThePlanActive() {
            CafCase c = f.approvedCase();
            c.setLeadProfessional(f.aisha, f.step(f.lena));
            c.setReviewDate(TODAY.plusWeeks(12), f.step(f.lena));

            assertThat(refusal(AccessDenied.class, () -> c.activatePlan(f.step(f.aisha))).code())
                    .isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(refusal(AccessDenied.class, () -> c.activatePlan(f.step(f.mark))).code())
                    .isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(c.getState()).isEqualTo(CaseState.APPROVED);
        }
    }

    @Nested
    class LeadProfessionalAndReviewDate {

        @Test
        void aTeamLeadSetsTheLeadProfessional() {
            CafCase c = f.approvedCase();

            c.setLeadProfessional(f.carol, f.step(f.lena));

            assertThat(c.getLeadProfessional()).isSameAs(f.carol);
            assertThat(c.directlyInvolves(f.carol)).isTrue();
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).endsWith("LEAD_PROFESSIONAL");
        }

        @Test
        void aPractitionerCannotSetTheLeadProfessional() {
            CafCase c = f.approvedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            AccessDenied refused = refusal(AccessDenied.class, () -> c.setLeadProfessional(f.aisha, f.step(f.aisha)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aTeamLeadOfAnotherTeamCannotSetTheLeadProfessional() {
            CafCase c = f.approvedCase();

            AccessDenied refused = refusal(AccessDenied.class, () -> c.setLeadProfessional(f.carol, f.step(f.mark)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(c.getLeadProfessional()).isNull();
        }

        @Test
        void anAdministratorOrAnInactiveAccountCannotBeLeadProfessional() {
            CafCase c = f.approvedCase();
            Practitioner gone = f.practitioner("gone", "Gone Away", f.teamA, Role.PRACTITIONER);
            gone.deactivate();

            InvalidInput admin = refusal(InvalidInput.class, () -> c.setLeadProfessional(f.admin, f.step(f.lena)));
            InvalidInput inactive = refusal(InvalidInput.class, () -> c.setLeadProfessional(gone, f.step(f.lena)));

            assertThat(codes(admin)).containsExactly(RefusalCode.NOT_A_PRACTITIONER);
            assertThat(targets(admin)).containsExactly("practitionerId");
            assertThat(codes(inactive)).containsExactly(RefusalCode.NOT_A_PRACTITIONER);
            assertThat(c.getLeadProfessional()).isNull();
        }

        @Test
        void theReviewDateCannotBeInThePast() {
            CafCase c = f.approvedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            InvalidInput refused = refusal(InvalidInput.class, () -> c.setReviewDate(TODAY.minusDays(1),
                    f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.DATE_IN_PAST);
            assertThat(targets(refused)).containsExactly("reviewDate");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void theReviewDateIsRequired() {
            CafCase c = f.approvedCase();

            InvalidInput refused = refusal(InvalidInput.class, () -> c.setReviewDate(null, f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
            assertThat(c.getReviewDate()).isNull();
        }

        @Test
        void aReviewTodayOrLaterIsAccepted() {
            CafCase c = f.approvedCase();

            c.setReviewDate(TODAY, f.step(f.aisha));
            assertThat(c.getReviewDate()).isEqualTo(TODAY);
            c.setReviewDate(TODAY.plusWeeks(12), f.step(f.aisha));
            assertThat(c.getReviewDate()).isEqualTo(TODAY.plusWeeks(12));
        }
    }

    @Nested
    class TeamAroundTheChild {

        @Test
        void aPractitionerJoinsWithTheirAgencyAndEmailAsContact() {
            CafCase c = f.approvedCase();

            TeamMember member = c.addTeamMember(new MemberDetails(f.carol, null, "  School nurse  ", null, " "),
                    f.step(f.aisha));

            assertThat(c.getTeamMembers()).containsExactly(member);
            assertThat(c.currentTeamMembers()).containsExactly(member);
            assertThat(member.getPractitioner()).isSameAs(f.carol);
            assertThat(member.getName()).isEqualTo("Carol Davies");
            assertThat(member.getRole()).isEqualTo("School nurse");
            assertThat(member.getOrganisation()).isEqualTo("Northbridge Council Early Help Service");
            assertThat(member.getContact()).isEqualTo("cdavies@northbridge.example");
            assertThat(member.isCurrent()).isTrue();
            assertThat(member.is(f.carol)).isTrue();
            assertThat(c.directlyInvolves(f.carol)).isTrue();
        }

        @Test
        void someoneWithoutAnAccountJoinsByName() {
            CafCase c = f.approvedCase();

            TeamMember member = c.addTeamMember(new MemberDetails(null, "  Dr Helen Ward ", "GP",
                    " Mill Lane Surgery ", " 01632 960000 "), f.step(f.aisha));

            assertThat(member.getPractitioner()).isNull();
            assertThat(member.getName()).isEqualTo("Dr Helen Ward");
            assertThat(member.getOrganisation()).isEqualTo("Mill Lane Surgery");
            assertThat(member.getContact()).isEqualTo("01632 960000");
            assertThat(member.is(f.carol)).isFalse();
        }

        @Test
        void aMemberNeedsANameAndARoleBothReported() {
            CafCase c = f.approvedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            InvalidInput refused = refusal(InvalidInput.class, () -> c.addTeamMember(new MemberDetails(null, " ", null,
                    null, null), f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED, RefusalCode.REQUIRED);
            assertThat(targets(refused)).containsExactly("name", "role");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aPractitionerIsNotAddedTwice() {
            CafCase c = f.approvedCase();
            c.addTeamMember(new MemberDetails(f.carol, null, "School nurse", null, null), f.step(f.aisha));

            InvalidInput refused = refusal(InvalidInput.class, () -> c.addTeamMember(new MemberDetails(f.carol, null,
                    "Nurse", null, null), f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.ALREADY_A_MEMBER);
            assertThat(c.getTeamMembers()).hasSize(1);
        }

        @Test
        void aRemovedMemberIsKeptButNoLongerCurrentOrInvolved() {
            CafCase c = f.approvedCase();
            TeamMember member = f.entity(c.addTeamMember(new MemberDetails(f.carol, null, "School nurse", null, null),
                    f.step(f.aisha)));
            OffsetDateTime at = f.tick();

            c.removeTeamMember(member.getId(), CaseFixture.stepAt(f.aisha, at));

            assertThat(c.getTeamMembers()).containsExactly(member);
            assertThat(c.currentTeamMembers()).isEmpty();
            assertThat(member.isCurrent()).isFalse();
            assertThat(member.getRemovedAt()).isEqualTo(at);
            assertThat(c.directlyInvolves(f.carol)).isFalse();
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).endsWith("TAC_REMOVED");
        }

        @Test
        void removingAMemberTwiceOrAnUnknownMemberIsNotFound() {
            CafCase c = f.approvedCase();
            TeamMember member = f.entity(c.addTeamMember(new MemberDetails(f.carol, null, "School nurse", null, null),
                    f.step(f.aisha)));
            c.removeTeamMember(member.getId(), f.step(f.aisha));
            CaseSnapshot before = CaseSnapshot.of(c);

            refusal(NotFound.class, () -> c.removeTeamMember(member.getId(), f.step(f.aisha)));
            refusal(NotFound.class, () -> c.removeTeamMember(member.getId() + 1, f.step(f.aisha)));

            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aRemovedPractitionerCanJoinAgain() {
            CafCase c = f.approvedCase();
            TeamMember first = f.entity(c.addTeamMember(new MemberDetails(f.carol, null, "School nurse", null, null),
                    f.step(f.aisha)));
            c.removeTeamMember(first.getId(), f.step(f.aisha));

            TeamMember again = c.addTeamMember(new MemberDetails(f.carol, null, "School nurse", null, null),
                    f.step(f.aisha));

            assertThat(c.currentTeamMembers()).containsExactly(again);
            assertThat(c.directlyInvolves(f.carol)).isTrue();
        }
    }

    @Nested
    class Actions {

        @Test
        void anActionNeedsWhatWhoAndByWhenAllReported() {
            CafCase c = f.approvedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            InvalidInput refused = refusal(InvalidInput.class, () -> c.addAction(new ActionDetails(" ", null, null,
                    "Better attendance"), f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED, RefusalCode.REQUIRED,
                    RefusalCode.REQUIRED);
            assertThat(targets(refused)).containsExactly("what", "who", "byWhen");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void anActionStartsNotStarted() {
            CafCase c = f.approvedCase();
            OffsetDateTime at = f.tick();

            PlanAction action = c.addAction(new ActionDetails("  Refer to young carers  ", " Aisha Khan ",
                    TODAY.plusDays(14), "  "), CaseFixture.stepAt(f.aisha, at));

            assertThat(c.getActions()).containsExactly(action);
            assertThat(action.getWhat()).isEqualTo("Refer to young carers");
            assertThat(action.getWho()).isEqualTo("Aisha Khan");
            assertThat(action.getByWhen()).isEqualTo(TODAY.plusDays(14));
            assertThat(action.getDesiredOutcome()).isNull();
            assertThat(action.getStatus()).isEqualTo(PlanAction.Status.NOT_STARTED);
            assertThat(action.getUpdatedAt()).isEqualTo(at);
        }

        @Test
        void anActionIsUpdatedWithItsNewStatus() {
            CafCase c = f.planActiveCase();
            PlanAction action = f.entity(c.addAction(new ActionDetails("Refer to young carers", "Aisha Khan",
                    TODAY.plusDays(14), null), f.step(f.aisha)));
            OffsetDateTime at = f.tick();

            PlanAction updated = c.updateAction(action.getId(), new ActionDetails("Refer to young carers",
                    "Aisha Khan", TODAY.plusDays(21), "Zoë has a worker"), PlanAction.Status.DONE,
                    CaseFixture.stepAt(f.aisha, at));

            assertThat(updated).isSameAs(action);
            assertThat(action.getStatus()).isEqualTo(PlanAction.Status.DONE);
            assertThat(action.getByWhen()).isEqualTo(TODAY.plusDays(21));
            assertThat(action.getDesiredOutcome()).isEqualTo("Zoë has a worker");
            assertThat(action.getUpdatedAt()).isEqualTo(at);
            assertThat(c.getEvents()).extracting(CaseEvent::getSummary).contains("Action \"Refer to young carers\" now done");
        }

        @Test
        void updatingAnUnknownActionIsNotFound() {
            CafCase c = f.planActiveCase();

            refusal(NotFound.class, () -> c.updateAction(4711, new ActionDetails("x", "y", TODAY, null),
                    PlanAction.Status.DONE, f.step(f.aisha)));
        }

        @Test
        void anUpdateNeedsAStatus() {
            CafCase c = f.planActiveCase();
            PlanAction action = f.entity(c.addAction(new ActionDetails("Refer", "Aisha", TODAY.plusDays(14), null),
                    f.step(f.aisha)));

            InvalidInput refused = refusal(InvalidInput.class, () -> c.updateAction(action.getId(),
                    new ActionDetails("Refer", "Aisha", TODAY.plusDays(14), null), null, f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
            assertThat(targets(refused)).containsExactly("status");
            assertThat(action.getStatus()).isEqualTo(PlanAction.Status.NOT_STARTED);
        }

        @Test
        void everyProblemWithAnUpdateIsReportedAtOnce() {
            CafCase c = f.planActiveCase();
            PlanAction action = f.entity(c.addAction(new ActionDetails("Refer", "Aisha", TODAY.plusDays(14), null),
                    f.step(f.aisha)));
            CaseSnapshot before = CaseSnapshot.of(c);

            InvalidInput refused = refusal(InvalidInput.class, () -> c.updateAction(action.getId(),
                    new ActionDetails("", "", null, null), null, f.step(f.aisha)));

            assertThat(targets(refused)).containsExactly("what", "who", "byWhen", "status");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @ParameterizedTest(name = "{0}, due {1} days from today: overdue {2}")
        @CsvSource({
                "NOT_STARTED, -1, true",
                "IN_PROGRESS, -1, true",
                "NOT_STARTED, 0, false",
                "IN_PROGRESS, 5, false",
                "DONE, -1, false",
                "DROPPED, -30, false"})
        void anActionIsOverdueWhenItIsOpenAndPastItsDate(PlanAction.Status status, int days, boolean overdue) {
            CafCase c = f.planActiveCase();
            PlanAction action = f.entity(c.addAction(new ActionDetails("Refer", "Aisha", TODAY.plusDays(days), null),
                    f.step(f.aisha)));
            if (status != PlanAction.Status.NOT_STARTED) {
                c.updateAction(action.getId(), new ActionDetails("Refer", "Aisha", TODAY.plusDays(days), null), status,
                        f.step(f.aisha));
            }

            assertThat(action.overdueOn(TODAY)).isEqualTo(overdue);
        }
    }

    @Nested
    class Reviews {

        @Test
        void aReviewIsRecordedOnlyWhileThePlanIsActive() {
            CafCase c = f.approvedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.recordReview(f.review,
                    CaseFixture.completeReview(TODAY.plusWeeks(12)), f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.WRONG_STATE);
            assertThat(refused.getMessage()).contains("record a review", "Assessment approved");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void theWrongStateAndWithdrawnConsentAreReportedTogether() {
            CafCase c = f.approvedCase();
            c.withdrawConsent(c.getConsents().get(0).getId(), TODAY, null, f.step(f.aisha));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.recordReview(f.review,
                    CaseFixture.completeReview(TODAY.plusWeeks(12)), f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.WRONG_STATE, RefusalCode.CONSENT_WITHDRAWN);
        }

        @Test
        void anIncompleteReviewIsRefusedNamingWhatIsMissing() {
            CafCase c = f.planActiveCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            InvalidInput refused = refusal(InvalidInput.class, () -> c.recordReview(f.review, Answers.empty(),
                    f.step(f.aisha)));

            assertThat(codes(refused)).containsOnly(RefusalCode.REQUIRED);
            assertThat(targets(refused)).contains("people_present", "progress", "outcome");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void continuingNeedsTheNextReviewDate() {
            CafCase c = f.planActiveCase();

            InvalidInput refused = refusal(InvalidInput.class, () -> c.recordReview(f.review,
                    CaseFixture.completeReview(TODAY.plusWeeks(12)).without("next_review_date"), f.step(f.aisha)));

            assertThat(targets(refused)).containsExactly("next_review_date");
            assertThat(c.getReviews()).isEmpty();
        }

        @Test
        void theNextReviewCannotBeInThePast() {
            CafCase c = f.planActiveCase();
            LocalDate reviewDate = c.getReviewDate();

            InvalidInput refused = refusal(InvalidInput.class, () -> c.recordReview(f.review,
                    CaseFixture.completeReview(TODAY.minusDays(1)), f.step(f.aisha)));

            assertThat(refused.violations()).extracting(v -> v.code()).containsExactly(RefusalCode.DATE_IN_PAST);
            assertThat(targets(refused)).containsExactly("next_review_date");
            assertThat(c.getReviews()).isEmpty();
            assertThat(c.getReviewDate()).isEqualTo(reviewDate);
        }

        @Test
        void aReviewMovesTheCasesReviewDateToTheNextOne() {
            CafCase c = f.planActiveCase();
            LocalDate next = TODAY.plusWeeks(24);
            OffsetDateTime at = f.tick();

            Review review = c.recordReview(f.review, CaseFixture.completeReview(next), CaseFixture.stepAt(f.ben, at,
                    TODAY));

            assertThat(c.getReviews()).containsExactly(review);
            assertThat(review.getReviewDate()).isEqualTo(TODAY);
            assertThat(review.getNextReviewDate()).isEqualTo(next);
            assertThat(review.getFormVersion()).isEqualTo(1);
            assertThat(review.getRecordedBy()).isEqualTo("bjones");
            assertThat(review.getRecordedAt()).isEqualTo(at);
            assertThat(review.answers().text("progress")).isPresent();
            assertThat(c.getReviewDate()).isEqualTo(next);
            assertThat(c.getState()).isEqualTo(CaseState.PLAN_ACTIVE);
            assertThat(c.getEvents()).extracting(CaseEvent::getSummary)
                    .contains("Review held on 21/11/2026; next review on 08/05/2027");
        }

        @Test
        void theReviewDateAndLeadProfessionalAreFilledInWhenLeftOut() {
            CafCase c = f.planActiveCase();

            Review review = c.recordReview(f.review,
                    CaseFixture.completeReview(TODAY.plusWeeks(12)) .without("review_date"), f.step(f.aisha));

            assertThat(review.getReviewDate()).isEqualTo(TODAY);
            assertThat(review.answers().text("lead_professional_name")).contains("Aisha Khan");
        }

        @Test
        void aReviewDecidingToCloseLeavesTheReviewDateAlone() {
            CafCase c = f.planActiveCase();
            LocalDate planned = c.getReviewDate();

            Review review = c.recordReview(f.review, CaseFixture.completeReview(null), f.step(f.aisha));

            assertThat(review.getNextReviewDate()).isNull();
            assertThat(c.getReviewDate()).isEqualTo(planned);
            assertThat(c.getState()).isEqualTo(CaseState.PLAN_ACTIVE);
        }

        @Test
        void reviewsNeedConsentInForce() {
            CafCase c = f.planActiveCase();
            c.withdrawConsent(c.getConsents().get(0).getId(), TODAY, null, f.step(f.aisha));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.recordReview(f.review,
                    CaseFixture.completeReview(TODAY.plusWeeks(12)), f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.CONSENT_WITHDRAWN);
            assertThat(c.getReviews()).isEmpty();
        }
    }
}
