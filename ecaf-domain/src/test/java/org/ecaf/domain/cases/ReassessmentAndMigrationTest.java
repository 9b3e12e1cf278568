package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.NOW_LOCAL;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;

import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.List;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Changes after approval go into a reassessment; a draft can move to a newer form version, a submitted one never. */
class ReassessmentAndMigrationTest {

    private final CaseFixture f = new CaseFixture();

    @Nested
    class Reassessment {

        @Test
        void afterApprovalANewAssessmentStartsWithTheApprovedAnswersAsItsFirstRevision() {
            CafCase c = f.approvedCase();
            Assessment first = c.currentAssessment().orElseThrow();
            List<String> firstHashes = first.getRevisions().stream().map(AssessmentRevision::getHash).toList();
            Answers approved = first.latest().orElseThrow().answers();
            LocalDate later = TODAY.plusWeeks(12);

            Assessment second = c.startReassessment(f.caf, f.step(f.ben, later));

            assertThat(c.getState()).isEqualTo(CaseState.ASSESSMENT_IN_PROGRESS);
            assertThat(c.getAssessments()).containsExactly(first, second);
            assertThat(c.currentAssessment()).containsSame(second);
            assertThat(second.getNumber()).isEqualTo(2);
            assertThat(second.getStatus()).isEqualTo(Assessment.Status.IN_PROGRESS);
            assertThat(second.getStartedOn()).isEqualTo(later);
            assertThat(second.getStartedBy()).isEqualTo("bjones");
            assertThat(second.getFormVersion()).isEqualTo(2);
            AssessmentRevision carried = second.getRevisions().get(0);
            assertThat(second.getRevisions()).hasSize(1);
            assertThat(carried.getNumber()).isEqualTo(1);
            assertThat(carried.answers()).isEqualTo(approved);
            assertThat(carried.getAuthor()).isEqualTo("bjones");
            assertThat(carried.getReason()).isEqualTo("Carried over from approved assessment 1");
            assertThat(carried.getPreviousHash()).isEqualTo(AssessmentRevision.GENESIS);
            assertThat(carried.getHash()).isEqualTo(carried.computeHash());
            assertThat(first.getStatus()).isEqualTo(Assessment.Status.APPROVED);
            assertThat(first.getRevisions()).extracting(AssessmentRevision::getHash).containsExactlyElementsOf(firstHashes);
            assertThat(first.latest().orElseThrow().answers()).isEqualTo(approved);
            assertThat(c.getEvents()).extracting(CaseEvent::getSummary).anyMatch(s -> s.startsWith("Reassessment 2 started"));
        }

        @Test
        void theReassessmentIsEditedWhileTheApprovedAssessmentStaysAsItWas() {
            CafCase c = f.approvedCase();
            Assessment first = c.currentAssessment().orElseThrow();
            int firstRevisions = first.latestNumber();
            c.startReassessment(f.caf, f.step(f.aisha));

            AssessmentRevision edited = f.save(c, CaseFixture.completeCaf().with("child_views", "Netball is back"), f.aisha);

            assertThat(edited.getAssessment().getNumber()).isEqualTo(2);
            assertThat(edited.getNumber()).isEqualTo(2);
            assertThat(first.latestNumber()).isEqualTo(firstRevisions);
        }

        @Test
        void aReassessmentCanStartWhileThePlanIsActive() {
            CafCase c = f.planActiveCase();

            Assessment second = c.startReassessment(f.caf, f.step(f.aisha));

            assertThat(second.getNumber()).isEqualTo(2);
            assertThat(c.getState()).isEqualTo(CaseState.ASSESSMENT_IN_PROGRESS);
        }

