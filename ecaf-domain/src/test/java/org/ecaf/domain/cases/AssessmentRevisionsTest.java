package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.NOW;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;
import static org.ecaf.domain.cases.Refusals.targets;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Test;

/** Every save appends an immutable, hash-chained revision; stale and unversioned saves are refused. */
class AssessmentRevisionsTest {

    private final CaseFixture f = new CaseFixture();
    private final CafCase c = f.consentedCase();

    private static Answers named(String given) {
        return Answers.empty().with("child_given_names", given).with("child_family_name", "Nguyễn");
    }

    @Test
    void theFirstSaveStartsTheAssessmentWithRevisionOneChainedToGenesis() {
        OffsetDateTime at = NOW.plusHours(1);
        Answers answers = named("Zoë");

        AssessmentRevision revision = c.saveAssessment(f.caf, null, answers, "  First visit  ",
                CaseFixture.stepAt(f.aisha, at, TODAY));

        assertThat(c.getState()).isEqualTo(CaseState.ASSESSMENT_IN_PROGRESS);
        assertThat(c.getStateChangedAt()).isEqualTo(at);
        Assessment assessment = c.currentAssessment().orElseThrow();
        assertThat(c.getAssessments()).containsExactly(assessment);
        assertThat(assessment.getNumber()).isEqualTo(1);
        assertThat(assessment.getFormId()).isEqualTo("caf");
        assertThat(assessment.getFormVersion()).isEqualTo(2);
        assertThat(assessment.getStatus()).isEqualTo(Assessment.Status.IN_PROGRESS);
        assertThat(assessment.isLocked()).isFalse();
        assertThat(assessment.getStartedOn()).isEqualTo(TODAY);
        assertThat(assessment.getStartedBy()).isEqualTo("akhan");
        assertThat(assessment.getCafCase()).isSameAs(c);
        assertThat(assessment.getRevisions()).containsExactly(revision);
        assertThat(revision.getAssessment()).isSameAs(assessment);
        assertThat(revision.getNumber()).isEqualTo(1);
        assertThat(revision.getFormVersion()).isEqualTo(2);
        assertThat(revision.answers()).isEqualTo(answers);
        assertThat(revision.getAnswersJson()).isEqualTo(answers.toCanonicalJson());
        assertThat(revision.getAuthor()).isEqualTo("akhan");
        assertThat(revision.getAuthorName()).isEqualTo("Aisha Khan");
        assertThat(revision.getSavedAt()).isEqualTo(at);
        assertThat(revision.getReason()).isEqualTo("First visit");
        assertThat(revision.getPreviousHash()).isEqualTo(AssessmentRevision.GENESIS).isEqualTo("0".repeat(64));
        assertThat(revision.getHash()).matches("[0-9a-f]{64}").isEqualTo(revision.computeHash());
        assertThat(c.getEvents()).extracting(CaseEvent::getKind).endsWith("ASSESSMENT_STARTED");
    }

    @Test
    void theFirstSaveMaySayItIsBasedOnNothing() {
        assertThat(c.saveAssessment(f.caf, 0, named("Zoë"), null, f.step(f.aisha)).getNumber()).isEqualTo(1);
    }

    @Test
    void aFirstSaveClaimingAnEarlierRevisionIsStaleAndStartsNothing() {
        CaseSnapshot before = CaseSnapshot.of(c);

        StaleRevision refused = refusal(StaleRevision.class, () -> c.saveAssessment(f.caf, 2, named("Zoë"), null,
                f.step(f.aisha)));

        assertThat(refused.basedOn()).isEqualTo(2);
        assertThat(refused.latest()).isZero();
        assertThat(refused.savedSince()).isEmpty();
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void eachSaveAppendsTheNextRevisionChainedToTheOneBefore() {
        List<AssessmentRevision> saved = List.of(
                f.save(c, named("Zoe"), f.aisha),
                f.save(c, named("Zoë"), f.ben),
                f.save(c, named("Zoë Anh"), f.aisha),
                f.save(c, named("Zoë Anh").with("conclusions", "Young carer"), f.lena));

        Assessment assessment = c.currentAssessment().orElseThrow();
        assertThat(assessment.getRevisions()).containsExactlyElementsOf(saved);
        assertThat(saved).extracting(AssessmentRevision::getNumber).containsExactly(1, 2, 3, 4);
        assertThat(assessment.latestNumber()).isEqualTo(4);
        assertThat(assessment.latest()).containsSame(saved.get(3));
        assertThat(saved.get(0).getPreviousHash()).isEqualTo(AssessmentRevision.GENESIS);
        for (int i = 1; i < saved.size(); i++) {
            assertThat(saved.get(i).getPreviousHash()).as("revision %d chains to %d", i + 1, i)
                    .isEqualTo(saved.get(i - 1).getHash());
        }
        assertThat(saved).allSatisfy(r -> assertThat(r.getHash()).isEqualTo(r.computeHash()));
        assertThat(saved).extracting(AssessmentRevision::getHash).doesNotHaveDuplicates();
        assertThat(c.getAssessments()).hasSize(1);
    }

    @Test
    void theSameAnswersSavedAgainStillMakeANewRevisionWithItsOwnHash() {
        AssessmentRevision first = f.save(c, named("Zoë"), f.aisha);
        AssessmentRevision second = f.save(c, named("Zoë"), f.aisha);

        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getHash()).isNotEqualTo(first.getHash());
        assertThat(second.answers()).isEqualTo(first.answers());
    }

