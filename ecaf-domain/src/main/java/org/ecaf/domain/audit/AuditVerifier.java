package org.ecaf.domain.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the whole audit chain, fed in batches in sequence order, against the audit key, the head row and the latest
 * signed checkpoint kept outside the database. It finds:
 * <ul>
 * <li>a changed event: its hash is no longer the HMAC of its content ({@code EVENT_ALTERED}), and a recomputed plain
 * SHA-256 does not pass because events from the key's boundary on must carry the keyed hash;</li>
 * <li>a removed event in the middle ({@code EVENT_MISSING}) or a re-linked one ({@code LINK_BROKEN});</li>
 * <li>removed newest events, with or without the head row moved back: the chain ends before the checkpoint
 * ({@code EVENTS_MISSING_SINCE_CHECKPOINT}), or before the head row ({@code HEAD_MISMATCH});</li>
 * <li>an event at the checkpoint's sequence that is not the one signed ({@code CHECKPOINT_MISMATCH});</li>
 * <li>the keyed boundary moved so that keyed events would be judged by plain SHA-256 ({@code KEY_BOUNDARY_CHANGED});</li>
 * <li>a checkpoint line whose signature does not hold ({@code CHECKPOINT_REJECTED});</li>
 * <li>an event that has waited longer than {@link #LONGEST_WAIT} to be chained ({@code EVENTS_NOT_CHAINED}): the
 * chainer is not running, or cannot chain it.</li>
 * </ul>
 * Events waiting to be chained are counted apart ({@link #waiting}); they are not in the chain yet.
 * It does not stop at the first break: every event up to the head is checked and counted, and the break with the
 * lowest sequence is reported.
 */
public final class AuditVerifier {

    /** How long an event may wait to be chained before it is itself a finding (the chainer runs every ~100 ms). */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    /**
     * The result of a verification.
     *
     * @param eventsWaiting        events committed but not chained yet (not checked: they have no hash yet)
     * @param oldestWaitingSeconds how long the oldest of them has waited, in whole seconds, or null when none waits
     */
    public record Result(boolean intact, long eventsChecked, Long firstBrokenSequence, String problem, String message,
                         long lastSequence, Long checkpointSequence, long eventsWaiting, Long oldestWaitingSeconds) {
    }

    private final AuditKey key;
    private final ChainHead head;
    private final AuditCheckpoint checkpoint;
    private final int rejectedCheckpoints;
    private final long keyedFrom;

    private long expected = 1;
    private String previousHash = AuditEvent.GENESIS;
    private long checked;
    private long last;
    private String lastHash = AuditEvent.GENESIS;

    private long waiting;
    private Duration oldestWaiting;

    private Long brokenAt;
    private String problem;
    private String message;

    /**
     * @param key                 the audit key
     * @param head                the head row, read before the events (events after it are newer and not checked)
     * @param checkpoint          the latest checkpoint whose signature holds, read before the head
     * @param rejectedCheckpoints checkpoint lines whose signature did not hold
     */
    public AuditVerifier(AuditKey key, ChainHead head, Optional<AuditCheckpoint> checkpoint, int rejectedCheckpoints) {
        this.key = Objects.requireNonNull(key, "key");
        this.head = Objects.requireNonNull(head, "head");
        this.checkpoint = checkpoint.orElse(null);
        this.rejectedCheckpoints = rejectedCheckpoints;
        // the signed boundary wins over the database's, which anyone with the database could move
        this.keyedFrom = this.checkpoint == null ? head.keyedFrom() : this.checkpoint.keyedFrom();
        if (this.checkpoint != null && this.checkpoint.keyedFrom() != head.keyedFrom()) {
            breakAt(Math.min(this.checkpoint.keyedFrom(), head.keyedFrom()), "KEY_BOUNDARY_CHANGED",
                    "The database says the chain is keyed from event " + head.keyedFrom()
                            + " but the signed checkpoint says from event " + this.checkpoint.keyedFrom() + ".");
        }
    }

    /** The sequence up to which events are to be checked (the head's). */
    public long upTo() {
        return head.sequence();
    }

    /** Checks the next events, in sequence order; events beyond the head are ignored. */
    public void check(List<AuditEvent> batch) {
        for (AuditEvent event : batch) {
            long seq = event.getSequence();
            if (seq > head.sequence()) {
                return;
            }
            if (seq != expected) {
                breakAt(expected, "EVENT_MISSING", seq > expected
                        ? "Events " + expected + (seq - 1 > expected ? " to " + (seq - 1) : "") + " are missing."
                        : "Event " + seq + " is out of order.");
            } else if (!event.getPreviousHash().equals(previousHash)) {
                breakAt(seq, "LINK_BROKEN", "Event " + seq + " does not follow the event before it.");
            }
            boolean keyed = seq >= keyedFrom;
            String recomputed = keyed ? event.keyedHash(key) : event.legacyHash();
            if (!recomputed.equals(event.getHash())) {
                breakAt(seq, "EVENT_ALTERED", "Event " + seq + " was changed after it was written"
                        + (keyed ? " (its hash is not the keyed hash of its content)." : "."));
            }
            if (checkpoint != null && seq == 1 && !event.getHash().equals(checkpoint.chain())) {
                breakAt(seq, "CHECKPOINT_MISMATCH", "Event 1 is not the first event of the log the checkpoint of "
                        + checkpoint.at() + " signed.");
            }
            if (checkpoint != null && seq == checkpoint.sequence() && !event.getHash().equals(checkpoint.hash())) {
                breakAt(seq, "CHECKPOINT_MISMATCH", "Event " + seq + " is not the event the checkpoint of "
                        + checkpoint.at() + " signed.");
            }
            checked++;
            previousHash = event.getHash();
            expected = seq + 1;
            last = seq;
            lastHash = event.getHash();
        }
    }

    /**
     * Notes the events waiting to be chained, read after the chained events, as of {@code now}: one that has waited
     * longer than {@link #LONGEST_WAIT} is a finding (unless the chain itself is broken, which is reported first).
     */
    public void waiting(AuditLog.Waiting events, OffsetDateTime now) {
        this.waiting = events.count();
        this.oldestWaiting = events.oldest() == null ? null
                : Duration.between(events.oldest(), now).isNegative() ? Duration.ZERO
                : Duration.between(events.oldest(), now);
    }

    /** The result, once every event up to the head was given to {@link #check(List)}. */
    public Result result() {
        if (checkpoint != null && checkpoint.sequence() > last) {
            breakAt(last + 1, "EVENTS_MISSING_SINCE_CHECKPOINT", "The log ends at event " + last
                    + " but the signed checkpoint of " + checkpoint.at() + " recorded it reaching event "
                    + checkpoint.sequence() + ": newer events were removed or the head was moved back.");
        }
        if (head.sequence() != last || !head.hash().equals(lastHash)) {
            breakAt(Math.min(head.sequence(), last) + (head.sequence() == last ? 0 : 1), "HEAD_MISMATCH",
                    "The head row says the log ends at event " + head.sequence() + " but its events end at event "
                            + last + ".");
        }
        if (brokenAt == null && rejectedCheckpoints > 0) {
            problem = "CHECKPOINT_REJECTED";
            message = rejectedCheckpoints + " checkpoint line(s) outside the database do not carry a valid signature.";
        }
        if (brokenAt == null && problem == null && oldestWaiting != null
                && oldestWaiting.compareTo(LONGEST_WAIT) > 0) {
            problem = "EVENTS_NOT_CHAINED";
            message = waiting + " event(s) wait to be chained, the oldest for " + oldestWaiting.toSeconds()
                    + " s (longer than " + LONGEST_WAIT.toSeconds() + " s): the audit chainer is not running or "
                    + "cannot chain them, and until it does they could be removed unnoticed.";
        }
        boolean intact = brokenAt == null && problem == null;
        return new Result(intact, checked, brokenAt, problem,
                intact ? "The audit log is intact: " + checked + " events checked"
                        + (waiting > 0 ? ", " + waiting + " waiting to be chained." : ".") : message,
                last, checkpoint == null ? null : checkpoint.sequence(), waiting,
                oldestWaiting == null ? null : oldestWaiting.toSeconds());
    }

    private void breakAt(long sequence, String code, String text) {
        if (brokenAt == null || sequence < brokenAt) {
            brokenAt = sequence;
            problem = code;
            message = text;
        }
    }
}
