package org.ecaf.web.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the audit events chained by this node so that a checkpoint is taken every
 * {@code ECAF_AUDIT_CHECKPOINT_EVENTS} of them; the {@link AuditCheckpointer} listens once it has started (before
 * that, events are only counted).
 */
@ApplicationScoped
public class AuditAppends {

    private final AtomicLong sinceCheckpoint = new AtomicLong();
    private volatile long every = Long.MAX_VALUE;
    private volatile Runnable listener;

    void listen(long everyEvents, Runnable onThreshold) {
        this.every = everyEvents;
        this.listener = onThreshold;
    }

    void reset() {
        sinceCheckpoint.set(0);
    }

    /** {@code events} more events were chained and committed (the checkpoint reads the committed head). */
    public void chained(long events) {
        if (sinceCheckpoint.addAndGet(events) >= every) {
            sinceCheckpoint.set(0);
            Runnable l = listener;
            if (l != null) {
                l.run();
            }
        }
    }
}