    @Test
    void changingAStoredRevisionShowsInItsHash() throws ReflectiveOperationException {
        AssessmentRevision revision = f.save(c, named("Zoë"), f.aisha);
        Field answers = AssessmentRevision.class.getDeclaredField("answers");
        answers.setAccessible(true);

        answers.set(revision, named("Someone else").toCanonicalJson());

        assertThat(revision.computeHash()).isNotEqualTo(revision.getHash());
    }

    @Test
    void theSaveTimeIsKeptInUtcToTheMillisecond() {
        OffsetDateTime anHourAhead = OffsetDateTime.of(2026, 11, 21, 11, 0, 0, 123_456_789, ZoneOffset.ofHours(1));

        AssessmentRevision revision = c.saveAssessment(f.caf, null, named("Zoë"), null, CaseFixture.stepAt(f.aisha,
                anHourAhead, TODAY));

        assertThat(revision.getSavedAt()).isEqualTo(OffsetDateTime.of(2026, 11, 21, 10, 0, 0, 123_000_000,
                ZoneOffset.UTC));
        assertThat(revision.getSavedAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aLaterSaveThatDoesNotSayWhatItIsBasedOnIsRefusedAndNothingIsAppended() {
        f.save(c, named("Zoë"), f.aisha);
        CaseSnapshot before = CaseSnapshot.of(c);

        PreconditionRequired refused = refusal(PreconditionRequired.class, () -> c.saveAssessment(f.caf, null,
                named("Zoe"), null, f.step(f.ben)));

        assertThat(refused.code()).isEqualTo(RefusalCode.REVISION_REQUIRED);
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.PRECONDITION_REQUIRED);
        assertThat(codes(refused)).containsExactly(RefusalCode.REVISION_REQUIRED);
        assertThat(refused.getMessage()).contains("If-Match: \"1\"");
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void aSaveBasedOnAnOlderRevisionNamesWhoSavedWhatSinceAndOverwritesNothing() {
        c.saveAssessment(f.caf, null, named("Zoë"), null, CaseFixture.stepAt(f.aisha, NOW.plusMinutes(1), TODAY));
        c.saveAssessment(f.caf, 1, named("Zoe"), null, CaseFixture.stepAt(f.ben, NOW.plusMinutes(2), TODAY));
        c.saveAssessment(f.caf, 2, named("Zoe").with("conclusions", "Young carer").with("child_views", "Tired"), null,
                CaseFixture.stepAt(f.lena, NOW.plusMinutes(3), TODAY));
        CaseSnapshot before = CaseSnapshot.of(c);

        StaleRevision refused = refusal(StaleRevision.class, () -> c.saveAssessment(f.caf, 1,
                named("Zoë").with("parent_views", "Needs help"), null, CaseFixture.stepAt(f.aisha, NOW.plusMinutes(4),
                TODAY)));

        assertThat(refused.code()).isEqualTo(RefusalCode.STALE_REVISION);
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused.basedOn()).isEqualTo(1);
        assertThat(refused.latest()).isEqualTo(3);
        assertThat(refused.savedSince()).containsExactly(
                new StaleRevision.SavedSince(2, "bjones", "Ben Jones", "21/11/2026 10:02", List.of("child_given_names")),
                new StaleRevision.SavedSince(3, "lpatel", "Lena Patel", "21/11/2026 10:03",
                        List.of("child_views", "conclusions")));
        assertThat(refused.getMessage())
                .contains("based on revision 1", "now at revision 3", "Ben Jones saved revision 2",
                        "Lena Patel saved revision 3", "changing child_views, conclusions", "Nothing was overwritten");
        assertThat(codes(refused)).containsExactly(RefusalCode.STALE_REVISION);
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        assertThat(c.currentAssessment().orElseThrow().latestNumber()).isEqualTo(3);
    }

    @Test
    void aSaveBasedOnTheLatestRevisionIsAccepted() {
        f.save(c, named("Zoë"), f.aisha);
        f.save(c, named("Zoe"), f.ben);

        AssessmentRevision third = c.saveAssessment(f.caf, 2, named("Zoë"), null, f.step(f.aisha));

        assertThat(third.getNumber()).isEqualTo(3);
    }

    @Test
    void invalidDraftAnswersOnTheFirstSaveAreAllReportedAndNothingStarts() {
        Answers wrong = Answers.empty()
                .with("child_date_of_birth", "2015-02-30")
                .with("child_gender", "x")
                .with("nickname", "Zo");
        CaseSnapshot before = CaseSnapshot.of(c);

        InvalidInput refused = refusal(InvalidInput.class, () -> c.saveAssessment(f.caf, null, wrong, null,
                f.step(f.aisha)));

        assertThat(codes(refused)).containsExactlyInAnyOrder(RefusalCode.NOT_A_DATE, RefusalCode.UNKNOWN_OPTION,
                RefusalCode.UNKNOWN_FIELD);
        assertThat(targets(refused)).containsExactlyInAnyOrder("child_date_of_birth", "child_gender", "nickname");
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID_INPUT);
        assertThat(c.getAssessments()).isEmpty();
        assertThat(c.getState()).isEqualTo(CaseState.PRE_ASSESSMENT);
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void invalidDraftAnswersOnALaterSaveAppendNothing() {
        f.save(c, named("Zoë"), f.aisha);
        CaseSnapshot before = CaseSnapshot.of(c);

        InvalidInput refused = refusal(InvalidInput.class, () -> f.save(c, named("Zoë")
                .with("assessment_started", "21/11/2026")
                .with("assessment_completed", TODAY.plusDays(1).toString()), f.aisha));

        assertThat(codes(refused)).containsExactly(RefusalCode.NOT_A_DATE, RefusalCode.DATE_IN_FUTURE);
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void aDraftNeedsNoAnswersAtAll() {
        AssessmentRevision revision = f.save(c, Answers.empty(), f.aisha);

        assertThat(revision.answers().isEmpty()).isTrue();
    }

    @Test
    void answersForAnotherFormVersionCannotBeSavedOnTheAssessment() {
        f.save(c, named("Zoë"), f.aisha);
        CaseSnapshot before = CaseSnapshot.of(c);

        RulesViolated refused = refusal(RulesViolated.class, () -> c.saveAssessment(f.cafV1, 1, named("Zoë"), null,
                f.step(f.aisha)));

        assertThat(refused.code()).isEqualTo(RefusalCode.FORM_VERSION_MISMATCH);
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void asOfGivesTheRevisionCurrentAtAnInstant() {
        AssessmentRevision r1 = c.saveAssessment(f.caf, null, named("A"), null, CaseFixture.stepAt(f.aisha, NOW,
                TODAY));
        AssessmentRevision r2 = c.saveAssessment(f.caf, 1, named("B"), null, CaseFixture.stepAt(f.aisha,
                NOW.plusMinutes(30), TODAY));
        AssessmentRevision r3 = c.saveAssessment(f.caf, 2, named("C"), null, CaseFixture.stepAt(f.aisha,
                NOW.plusHours(1), TODAY));
        Assessment assessment = c.currentAssessment().orElseThrow();

        assertThat(assessment.asOf(NOW.minusNanos(1_000_000))).isEmpty();
        assertThat(assessment.asOf(NOW)).containsSame(r1);
        assertThat(assessment.asOf(NOW.plusMinutes(29))).containsSame(r1);
        assertThat(assessment.asOf(NOW.plusMinutes(30))).containsSame(r2);
        assertThat(assessment.asOf(NOW.plusMinutes(45).withOffsetSameInstant(ZoneOffset.ofHours(5)))).containsSame(r2);
        assertThat(assessment.asOf(NOW.plusHours(1))).containsSame(r3);
        assertThat(assessment.asOf(NOW.plusDays(10))).containsSame(r3);
    }

    @Test
    void authorsAreEveryoneWhoSavedARevisionInTheOrderTheyFirstSaved() {
        f.save(c, named("A"), f.ben);
        f.save(c, named("B"), f.aisha);
        f.save(c, named("C"), f.ben);

        assertThat(c.currentAssessment().orElseThrow().authors()).containsExactly("bjones", "akhan");
    }

    @Test
    void revisionsCanBeLookedUpByNumber() {
        AssessmentRevision r1 = f.save(c, named("A"), f.aisha);
        AssessmentRevision r2 = f.save(c, named("B"), f.aisha);
        AssessmentRevision r3 = f.save(c, named("C"), f.aisha);
        Assessment assessment = c.currentAssessment().orElseThrow();

        assertThat(assessment.revision(1)).containsSame(r1);
        assertThat(assessment.revision(3)).containsSame(r3);
        assertThat(assessment.revision(0)).isEmpty();
        assertThat(assessment.revision(4)).isEmpty();
        assertThat(assessment.revisionsAfter(1)).containsExactly(r2, r3);
        assertThat(assessment.revisionsAfter(3)).isEmpty();
        assertThat(c.assessment(1)).containsSame(assessment);
        assertThat(c.assessment(2)).isEmpty();
    }

    @Test
    void aSavedRevisionMakesItsAuthorDirectlyInvolved() {
        assertThat(c.directlyInvolves(f.ben)).isFalse();

        f.save(c, named("A"), f.ben);

        assertThat(c.directlyInvolves(f.ben)).isTrue();
    }

    @Test
    void noAssessmentStartsWhenThePreAssessmentDecidedAgainstAFullCaf() {
        CafCase checked = f.openCase();
        checked.recordPreAssessment(f.preAssessment, CaseFixture.completePreAssessment("no_further_action"),
                f.step(f.aisha));
        f.recordConsent(checked);
        CaseSnapshot before = CaseSnapshot.of(checked);

        RulesViolated refused = refusal(RulesViolated.class, () -> f.save(checked, named("Zoë"), f.aisha));

        assertThat(refused.code()).isEqualTo(RefusalCode.PRE_ASSESSMENT_DECIDED_OTHERWISE);
        assertThat(CaseSnapshot.of(checked)).isEqualTo(before);
    }

    @Test
    void aPreAssessmentDecidingOnAFullCafLetsTheAssessmentStart() {
        CafCase checked = f.openCase();
        checked.recordPreAssessment(f.preAssessment, CaseFixture.completePreAssessment("full_caf"), f.step(f.aisha));
        f.recordConsent(checked);

        f.save(checked, named("Zoë"), f.aisha);

        assertThat(checked.getPreAssessmentDecision()).isEqualTo("full_caf");
        assertThat(checked.getPreAssessmentVersion()).isEqualTo(1);
        assertThat(checked.preAssessmentAnswers().orElseThrow().text("decision")).contains("full_caf");
        assertThat(checked.preAssessmentAnswers().orElseThrow().text("decision_reason"))
                .contains("Needs across several areas.");
        assertThat(checked.getState()).isEqualTo(CaseState.ASSESSMENT_IN_PROGRESS);
    }

    @Test
    void thePreAssessmentFillsInTheChildAndWhoCompletedItWhenLeftOut() {
        CafCase checked = f.openCase();
        Answers withoutKnownFacts = CaseFixture.completePreAssessment("full_caf").without("child_given_names")
                .without("child_family_name").without("completed_by").without("completed_on");

        checked.recordPreAssessment(f.preAssessment, withoutKnownFacts, f.step(f.ben));

        Answers stored = checked.preAssessmentAnswers().orElseThrow();
        assertThat(stored.text("child_given_names")).contains("Zoë");
        assertThat(stored.text("child_family_name")).contains("Nguyễn");
        assertThat(stored.text("child_date_of_birth")).contains("2015-03-04");
        assertThat(stored.text("completed_by")).contains("Ben Jones");
        assertThat(stored.text("completed_on")).contains("2026-11-21");
    }

    @Test
    void missingConsentAndAPreAssessmentAgainstAFullCafAreReportedTogether() {
        CafCase checked = f.openCase();
        checked.recordPreAssessment(f.preAssessment, CaseFixture.completePreAssessment("refer_safeguarding"),
                f.step(f.aisha));

        RulesViolated refused = refusal(RulesViolated.class, () -> f.save(checked, named("Zoë"), f.aisha));

        assertThat(codes(refused)).containsExactly(RefusalCode.PRE_ASSESSMENT_DECIDED_OTHERWISE,
                RefusalCode.CONSENT_TO_RECORD_MISSING);
        assertThat(refused.code()).isEqualTo(RefusalCode.RULES_VIOLATED);
    }

    @Test
    void anIncompletePreAssessmentIsRefused() {
        CafCase checked = f.openCase();

        InvalidInput refused = refusal(InvalidInput.class, () -> checked.recordPreAssessment(f.preAssessment,
                Answers.empty().with("decision", "full_caf"), f.step(f.aisha)));

        assertThat(codes(refused)).contains(RefusalCode.REQUIRED).doesNotContain(RefusalCode.UNKNOWN_OPTION);
        assertThat(checked.getPreAssessmentDecision()).isNull();
    }

    @Test
    void thePreAssessmentCannotChangeOnceTheAssessmentHasStarted() {
        CafCase started = f.inProgressCase();

        RulesViolated refused = refusal(RulesViolated.class, () -> started.recordPreAssessment(f.preAssessment,
                CaseFixture.completePreAssessment("no_further_action"), f.step(f.aisha)));

        assertThat(refused.code()).isEqualTo(RefusalCode.WRONG_STATE);
        assertThat(started.getPreAssessmentDecision()).isNull();
    }
}
