package org.ecaf.web.infrastructure.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.health.ApplicationState;

/**
 * The node's audit chainer: every {@code ECAF_AUDIT_CHAIN_MILLIS} (default 100) it links the audit events waiting in
 * the database into the keyed chain ({@link AuditChain}), whichever node wrote them. What start-up wrote and what a
 * stopped or killed node left waiting is chained before the start-up checkpoint (by the checkpointer, which starts
 * first), and what is still waiting at shutdown is chained before the last checkpoint (when the JVM ends without destroying
 * the application, the {@link AuditCheckpointer}'s shutdown hook does it before the last checkpoint). It depends on
 * the checkpointer so that it is destroyed first: the last events are chained before the last checkpoint is signed.
 */
@Singleton
@jakarta.ejb.LocalBean
@Startup
@DependsOn({"StartupSequence", "AuditCheckpointer"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainer {

    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

    /** How often a failure to chain is logged again while it lasts. */
    private static final long REPEAT_WARNING_NANOS = TimeUnit.MINUTES.toNanos(1);

    @Resource(lookup = "java:app/jdbc/ecaf")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AuditKeyHolder keys;

    @Inject
    ApplicationState state;

    @Inject
    AuditAppends appends;

    @Inject
    AuditCheckpointer checkpointer;

    private ScheduledFuture<?> periodic;
    private volatile boolean running;
    private long failingSince = -1;
    private long warnedAt;

    @PostConstruct
    void start() {
        long millis = Settings.fromEnvironment().get("ecaf.audit.chain.millis").map(Long::parseLong).orElse(100L);
        if (!state.ready()) {
            return; // start-up failed: nothing is served, and the process ends soon
        }
        running = true;
        long left = chainNow();
        if (left > 0) {
            LOG.info("Chained " + left + " audit event(s) written since the start-up checkpoint.");
            checkpointer.checkpoint("start-up, after chaining " + left + " waiting events");
        }
        periodic = scheduler.scheduleWithFixedDelay(this::chainNow, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (periodic != null) {
            periodic.cancel(false);
        }
        if (running) {
            chainNow(); // the application alone is undeployed, or the server stops in order
            running = false;
        }
    }

    /**
     * Chains every event waiting now and returns how many it chained; a failure (the database unreachable) is logged
     * and left for the next turn, nothing is lost: the events stay waiting in the database.
     */
    public synchronized long chainNow() {
        try {
            long chained = AuditChain.chainAll(dataSource::getConnection, keys.key());
            if (failingSince >= 0) {
                LOG.info("The audit chainer chains again.");
                failingSince = -1;
            }
            if (chained > 0) {
                appends.chained(chained);
            }
            return chained;
        } catch (SQLException | RuntimeException e) {
            long now = System.nanoTime();
            if (failingSince < 0 || now - warnedAt > REPEAT_WARNING_NANOS) {
                LOG.warning("Audit events could not be chained (they wait in the database and are chained at the "
                        + "next turn): " + e);
                warnedAt = now;
                if (failingSince < 0) {
                    failingSince = now;
                }
            }
            return 0;
        }
    }
}
