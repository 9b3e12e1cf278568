package org.ecaf.domain.audit;

import java.util.List;

/** The append-only audit log. */
public interface AuditLog {

    /** Appends an event at the end of the chain, within the caller's transaction. */
    AuditEvent append(AuditEntry entry);

    /** The events about one record, oldest first. */
    List<AuditEvent> forRecord(String recordType, String recordId);

    /** The newest events, newest first. */
    List<AuditEvent> latest(int limit);

    /** Events {@code fromSequence} onwards, at most {@code limit}, in order. */
    List<AuditEvent> range(long fromSequence, int limit);

    /** The end of the chain as the head row records it (committed). */
    ChainHead head();
}
