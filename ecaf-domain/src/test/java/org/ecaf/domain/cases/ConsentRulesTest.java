package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.EVIDENCE;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;
import static org.ecaf.domain.cases.Refusals.targets;

import java.time.LocalDate;
import java.util.Set;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Consent to record decides whether anything may be recorded; a team lead may decide to act without it. */
class ConsentRulesTest {

    private final CaseFixture f = new CaseFixture();
    private final Answers someAnswers = Answers.empty().with("child_given_names", "Zoë");

    private AssessmentRevision saveSome(CafCase c) {
        return f.save(c, someAnswers, f.aisha);
    }

    @Nested
    class ConsentToRecord {

        @Test
        void withoutAnyConsentSavingAnswersIsRefusedAndNothingStarts() {
            CafCase c = f.openCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> saveSome(c));

            assertThat(refused.code()).isEqualTo(RefusalCode.CONSENT_TO_RECORD_MISSING);
            assertThat(refused.kind()).isEqualTo(Refusal.Kind.RULES);
            assertThat(codes(refused)).containsExactly(RefusalCode.CONSENT_TO_RECORD_MISSING);
            assertThat(c.getAssessments()).isEmpty();
            assertThat(c.getState()).isEqualTo(CaseState.PRE_ASSESSMENT);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void recordingBlockersNameTheMissingConsent() {
            CafCase c = f.openCase();

            assertThat(c.recordingBlockers(TODAY)).extracting(v -> v.code()).containsExactly(RefusalCode.CONSENT_TO_RECORD_MISSING);
        }

        @Test
        void consentToRecordAllowsSavingAnswers() {
            CafCase c = f.openCase();
            Consent consent = f.recordConsent(c);

            AssessmentRevision revision = saveSome(c);

            assertThat(c.recordingBlockers(TODAY)).isEmpty();
            assertThat(revision.getNumber()).isEqualTo(1);
            assertThat(consent.isToRecord()).isTrue();
            assertThat(consent.inForceOn(TODAY)).isTrue();
            assertThat(consent.getFamilyMember()).isSameAs(f.mother);
            assertThat(consent.getRecordedBy()).isSameAs(f.aisha);
            assertThat(consent.giverDescription()).isEqualTo("Lan Nguyễn (mother)");
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).contains("CONSENT");
        }

        @Test
        void consentOnlyToShareDoesNotAllowRecording() {
            CafCase c = f.openCase();
            c.recordConsent(ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, false, true,
                    Set.of(f.school), Set.of(), EVIDENCE, false, TODAY), f.step(f.aisha));

            RulesViolated refused = refusal(RulesViolated.class, () -> saveSome(c));

