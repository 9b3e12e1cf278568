package org.ecaf.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keyed chain, its checkpoints, and what verification detects (issue 10, finding 7). */
class AuditVerifierTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-21T09:00:00.123456789+01:00");
    private static final AuditKey KEY = AuditKey.of(bytes(1));
    private static final AuditKey OTHER_KEY = AuditKey.of(bytes(2));

    private static byte[] bytes(int fill) {
        byte[] b = new byte[32];
        Arrays.fill(b, (byte) fill);
        return b;
    }

    private static AuditEntry entry(int i) {
        return new AuditEntry("practitioner1", "case.read", "case", "7", AuditOutcome.SUCCESS, "read " + i);
    }

    private static List<AuditEvent> chain(int n) {
        List<AuditEvent> events = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 1; i <= n; i++) {
            previous = AuditEvent.append(previous, AT.plusSeconds(i), entry(i), KEY);
            events.add(previous);
        }
        return events;
    }

    private static ChainHead headOf(List<AuditEvent> events, long keyedFrom) {
        AuditEvent last = events.get(events.size() - 1);
        return new ChainHead(last.getSequence(), last.getHash(), keyedFrom);
    }

    private static AuditCheckpoint checkpointOf(List<AuditEvent> events) {
        return AuditCheckpoint.of(headOf(events, 1), events.get(0).getHash(), AT.plusHours(1));
    }

    private static AuditVerifier.Result verify(List<AuditEvent> events, ChainHead head, AuditCheckpoint checkpoint) {
        AuditVerifier verifier = new AuditVerifier(KEY, head, Optional.ofNullable(checkpoint), 0);
        verifier.check(events);
        return verifier.result();
    }

    /** What someone with only the database can do: change an event and recompute its plain SHA-256. */
    private static AuditEvent forged(AuditEvent original, String actor, String detail) {
        return AuditEvent.unkeyedAfter(original.getSequence() - 1, original.getPreviousHash(),
                original.getOccurredAt(), new AuditEntry(actor, original.getAction(), original.getRecordType(),
                        original.getRecordId(), original.getOutcome(), detail));
    }

    @Test
    void anUnbrokenKeyedChainIsIntactAndEveryEventIsCounted() {
        List<AuditEvent> events = chain(5);
        assertThat(events.get(0).getPreviousHash()).isEqualTo(AuditEvent.GENESIS);
        assertThat(events.get(4).getHash()).isEqualTo(events.get(4).keyedHash(KEY)).hasSize(64)
                .isNotEqualTo(events.get(4).legacyHash());
        AuditVerifier.Result result = verify(events, headOf(events, 1), checkpointOf(events));
        assertThat(result.intact()).as(result.message()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(5);
        assertThat(result.firstBrokenSequence()).isNull();
    }

    @Test
    void theSameChainDoesNotVerifyUnderAnotherKey() {
        List<AuditEvent> events = chain(3);
        AuditVerifier verifier = new AuditVerifier(OTHER_KEY, headOf(events, 1), Optional.empty(), 0);
        verifier.check(events);
        assertThat(verifier.result().firstBrokenSequence()).isEqualTo(1L);
        assertThat(verifier.result().problem()).isEqualTo("EVENT_ALTERED");
    }

    @Test
    void timesAreKeptInUtcToTheMillisecondSoTheHashSurvivesADatabase() {
        AuditEvent event = chain(1).get(0);
        assertThat(event.getOccurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:00:01.123Z"));
    }

    @Test
    void finding7DeletingTheNewestEventsIsDetectedBeforeAnyNewEvent() {
        List<AuditEvent> events = chain(10);
        ChainHead head = headOf(events, 1);
        AuditCheckpoint checkpoint = checkpointOf(events);
        List<AuditEvent> remaining = events.subList(0, 7);
        // the head row still says 10
        AuditVerifier.Result result = verify(remaining, head, checkpoint);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(8L);
        assertThat(result.eventsChecked()).isEqualTo(7);
        // even with no checkpoint yet, the head row gives it away
        AuditVerifier.Result withoutCheckpoint = verify(remaining, head, null);
        assertThat(withoutCheckpoint.firstBrokenSequence()).isEqualTo(8L);
        assertThat(withoutCheckpoint.problem()).isEqualTo("HEAD_MISMATCH");
    }

    @Test
    void finding7DeletingTheTailAndMovingTheHeadBackIsDetectedByTheCheckpoint() {
        List<AuditEvent> events = chain(10);
        AuditCheckpoint checkpoint = checkpointOf(events);
        List<AuditEvent> remaining = events.subList(0, 6);
        ChainHead movedBack = headOf(remaining, 1);
        AuditVerifier.Result result = verify(remaining, movedBack, checkpoint);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo("EVENTS_MISSING_SINCE_CHECKPOINT");
        assertThat(result.firstBrokenSequence()).isEqualTo(7L);
        assertThat(result.checkpointSequence()).isEqualTo(10L);
        assertThat(result.eventsChecked()).isEqualTo(6);
    }

    @Test
    void finding7ALastEventRewrittenWithARecomputedSha256IsDetected() {
        List<AuditEvent> events = new ArrayList<>(chain(10));
        AuditEvent forgery = forged(events.get(9), "someone-else", "nothing to see");
        assertThat(forgery.getHash()).isEqualTo(forgery.legacyHash());
        events.set(9, forgery);
        // the head row moved to the forged hash too, and no checkpoint covers the event yet
        AuditVerifier.Result result = verify(events, headOf(events, 1), null);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo("EVENT_ALTERED");
        assertThat(result.firstBrokenSequence()).isEqualTo(10L);
        assertThat(result.eventsChecked()).isEqualTo(10);
    }

    @Test
    void finding7AnEditedMiddleRowIsReportedWithTheTrueCountOfEventsChecked() {
        List<AuditEvent> events = new ArrayList<>(chain(10));
        ChainHead head = headOf(events, 1);
        events.set(4, forged(events.get(4), events.get(4).getActor(), "rewritten"));
        AuditVerifier.Result result = verify(events, head, checkpointOf(chain(10)));
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(5L);
        assertThat(result.eventsChecked()).as("every event up to the head is checked").isEqualTo(10);
    }

    @Test
    void aRemovedMiddleEventIsReportedWhereItWas() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        ChainHead head = headOf(events, 1);
        events.remove(2);
        AuditVerifier.Result result = verify(events, head, null);
        assertThat(result.firstBrokenSequence()).isEqualTo(3L);
        assertThat(result.problem()).isEqualTo("EVENT_MISSING");
        assertThat(result.eventsChecked()).isEqualTo(4);
    }

    @Test
    void eventsNewerThanTheHeadReadAtTheStartAreLeftForTheNextVerification() {
        List<AuditEvent> events = chain(6);
        AuditVerifier.Result result = verify(events, headOf(events.subList(0, 4), 1), null);
        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(4);
    }

    @Test
    void unkeyedEventsWrittenBeforeTheKeyTookOverStillVerify() {
        List<AuditEvent> events = new ArrayList<>();
        AuditEvent previous = null;
        for (int i = 1; i <= 3; i++) {
            previous = previous == null
                    ? AuditEvent.unkeyedAfter(0, AuditEvent.GENESIS, AT, entry(i))
                    : AuditEvent.unkeyedAfter(previous.getSequence(), previous.getHash(), AT, entry(i));
            events.add(previous);
        }
        for (int i = 4; i <= 6; i++) {
            previous = AuditEvent.append(previous, AT, entry(i), KEY);
            events.add(previous);
        }
        ChainHead head = headOf(events, 4);
        AuditCheckpoint checkpoint = AuditCheckpoint.of(head, events.get(0).getHash(), AT);
        assertThat(verify(events, head, checkpoint).intact()).isTrue();

        // an unkeyed forgery after the boundary does not pass
        events.set(5, forged(events.get(5), "x", "y"));
        assertThat(verify(events, headOf(events, 4), checkpoint).firstBrokenSequence()).isEqualTo(6L);
    }

    @Test
    void movingTheKeyedBoundaryInTheDatabaseIsDetectedByTheCheckpoint() {
        // someone rewrites keyed events 4 to 6 as unkeyed ones and moves the boundary past them
        List<AuditEvent> events = new ArrayList<>(chain(6));
        AuditCheckpoint checkpoint = AuditCheckpoint.of(headOf(events, 1), events.get(0).getHash(), AT);
        List<AuditEvent> rewritten = new ArrayList<>(events.subList(0, 3));
        AuditEvent previous = rewritten.get(2);
        for (int i = 4; i <= 6; i++) {
            previous = AuditEvent.unkeyedAfter(previous.getSequence(), previous.getHash(), AT, entry(i));
            rewritten.add(previous);
        }
        AuditVerifier.Result result = verify(rewritten, headOf(rewritten, 7), checkpoint);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(1L);
        assertThat(result.problem()).isEqualTo("KEY_BOUNDARY_CHANGED");
    }

    @Test
    void aCheckpointLineIsSignedAndAChangedOrForeignLineIsRejected() {
        AuditCheckpoint checkpoint = checkpointOf(chain(4));
        String line = checkpoint.line(KEY);
        assertThat(line).startsWith("ecaf-audit-checkpoint v1 seq=4 hash=").contains(" keyedFrom=1 chain=" + chain(1).get(0).getHash() + " at=2026-11-21T09:00:00.123Z mac=");
        assertThat(AuditCheckpoint.verified(line, KEY)).contains(checkpoint);
        assertThat(AuditCheckpoint.verified("2026-12-06 INFO " + line, KEY)).as("in a server log line").contains(checkpoint);
        assertThat(AuditCheckpoint.verified(line.replace("seq=4", "seq=9"), KEY)).isEmpty();
        assertThat(AuditCheckpoint.verified(line, OTHER_KEY)).isEmpty();
        assertThat(AuditCheckpoint.verified(checkpoint.line(OTHER_KEY), KEY)).isEmpty();
        assertThat(AuditCheckpoint.verified("not a checkpoint", KEY)).isEmpty();
    }

    @Test
    void aCheckpointOfAnotherLogIsNotTakenForThisOne() {
        List<AuditEvent> mine = chain(3);
        AuditCheckpoint ofAnotherLog = AuditCheckpoint.of(headOf(mine, 1), "f".repeat(64), AT);
        AuditVerifier.Result result = verify(mine, headOf(mine, 1), ofAnotherLog);
        assertThat(result.problem()).isEqualTo("CHECKPOINT_MISMATCH");
        assertThat(result.firstBrokenSequence()).isEqualTo(1L);
    }

    @Test
    void aRejectedCheckpointLineMakesTheLogNotIntact() {
        List<AuditEvent> events = chain(3);
        AuditVerifier verifier = new AuditVerifier(KEY, headOf(events, 1), Optional.empty(), 1);
        verifier.check(events);
        assertThat(verifier.result().intact()).isFalse();
        assertThat(verifier.result().problem()).isEqualTo("CHECKPOINT_REJECTED");
        assertThat(verifier.result().firstBrokenSequence()).isNull();
    }

    @Test
    void eventsWaitingToBeChainedAreCountedAndOneWaitingLongerThanAMinuteIsAFinding() {
        List<AuditEvent> events = chain(3);
        OffsetDateTime oldest = AT.plusMinutes(10);

        AuditVerifier verifier = new AuditVerifier(KEY, headOf(events, 1), Optional.empty(), 0);
        verifier.check(events);
        verifier.waiting(new AuditLog.Waiting(4, oldest), oldest.plusSeconds(60));
        AuditVerifier.Result young = verifier.result();
        assertThat(young.intact()).as(young.message()).isTrue();
        assertThat(young.eventsWaiting()).isEqualTo(4);
        assertThat(young.oldestWaitingSeconds()).isEqualTo(60);
        assertThat(young.message()).contains("3 events checked", "4 waiting to be chained");

        verifier = new AuditVerifier(KEY, headOf(events, 1), Optional.empty(), 0);
        verifier.check(events);
        verifier.waiting(new AuditLog.Waiting(4, oldest), oldest.plusSeconds(61));
        AuditVerifier.Result late = verifier.result();
        assertThat(late.intact()).isFalse();
        assertThat(late.problem()).isEqualTo("EVENTS_NOT_CHAINED");
        assertThat(late.firstBrokenSequence()).isNull();
        assertThat(late.eventsChecked()).isEqualTo(3);
        assertThat(late.message()).contains("4 event(s) wait to be chained, the oldest for 61 s");
    }

    @Test
    void aBrokenChainIsReportedBeforeEventsWaitingTooLong() {
        List<AuditEvent> events = new ArrayList<>(chain(5));
        events.set(2, forged(events.get(2), "someone-else", "nothing"));
        AuditVerifier verifier = new AuditVerifier(KEY, headOf(chain(5), 1), Optional.empty(), 0);
        verifier.check(events);
        verifier.waiting(new AuditLog.Waiting(1, AT), AT.plusHours(1));
        AuditVerifier.Result result = verifier.result();
        assertThat(result.problem()).isEqualTo("EVENT_ALTERED");
        assertThat(result.firstBrokenSequence()).isEqualTo(3L);
        assertThat(result.eventsWaiting()).isEqualTo(1);
    }

    @Test
    void anEventWaitingToBeChainedHasNoPlaceNorHashUntilItIsChainedAfterTheHead() {
        AuditEvent waiting = AuditEvent.unchained(AT, entry(1));
        assertThat(waiting.isChained()).isFalse();
        assertThat(waiting.getSequence()).isNull();
        assertThat(waiting.getHash()).isNull();
        assertThat(waiting.getOccurredAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:00:00.123Z"));
        assertThatThrownBy(() -> waiting.keyedHash(KEY)).isInstanceOf(IllegalStateException.class);

        List<AuditEvent> events = chain(2);
        AuditEvent chained = AuditEvent.after(2, events.get(1).getHash(), waiting.getOccurredAt(), entry(1), KEY);
        assertThat(chained.isChained()).isTrue();
        assertThat(chained.getSequence()).isEqualTo(3L);
        assertThat(chained.getPreviousHash()).isEqualTo(events.get(1).getHash());
        List<AuditEvent> all = new ArrayList<>(events);
        all.add(chained);
        assertThat(verify(all, headOf(all, 1), null).intact()).isTrue();
    }

    @Test
    void aShortKeyIsRefusedAndTheKeyIsNeverPrinted() {
        assertThatThrownBy(() -> AuditKey.of("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(KEY.toString()).doesNotContain("01");
    }

    @Test
    void finding8EveryTextIsBoundedToItsColumnWithAMarker() {
        AuditEntry entry = new AuditEntry("a".repeat(61), "b".repeat(61), "r".repeat(41), "i".repeat(61),
                AuditOutcome.REFUSED, "x".repeat(5000));
        assertThat(entry.actor()).hasSize(AuditEntry.ACTOR_LENGTH).endsWith(AuditEntry.SHORTENED);
        assertThat(entry.action()).hasSize(AuditEntry.ACTION_LENGTH).endsWith(AuditEntry.SHORTENED);
        assertThat(entry.recordType()).hasSize(AuditEntry.RECORD_TYPE_LENGTH).startsWith("rrr").endsWith("…");
        assertThat(entry.recordId()).hasSize(AuditEntry.RECORD_ID_LENGTH).endsWith("…");
        assertThat(entry.detail()).hasSize(AuditEntry.DETAIL_LENGTH).endsWith("…");
        AuditEntry exact = new AuditEntry("a", "b", "r".repeat(40), null, AuditOutcome.SUCCESS, null);
        assertThat(exact.recordType()).isEqualTo("r".repeat(40));
        // a surrogate pair is never cut in half
        String emoji = "r".repeat(38) + "\uD83D\uDE00\uD83D\uDE00";
        assertThat(new AuditEntry("a", "b", emoji, null, AuditOutcome.SUCCESS, null).recordType())
                .isEqualTo("r".repeat(38) + "…");
    }
}
