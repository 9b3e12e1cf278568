package org.ecaf.domain.audit;

import java.util.Optional;

/** Where the signed checkpoints of the audit chain are kept, outside the database. */
public interface AuditCheckpoints {

    /**
     * What the store holds for one log: its latest checkpoint whose signature holds, how many lines did not hold,
     * and how many valid checkpoints belong to other logs (another database once kept with the same data folder).
     */
    record Latest(Optional<AuditCheckpoint> checkpoint, int rejected, int otherLogs) {
    }

    /** Reads the store for the log whose first event has the hash {@code chain}. */
    Latest latest(String chain);
}
