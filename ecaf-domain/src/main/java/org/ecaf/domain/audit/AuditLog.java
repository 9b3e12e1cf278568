package org.ecaf.domain.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The append-only audit log. An appended event is written with the caller's transaction but takes its place in the
 * chain (sequence and keyed hash) a moment later, when a chainer links the waiting events in a batch; until then it is
 * {@linkplain #waiting() waiting}.
 */
public interface AuditLog {

    /** How many events wait to be chained, and when the oldest of them happened (null when none waits). */
    record Waiting(long count, OffsetDateTime oldest) {
    }

    /**
     * Writes an event within the caller's transaction, without waiting for other appends: it commits or rolls back
     * with the act it records, and is chained after it commits.
     */
    AuditEvent append(AuditEntry entry);

    /** The events about one record, oldest first (in the order they were written, chained or waiting). */
    List<AuditEvent> forRecord(String recordType, String recordId);

    /** The newest events, newest first (in the order they were written, chained or waiting). */
    List<AuditEvent> latest(int limit);

    /** Chained events {@code fromSequence} onwards, at most {@code limit}, in sequence order. */
    List<AuditEvent> range(long fromSequence, int limit);

    /** The end of the chain as the head row records it (committed). */
    ChainHead head();

    /** The events committed but not chained yet. */
    Waiting waiting();
}
