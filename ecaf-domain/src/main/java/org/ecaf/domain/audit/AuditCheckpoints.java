package org.ecaf.domain.audit;

import java.util.Optional;

/** Where the signed checkpoints of the audit chain are kept, outside the database. */
public interface AuditCheckpoints {

    /** What the store holds: the latest checkpoint whose signature holds, and how many lines did not hold. */
    record Latest(Optional<AuditCheckpoint> checkpoint, int rejected) {
    }

    /** Reads the store. */
    Latest latest();
}