            assertThat(codes(refused)).containsExactly(RefusalCode.CONSENT_TO_RECORD_MISSING);
        }

        @Test
        void consentGivenAfterTheDayOfTheSaveDoesNotCountYet() {
            CafCase c = f.openCase();
            f.recordConsent(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.saveAssessment(f.caf, null, someAnswers, null,
                    CaseFixture.stepAt(f.aisha, CaseFixture.NOW.minusDays(1), TODAY.minusDays(1))));

            assertThat(codes(refused)).containsExactly(RefusalCode.CONSENT_TO_RECORD_MISSING);
            assertThat(c.getAssessments()).isEmpty();
        }
    }

    @Nested
    class WithoutConsentDecisions {

        @Test
        void aTeamLeadsDecisionCoveringRecordingAllowsSaving() {
            CafCase c = f.openCase();

            WithoutConsentDecision decision = c.recordWithoutConsentDecision(
                    WithoutConsentDecision.Ground.SIGNIFICANT_HARM, "  Mother's partner may harm Zoë if told.  ", true,
                    Set.of(), f.step(f.lena));
            saveSome(c);

            assertThat(c.recordingBlockers(TODAY)).isEmpty();
            assertThat(decision.getReason()).isEqualTo("Mother's partner may harm Zoë if told.");
            assertThat(decision.getDecidedBy()).isSameAs(f.lena);
            assertThat(decision.isCoversRecording()).isTrue();
            assertThat(c.getWithoutConsentDecisions()).containsExactly(decision);
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).contains("WITHOUT_CONSENT");
        }

        @Test
        void aDecisionOnlyToShareDoesNotAllowRecording() {
            CafCase c = f.openCase();
            WithoutConsentDecision decision = c.recordWithoutConsentDecision(
                    WithoutConsentDecision.Ground.SERIOUS_CRIME, "Police investigation", false, Set.of(f.health),
                    f.step(f.lena));

            RulesViolated refused = refusal(RulesViolated.class, () -> saveSome(c));

            assertThat(codes(refused)).containsExactly(RefusalCode.CONSENT_TO_RECORD_MISSING);
            assertThat(decision.covers(f.health)).isTrue();
            assertThat(decision.covers(f.school)).isFalse();
        }

        @Test
        void aPractitionerCannotDecideToActWithoutConsent() {
            CafCase c = f.openCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            AccessDenied refused = refusal(AccessDenied.class,
                    () -> c.recordWithoutConsentDecision(WithoutConsentDecision.Ground.SIGNIFICANT_HARM,
                    "Risk of harm", true, Set.of(), f.step(f.aisha)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(refused.kind()).isEqualTo(Refusal.Kind.ACCESS_DENIED);
            assertThat(codes(refused)).containsExactly(RefusalCode.NOT_TEAM_LEAD);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aTeamLeadOfAnotherTeamCannotDecideEither() {
            CafCase c = f.openCase();

            AccessDenied refused = refusal(AccessDenied.class,
                    () -> c.recordWithoutConsentDecision(WithoutConsentDecision.Ground.SIGNIFICANT_HARM,
                    "Risk of harm", true, Set.of(), f.step(f.mark)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(c.getWithoutConsentDecisions()).isEmpty();
        }

        @Test
        void theReasonIsRequired() {
            CafCase c = f.openCase();

            InvalidInput refused = refusal(InvalidInput.class,
                    () -> c.recordWithoutConsentDecision(WithoutConsentDecision.Ground.CONSENT_WOULD_INCREASE_RISK,
                    "   ", true, Set.of(), f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REASON_REQUIRED);
            assertThat(targets(refused)).containsExactly("reason");
            assertThat(c.getWithoutConsentDecisions()).isEmpty();
        }

        @Test
        void groundReasonAndScopeAreAllReportedAtOnce() {
            CafCase c = f.openCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            InvalidInput refused = refusal(InvalidInput.class, () -> c.recordWithoutConsentDecision(null, null, false,
                    Set.of(), f.step(f.lena)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED, RefusalCode.REASON_REQUIRED,
                    RefusalCode.REQUIRED);
            assertThat(targets(refused)).containsExactly("ground", "reason", "agencyIds");
            assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID_INPUT);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }
    }

    @Nested
    class Withdrawal {

        private CafCase c;
        private Consent consent;

        private void consentGivenOnFirstNovember() {
            c = f.openCase();
            consent = f.entity(c.recordConsent(ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother,
                    LocalDate.of(2026, 11, 1), true, false, Set.of(), Set.of(), EVIDENCE, false, TODAY),
                    f.step(f.aisha)));
            saveSome(c);
        }

        @Test
        void afterWithdrawalNothingMoreCanBeSaved() {
            consentGivenOnFirstNovember();
            c.withdrawConsent(consent.getId(), TODAY, "  Family no longer wants support  ", f.step(f.aisha));
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> saveSome(c));

            assertThat(refused.code()).isEqualTo(RefusalCode.CONSENT_WITHDRAWN);
            assertThat(codes(refused)).containsExactly(RefusalCode.CONSENT_WITHDRAWN);
            assertThat(c.currentAssessment().orElseThrow().latestNumber()).isEqualTo(1);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void withdrawalIsKeptWithItsDateReasonAndRecorder() {
            consentGivenOnFirstNovember();

            Consent withdrawn = c.withdrawConsent(consent.getId(), TODAY.minusDays(2), "  Family moved on  ",
                    f.step(f.ben));

            assertThat(withdrawn).isSameAs(consent);
            assertThat(c.getConsents()).containsExactly(consent);
            assertThat(consent.isWithdrawn()).isTrue();
            assertThat(consent.getWithdrawnOn()).isEqualTo(TODAY.minusDays(2));
            assertThat(consent.getWithdrawalReason()).isEqualTo("Family moved on");
            assertThat(consent.inForceOn(TODAY.minusDays(3))).isTrue();
            assertThat(consent.inForceOn(TODAY.minusDays(2))).isFalse();
            assertThat(consent.inForceOn(LocalDate.of(2026, 10, 31))).isFalse();
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).contains("CONSENT_WITHDRAWN");
        }

        @Test
        void aBlankWithdrawalReasonIsKeptAsNone() {
            consentGivenOnFirstNovember();

            c.withdrawConsent(consent.getId(), TODAY, "  ", f.step(f.aisha));

            assertThat(consent.getWithdrawalReason()).isNull();
        }

        @Test
        void newConsentLiftsTheBlock() {
            consentGivenOnFirstNovember();
            c.withdrawConsent(consent.getId(), TODAY.minusDays(1), null, f.step(f.aisha));
            f.recordConsent(c);

            AssessmentRevision revision = saveSome(c);

            assertThat(revision.getNumber()).isEqualTo(2);
            assertThat(c.recordingBlockers(TODAY)).isEmpty();
        }

        @Test
        void aDecisionToActWithoutConsentLiftsTheBlock() {
            consentGivenOnFirstNovember();
            c.withdrawConsent(consent.getId(), TODAY, null, f.step(f.aisha));
            c.recordWithoutConsentDecision(WithoutConsentDecision.Ground.SIGNIFICANT_HARM,
                    "Zoë disclosed harm at home", true, Set.of(), f.step(f.lena));

            assertThat(saveSome(c).getNumber()).isEqualTo(2);
        }

        @Test
        void withdrawingTwiceIsRefusedAndTheFirstWithdrawalStands() {
            consentGivenOnFirstNovember();
            c.withdrawConsent(consent.getId(), TODAY.minusDays(1), "First", f.step(f.aisha));
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.withdrawConsent(consent.getId(), TODAY,
                    "Second", f.step(f.aisha)));

            assertThat(refused.code()).isEqualTo(RefusalCode.CONSENT_ALREADY_WITHDRAWN);
            assertThat(consent.getWithdrawnOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(consent.getWithdrawalReason()).isEqualTo("First");
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aWithdrawalDateInTheFutureIsRefused() {
            consentGivenOnFirstNovember();
            CaseSnapshot before = CaseSnapshot.of(c);

            InvalidInput refused = refusal(InvalidInput.class, () -> c.withdrawConsent(consent.getId(),
                    TODAY.plusDays(1), null, f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.DATE_IN_FUTURE);
            assertThat(targets(refused)).containsExactly("withdrawnOn");
            assertThat(consent.isWithdrawn()).isFalse();
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aWithdrawalBeforeConsentWasGivenIsRefused() {
            consentGivenOnFirstNovember();

            InvalidInput refused = refusal(InvalidInput.class, () -> c.withdrawConsent(consent.getId(),
                    LocalDate.of(2026, 10, 31), null, f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.BEFORE_CONSENT);
            assertThat(consent.isWithdrawn()).isFalse();
        }

        @Test
        void withdrawalOnTheDayConsentWasGivenIsAllowed() {
            consentGivenOnFirstNovember();

            c.withdrawConsent(consent.getId(), LocalDate.of(2026, 11, 1), null, f.step(f.aisha));

            assertThat(consent.isWithdrawn()).isTrue();
        }

        @Test
        void theWithdrawalDateIsRequired() {
            consentGivenOnFirstNovember();

            InvalidInput refused = refusal(InvalidInput.class, () -> c.withdrawConsent(consent.getId(), null, null,
                    f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
            assertThat(targets(refused)).containsExactly("withdrawnOn");
        }

        @Test
        void withdrawingAConsentTheCaseDoesNotHaveIsNotFound() {
            consentGivenOnFirstNovember();

            NotFound refused = refusal(NotFound.class, () -> c.withdrawConsent(consent.getId() + 1, TODAY, null,
                    f.step(f.aisha)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_FOUND);
            assertThat(consent.isWithdrawn()).isFalse();
        }

        @Test
        void aConsentCanBeFoundByItsId() {
            consentGivenOnFirstNovember();

            assertThat(c.consent(consent.getId())).containsSame(consent);
            assertThat(c.consent(consent.getId() + 1)).isEmpty();
        }
    }
}
