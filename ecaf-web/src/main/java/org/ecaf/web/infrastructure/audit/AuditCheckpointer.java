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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ecaf.domain.audit.AuditCheckpoint;
import org.ecaf.domain.audit.AuditCheckpoints;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.domain.audit.ChainHead;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.health.ApplicationState;
import org.ecaf.web.infrastructure.persistence.EcafDataSource;

/**
 * Takes signed checkpoints of the audit chain's head outside the database: into {@code audit-checkpoints.log} in
 * the data folder and into the server log. One is taken at start-up, then every {@code ECAF_AUDIT_CHECKPOINT_SECONDS}
 * (default 60) when the head has moved, after every {@code ECAF_AUDIT_CHECKPOINT_EVENTS} events chained by this node
 * (default 1000), and at shutdown (after the events still waiting are chained, see {@link AuditChainer}). Only
 * committed heads are checkpointed (the head row is read in its own connection). A head that moved back, or changed
 * at the same sequence, is never signed: it is logged as SEVERE for an operator to verify the log.
 */
@Singleton
@jakarta.ejb.LocalBean
@Startup
@DependsOn("StartupSequence")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditCheckpointer implements AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointer.class.getName());

    @Resource(lookup = "java:app/jdbc/ecaf")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AuditKeyHolder keys;

    @Inject
    ApplicationState state;

    @Inject
    Clock clock;

    @Inject
    AuditAppends appends;

    private volatile CheckpointFile file;
    private volatile AuditCheckpoint last;
    private String warned;
    private long everyEvents;
    private ScheduledFuture<?> periodic;
    private Thread shutdownHook;

    @PostConstruct
    void start() {
        Settings settings = Settings.fromEnvironment();
        everyEvents = settings.get("ecaf.audit.checkpoint.events").map(Long::parseLong).orElse(1000L);
        long seconds = settings.get("ecaf.audit.checkpoint.seconds").map(Long::parseLong).orElse(60L);
        if (!state.ready()) {
            return; // start-up failed: there is nothing to checkpoint and the process ends soon
        }
        file = new CheckpointFile(settings.dataDirectory(), keys.key());
        // the events start-up wrote (demo data, the first administrator) or a stopped node left, chained first: the
        // start-up checkpoint then names the log by its first event, not the empty log's GENESIS
        chainWaiting(dataSource, keys.key());
        checkpoint("start-up");
        appends.listen(everyEvents, this::soon);
        // Payara Micro ends on SIGTERM without always destroying the application's beans first (and its pool may be
        // closed by then): the last checkpoint is taken by a JVM shutdown hook with a connection of its own
        DataSource direct = new EcafDataSource(settings); // made now: the application's classes may be gone then
        AuditKey key = keys.key();
        shutdownHook = new Thread(() -> {
            chainWaiting(direct, key); // what requests wrote since the chainer's last turn, so the checkpoint covers it
            checkpoint("shutdown", direct::getConnection);
        }, "ecaf-audit-checkpoint-at-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        periodic = scheduler.scheduleWithFixedDelay(() -> checkpoint("periodic"), seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (periodic != null) {
            periodic.cancel(false);
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                return; // the JVM is ending: the shutdown hook takes the last checkpoint (the pool may be closed)
            }
        }
        if (file != null) {
            checkpoint("shutdown"); // the application alone is undeployed
        }
    }

    private static void chainWaiting(DataSource dataSource, AuditKey key) {
        try {
            AuditChain.chainAll(dataSource::getConnection, key);
        } catch (SQLException | RuntimeException | LinkageError e) {
            System.err.println("The audit events waiting could not be chained before the checkpoint (the chainer "
                    + "chains them at its next turn, or the next start): " + e);
        }
    }

    /** Asks for a checkpoint in the background, after {@code ECAF_AUDIT_CHECKPOINT_EVENTS} appends. */
    private void soon() {
        try {
            scheduler.execute(() -> checkpoint("after " + everyEvents + " events"));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "checkpoint not scheduled", e);
        }
    }

    @Override
    public Latest latest(String chain) {
        return file == null ? new Latest(java.util.Optional.empty(), 0, 0) : file.latest(chain);
    }

    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /** Checkpoints the committed head unless it has not moved since the last checkpoint. */
    public void checkpoint(String why) {
        checkpoint(why, () -> dataSource.getConnection());
    }

    private synchronized void checkpoint(String why, Connections connections) {
        try {
            ChainHead head;
            String chain;
            try (Connection c = connections.open()) {
                head = committedHead(c);
                chain = firstHash(c);
            }
            if (last == null || !last.chain().equals(chain)) {
                AuditCheckpoints.Latest known = file.latest(chain);
                last = known.checkpoint().orElse(null);
                if (last == null && known.otherLogs() > 0 && head.sequence() > 0) {
                    LOG.severe("The audit checkpoints in " + file.path() + " belong to another audit log (another "
                            + "database, or a log replaced since): checkpointing this log from event "
                            + head.sequence() + " on. See docs/operations.md.");
                }
            }
            if (last != null && head.sequence() == last.sequence() && head.hash().equals(last.hash())
                    && head.keyedFrom() == last.keyedFrom()) {
                return;
            }
            if (last != null && (head.sequence() < last.sequence()
                    || head.sequence() == last.sequence() && !head.hash().equals(last.hash()))) {
                String state = head.sequence() + " " + head.hash() + " " + last.sequence();
                if (state.equals(warned)) {
                    return; // said once for this head; said again when it changes
                }
                warned = state;
                LOG.severe("The audit head in the database (event " + head.sequence() + ") is behind or differs from "
                        + "the last signed checkpoint (event " + last.sequence() + "): not checkpointed. Verify the "
                        + "audit log (GET /api/v1/audit/verification) and see docs/operations.md.");
                return;
            }
            AuditCheckpoint checkpoint = AuditCheckpoint.of(head, chain, OffsetDateTime.now(clock));
            String line = file.append(checkpoint);
            last = checkpoint;
            appends.reset();
            LOG.info("Audit checkpoint (" + why + "): " + line);
            if ("shutdown".equals(why)) {
                System.err.println("Audit checkpoint (shutdown): " + line); // the log may be closed already
            }
        } catch (SQLException | RuntimeException | LinkageError e) {
            LOG.warning("The audit checkpoint (" + why + ") could not be taken: " + e);
            if ("shutdown".equals(why)) {
                System.err.println("The audit checkpoint (shutdown) could not be taken: " + e);
            }
        }
    }

    private static ChainHead committedHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash, keyed_from FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit_head row is missing");
            }
            return new ChainHead(rs.getLong(1), rs.getString(2), rs.getLong(3));
        }
    }

    /** The hash of the log's first event, which names the log; {@link AuditEvent#GENESIS} while it is empty. */
    private static String firstHash(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_event WHERE seq = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : AuditEvent.GENESIS;
        }
    }
}