        @Test
        void aReassessmentNeedsTheChildSeenAgainFromTheDayItStarted() {
            CafCase c = f.approvedCase();
            LocalDate later = TODAY.plusDays(7);
            c.startReassessment(f.caf, f.step(f.aisha, later));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha, later)));

            assertThat(codes(refused)).containsExactly(RefusalCode.CHILD_NOT_SEEN);
            c.recordChildSeen(NOW_LOCAL.plusDays(7), true, "Home", null, f.step(f.aisha, NOW_LOCAL.plusDays(7)));
            c.submit(f.caf, f.step(f.aisha, later));
            assertThat(c.getState()).isEqualTo(CaseState.SUBMITTED);
        }

        @Test
        void aReassessmentCannotStartBeforeTheAssessmentIsApproved() {
            CafCase c = f.submittedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.startReassessment(f.caf, f.step(f.aisha)));

            assertThat(refused.code()).isEqualTo(RefusalCode.WRONG_STATE);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aReassessmentNeedsConsentInForce() {
            CafCase c = f.approvedCase();
            c.withdrawConsent(c.getConsents().get(0).getId(), TODAY, null, f.step(f.aisha));
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.startReassessment(f.caf, f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.CONSENT_WITHDRAWN);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void aReassessmentStartsOnTheVersionOfTheApprovedAssessment() {
            CafCase c = f.approvedCase();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.startReassessment(f.cafV1, f.step(f.aisha)));

            assertThat(refused.code()).isEqualTo(RefusalCode.FORM_VERSION_MISMATCH);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void theAuthorOfTheFirstAssessmentStaysInvolved() {
            CafCase c = f.approvedCase();
            c.startReassessment(f.caf, f.step(f.ben));

            assertThat(c.directlyInvolves(f.aisha)).isTrue();
            assertThat(c.directlyInvolves(f.ben)).isTrue();
        }
    }

    @Nested
    class Migration {

        private final Answers v1Draft = Answers.empty()
                .with("child_given_names", "Zoë")
                .with("child_first_language", "Vietnamese")
                .with("housing_employment_finance", "Rented flat; mother works nights")
                .with("housing_employment_finance_rating", "need")
                .with("child_telephone", "07700 900123");

        private CafCase v1Case() {
            CafCase c = f.consentedCase();
            c.saveAssessment(f.cafV1, null, v1Draft, null, f.step(f.aisha));
            return c;
        }

        @Test
        void anAuthorMovesAVersion1DraftToVersion2AsANewRevision() {
            CafCase c = v1Case();
            Assessment assessment = c.currentAssessment().orElseThrow();
            AssessmentRevision first = assessment.latest().orElseThrow();

            AssessmentRevision migrated = c.migrateAssessment(f.forms, 2, f.step(f.aisha));

            assertThat(assessment.getFormVersion()).isEqualTo(2);
            assertThat(assessment.getRevisions()).containsExactly(first, migrated);
            assertThat(migrated.getNumber()).isEqualTo(2);
            assertThat(migrated.getFormVersion()).isEqualTo(2);
            assertThat(migrated.getPreviousHash()).isEqualTo(first.getHash());
            assertThat(migrated.getReason()).isEqualTo("Moved from form version 1 to 2");
            assertThat(migrated.getAuthor()).isEqualTo("akhan");
            Answers answers = migrated.answers();
            assertThat(answers).isEqualTo(f.forms.migrate("caf", 1, 2, v1Draft));
            assertThat(answers.text("child_main_language")).contains("Vietnamese");
            assertThat(answers.text("housing")).contains("Rented flat; mother works nights");
            assertThat(answers.text("employment_finances")).contains("Rented flat; mother works nights");
            assertThat(answers.text("housing_rating")).contains("need");
            assertThat(answers.keys()).doesNotContain("child_first_language", "child_telephone",
                    "housing_employment_finance");
            assertThat(((JsonString) answers.archive().getJsonObject("v1").get("child_telephone")).getString())
                    .isEqualTo("07700 900123");
            assertThat(first.getFormVersion()).isEqualTo(1);
            assertThat(first.answers()).isEqualTo(v1Draft);
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).endsWith("MIGRATED");
        }

        @Test
        void afterMigrationOnlyVersion2AnswersCanBeSaved() {
            CafCase c = v1Case();
            c.migrateAssessment(f.forms, 2, f.step(f.aisha));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.saveAssessment(f.cafV1, 2, v1Draft, null,
                    f.step(f.aisha)));
            AssessmentRevision third = c.saveAssessment(f.caf, 2, Answers.empty().with("young_carer", "yes"), null,
                    f.step(f.aisha));

            assertThat(refused.code()).isEqualTo(RefusalCode.FORM_VERSION_MISMATCH);
            assertThat(third.getNumber()).isEqualTo(3);
            assertThat(third.getFormVersion()).isEqualTo(2);
        }

        @Test
        void someoneWhoHasNotWrittenTheAssessmentCannotMigrateIt() {
            CafCase c = v1Case();
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.migrateAssessment(f.forms, 2, f.step(f.ben)));

            assertThat(codes(refused)).containsExactly(RefusalCode.NOT_AN_AUTHOR);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
            assertThat(c.currentAssessment().orElseThrow().getFormVersion()).isEqualTo(1);
        }

        @Test
        void aSubmittedAssessmentIsNeverMigrated() {
            CafCase c = f.consentedCase();
            c.saveAssessment(f.cafV1, null, CaseFixture.completeCafV1(), null, f.step(f.aisha));
            f.seeChild(c);
            c.submit(f.cafV1, f.step(f.aisha));
            CaseSnapshot before = CaseSnapshot.of(c);

            RulesViolated refused = refusal(RulesViolated.class, () -> c.migrateAssessment(f.forms, 2,
                    f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.ASSESSMENT_LOCKED);
            assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        }

        @Test
        void anApprovedAssessmentIsNeverMigrated() {
            CafCase c = f.consentedCase();
            c.saveAssessment(f.cafV1, null, CaseFixture.completeCafV1(), null, f.step(f.aisha));
            f.seeChild(c);
            c.submit(f.cafV1, f.step(f.aisha));
            c.approve(null, f.step(f.lena));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.migrateAssessment(f.forms, 2,
                    f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.ASSESSMENT_LOCKED);
            assertThat(c.currentAssessment().orElseThrow().getFormVersion()).isEqualTo(1);
        }

        @Test
        void aLockedAssessmentAndANonAuthorAreReportedTogether() {
            CafCase c = f.consentedCase();
            c.saveAssessment(f.cafV1, null, CaseFixture.completeCafV1(), null, f.step(f.aisha));
            f.seeChild(c);
            c.submit(f.cafV1, f.step(f.aisha));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.migrateAssessment(f.forms, 2, f.step(f.ben)));

            assertThat(codes(refused)).containsExactly(RefusalCode.ASSESSMENT_LOCKED, RefusalCode.NOT_AN_AUTHOR);
        }

        @Test
        void anAssessmentAlreadyOnTheVersionIsNotMigrated() {
            CafCase c = f.inProgressCase();

            RulesViolated refused = refusal(RulesViolated.class, () -> c.migrateAssessment(f.forms, 2,
                    f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.NOT_A_NEWER_VERSION);
            assertThat(refused.violations().get(0).target()).isEqualTo("toVersion");
        }

        @Test
        void aVersionNobodyPublishedCannotBeReached() {
            CafCase c = v1Case();

            RulesViolated refused = refusal(RulesViolated.class, () -> c.migrateAssessment(f.forms, 9,
                    f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.NO_MIGRATION);
        }

        @Test
        void migrationNeedsConsentInForce() {
            CafCase c = v1Case();
            c.withdrawConsent(c.getConsents().get(0).getId(), TODAY, null, f.step(f.aisha));

            RulesViolated refused = refusal(RulesViolated.class, () -> c.migrateAssessment(f.forms, 2,
                    f.step(f.aisha)));

            assertThat(codes(refused)).containsExactly(RefusalCode.CONSENT_WITHDRAWN);
        }

        @Test
        void thereIsNothingToMigrateBeforeAnAssessmentStarts() {
            CafCase c = f.consentedCase();

            NotFound refused = refusal(NotFound.class, () -> c.migrateAssessment(f.forms, 2, f.step(f.aisha)));

            assertThat(refused.code()).isEqualTo(RefusalCode.NOT_FOUND);
        }
    }
}
