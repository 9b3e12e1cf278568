package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.NOW_LOCAL;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;
import static org.ecaf.domain.cases.Refusals.targets;

import java.time.LocalTime;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.junit.jupiter.api.Test;

/** Case notes: dated and typed, never changed in place; a correction is a new note that points to the old one. */
class CaseNotesTest {

    private final CaseFixture f = new CaseFixture();

    private CaseNote phoneCall(CafCase c) {
        return f.entity(c.addNote(new NoteDetails(CaseNote.Kind.PHONE_CALL, TODAY.minusDays(1), LocalTime.of(14, 30),
                "  Spoke to Zoë's mother about school attendance.  ", null, null), f.step(f.aisha)));
    }

    @Test
    void aNoteKeepsItsKindDayTimeTextAuthorAndMomentWrittenAndIsOnTheTimeline() {
        CafCase c = f.consentedCase();
        int eventsBefore = c.getEvents().size();

        CaseNote note = phoneCall(c);

        assertThat(c.getNotes()).containsExactly(note);
        assertThat(note.getKind()).isEqualTo(CaseNote.Kind.PHONE_CALL);
        assertThat(note.getHappenedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(note.getHappenedAt()).isEqualTo(LocalTime.of(14, 30));
        assertThat(note.getText()).isEqualTo("Spoke to Zoë's mother about school attendance.");
        assertThat(note.getAuthor()).isEqualTo(f.aisha);
        assertThat(note.getWrittenAt()).isNotNull();
        assertThat(note.isCorrection()).isFalse();
        assertThat(c.correctionOf(note)).isEmpty();
        assertThat(c.getEvents()).hasSize(eventsBefore + 1);
        CaseEvent event = c.getEvents().get(c.getEvents().size() - 1);
        assertThat(event.getKind()).isEqualTo("NOTE");
        assertThat(event.getSummary()).contains("Phone call on 20/11/2026 at 14:30")
                .contains("Aisha Khan").contains("school attendance");
    }

    @Test
    void aCorrectionIsANewNoteThatPointsToTheOldOneWhichStaysAsItWas() {
        CafCase c = f.consentedCase();
        CaseNote old = phoneCall(c);

        CaseNote correction = f.entity(c.addNote(new NoteDetails(CaseNote.Kind.HOME_VISIT, TODAY.minusDays(1), null,
                "Visited Zoë's mother at home about school attendance.", old.getId(), "  It was a visit, not a call "),
                f.step(f.ben)));

        assertThat(c.getNotes()).containsExactly(old, correction);
        assertThat(correction.getCorrects()).isSameAs(old);
        assertThat(correction.getCorrectionReason()).isEqualTo("It was a visit, not a call");
        assertThat(c.correctionOf(old)).contains(correction);
        assertThat(old.getKind()).isEqualTo(CaseNote.Kind.PHONE_CALL);
        assertThat(old.getText()).isEqualTo("Spoke to Zoë's mother about school attendance.");
        CaseEvent event = c.getEvents().get(c.getEvents().size() - 1);
        assertThat(event.getKind()).isEqualTo("NOTE_CORRECTED");
        assertThat(event.getSummary()).contains("Note of 20/11/2026 corrected by Ben Jones")
                .contains("It was a visit, not a call");
    }

    @Test
    void aCorrectionNeedsAReasonAndNothingIsStoredWithoutOne() {
        CafCase c = f.consentedCase();
        CaseNote old = phoneCall(c);
        CaseSnapshot before = CaseSnapshot.of(c);

        InvalidInput refused = refusal(InvalidInput.class, () -> c.addNote(new NoteDetails(CaseNote.Kind.PHONE_CALL,
                TODAY, null, "Corrected text", old.getId(), "   "), f.step(f.aisha)));

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("reason");
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void aNoteCanOnlyCorrectANoteOfTheSameCase() {
        CafCase other = f.consentedCase();
        CaseNote elsewhere = phoneCall(other);
        CafCase c = f.openCase(f.child("Sam", "Lee", TODAY.minusYears(8), false), f.aisha);
        f.recordConsent(c);
        CaseSnapshot before = CaseSnapshot.of(c);

        InvalidInput refused = refusal(InvalidInput.class, () -> c.addNote(new NoteDetails(CaseNote.Kind.PHONE_CALL,
                TODAY, null, "Corrected text", elsewhere.getId(), "Wrong case"), f.step(f.aisha)));

        assertThat(codes(refused)).containsExactly(RefusalCode.UNKNOWN_NOTE);
        assertThat(targets(refused)).containsExactly("corrects");
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void aNoteAlreadyCorrectedIsNotCorrectedAgainTheLatestCorrectionIs() {
        CafCase c = f.consentedCase();
        CaseNote old = phoneCall(c);
        CaseNote first = f.entity(c.addNote(new NoteDetails(CaseNote.Kind.PHONE_CALL, TODAY.minusDays(1), null,
                "Second try", old.getId(), "Typo"), f.step(f.aisha)));
        CaseSnapshot before = CaseSnapshot.of(c);

        RulesViolated refused = refusal(RulesViolated.class, () -> c.addNote(new NoteDetails(CaseNote.Kind.PHONE_CALL,
                TODAY.minusDays(1), null, "Third try", old.getId(), "Another typo"), f.step(f.aisha)));

        assertThat(codes(refused)).containsExactly(RefusalCode.ALREADY_CORRECTED);
        assertThat(refused.getMessage()).contains("21/11/2026");
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        CaseNote second = c.addNote(new NoteDetails(CaseNote.Kind.PHONE_CALL, TODAY.minusDays(1), null, "Third try",
                first.getId(), "Another typo"), f.step(f.aisha));
        assertThat(second.getCorrects()).isSameAs(first);
    }

    @Test
    void aContactInTheFutureIsRefusedNamingTheFieldButTodayEarlierIsFine() {
        CafCase c = f.consentedCase();
        CaseSnapshot before = CaseSnapshot.of(c);

        InvalidInput tomorrow = refusal(InvalidInput.class, () -> c.addNote(new NoteDetails(CaseNote.Kind.MEETING,
                TODAY.plusDays(1), null, "Meeting at school", null, null), f.step(f.aisha)));
        InvalidInput laterToday = refusal(InvalidInput.class, () -> c.addNote(new NoteDetails(CaseNote.Kind.MEETING,
                TODAY, NOW_LOCAL.toLocalTime().plusMinutes(1), "Meeting at school", null, null), f.step(f.aisha)));

        assertThat(codes(tomorrow)).containsExactly(RefusalCode.DATE_IN_FUTURE);
        assertThat(targets(tomorrow)).containsExactly("happenedOn");
        assertThat(codes(laterToday)).containsExactly(RefusalCode.TIME_IN_FUTURE);
        assertThat(targets(laterToday)).containsExactly("happenedAt");
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        CaseNote now = c.addNote(new NoteDetails(CaseNote.Kind.MEETING, TODAY, NOW_LOCAL.toLocalTime(),
                "Meeting at school", null, null), f.step(f.aisha));
        assertThat(now.getHappenedAt()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void everyMissingOrBadPartIsReportedAtOnce() {
        CafCase c = f.consentedCase();
        CaseSnapshot before = CaseSnapshot.of(c);

        InvalidInput refused = refusal(InvalidInput.class, () -> c.addNote(new NoteDetails(null, null, null, "  ",
                null, "A reason without a note to correct"), f.step(f.aisha)));

        assertThat(targets(refused)).containsExactly("kind", "happenedOn", "text", "reason");
        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED, RefusalCode.REQUIRED, RefusalCode.REQUIRED,
                RefusalCode.NOT_A_CORRECTION);
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void textWithANulByteOrOverTheLimitIsRefused() {
        CafCase c = f.consentedCase();
        CaseSnapshot before = CaseSnapshot.of(c);

        InvalidInput nul = refusal(InvalidInput.class, () -> c.addNote(new NoteDetails(CaseNote.Kind.OTHER, TODAY,
                null, "Called\u0000mother", null, null), f.step(f.aisha)));
        InvalidInput tooLong = refusal(InvalidInput.class, () -> c.addNote(new NoteDetails(CaseNote.Kind.OTHER, TODAY,
                null, "x".repeat(CaseNote.MAX_TEXT + 1), null, null), f.step(f.aisha)));

        assertThat(codes(nul)).containsExactly(RefusalCode.INVALID_CHARACTERS);
        assertThat(nul.getMessage()).contains("NUL");
        assertThat(targets(nul)).containsExactly("text");
        assertThat(codes(tooLong)).containsExactly(RefusalCode.TOO_LONG);
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        assertThat(c.addNote(new NoteDetails(CaseNote.Kind.OTHER, TODAY, null, "Line one\nLine two\tand a tab", null,
                null), f.step(f.aisha)).getText()).isEqualTo("Line one\nLine two\tand a tab");
    }

    @Test
    void anUnknownKindIsRefusedNamingTheField() {
        InvalidInput refused = refusal(InvalidInput.class, () -> CaseNote.Kind.parse("TELEPATHY"));

        assertThat(codes(refused)).containsExactly(RefusalCode.UNKNOWN_OPTION);
        assertThat(targets(refused)).containsExactly("kind");
        assertThat(CaseNote.Kind.parse("HOME_VISIT")).isEqualTo(CaseNote.Kind.HOME_VISIT);
        assertThat(CaseNote.Kind.parse(" ")).isNull();
    }

    @Test
    void aClosedCaseTakesNoNotesUntilReopened() {
        CafCase c = f.planActiveCase();
        c.close(f.closure, CaseFixture.completeClosure("needs_met"), f.step(f.lena));
        CaseSnapshot before = CaseSnapshot.of(c);

        RulesViolated refused = refusal(RulesViolated.class, () -> phoneCall(c));

        assertThat(codes(refused)).containsExactly(RefusalCode.CASE_CLOSED);
        assertThat(refused.getMessage()).contains("reopen");
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
        c.reopen("New concerns", f.step(f.lena));
        assertThat(phoneCall(c).getKind()).isEqualTo(CaseNote.Kind.PHONE_CALL);
    }

    @Test
    void afterConsentToRecordIsWithdrawnNoNoteIsRecorded() {
        CafCase c = f.consentedCase();
        c.withdrawConsent(c.getConsents().get(0).getId(), TODAY, "Family asked", f.step(f.aisha));
        CaseSnapshot before = CaseSnapshot.of(c);

        RulesViolated refused = refusal(RulesViolated.class, () -> phoneCall(c));

        assertThat(codes(refused)).contains(RefusalCode.CONSENT_WITHDRAWN);
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }
}
