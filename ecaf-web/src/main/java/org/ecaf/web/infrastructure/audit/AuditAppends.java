package org.ecaf.web.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts audit appends so that a checkpoint is taken every {@code ECAF_AUDIT_CHECKPOINT_EVENTS} appends; the
 * {@link AuditCheckpointer} listens once it has started (before that, appends are only counted).
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

    /** One more event was appended (its transaction may still roll back: the checkpoint reads the committed head). */
    public void appended() {
        if (sinceCheckpoint.incrementAndGet() >= every) {
            sinceCheckpoint.set(0);
            Runnable l = listener;
            if (l != null) {
                l.run();
            }
        }
    }
}
