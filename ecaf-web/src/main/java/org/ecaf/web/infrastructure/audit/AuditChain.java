package org.ecaf.web.infrastructure.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.domain.audit.AuditOutcome;

/**
 * Links the events waiting in {@code audit_event} (committed, no sequence yet) into the keyed chain, a batch at a
 * time: lock the {@code audit_head} row, read the waiting events in id order, give each the next sequence and its
 * HMAC over its content and the hash before it, write them and the head, commit. The head lock makes chainers on
 * several nodes (and the import command) take turns; each finds only what is still waiting. An event whose
 * transaction rolled back was never committed, so it is never chained; one committed after a batch was read waits for
 * the next. Plain JDBC, so that the application, the import command and the benchmarks chain the same way.
 */
public final class AuditChain {

    /** The most events linked in one transaction. */
    public static final int BATCH = 2_000;

    /** Opens a connection of the application's database. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private AuditChain() {
    }

    /**
     * Chains every event waiting now, in transactions of at most {@link #BATCH}; returns how many it chained.
     * Events committed meanwhile are chained too, as long as batches come back full.
     */
    public static long chainAll(Connections connections, AuditKey key) throws SQLException {
        try (Connection c = connections.open()) {
            return chainAll(c, key);
        }
    }

    /** {@link #chainAll(Connections, AuditKey)} on a connection of the caller's (left in auto-commit afterwards). */
    public static long chainAll(Connection c, AuditKey key) throws SQLException {
        long total = 0;
        int chained;
        do {
            chained = chainBatch(c, key, BATCH);
            total += chained;
        } while (chained == BATCH);
        return total;
    }

    /**
     * Chains at most {@code limit} waiting events in one transaction of its own on {@code c}; returns how many.
     * On failure the transaction is rolled back (nothing is chained) and the exception thrown.
     */
    public static int chainBatch(Connection c, AuditKey key, int limit) throws SQLException {
        if (!anyWaiting(c)) {
            return 0; // nothing to do: the head row is not locked at all (the chainer looks every 100 ms)
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            int chained = link(c, key, limit);
            c.commit();
            return chained;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static boolean anyWaiting(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM audit_event WHERE seq IS NULL FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private record Waiting(long id, OffsetDateTime at, AuditEntry entry) {
    }

    private static int link(Connection c, AuditKey key, int limit) throws SQLException {
        long sequence;
        String hash;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the audit_head row is missing");
            }
            sequence = rs.getLong(1);
            hash = rs.getString(2);
        }
        List<Waiting> waiting = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, actor, action, record_type, record_id,"
                + " outcome, detail FROM audit_event WHERE seq IS NULL ORDER BY id FETCH FIRST " + limit
                + " ROWS ONLY")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    waiting.add(new Waiting(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                            new AuditEntry(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                    AuditOutcome.valueOf(rs.getString(7)), rs.getString(8))));
                }
            }
        }
        if (waiting.isEmpty()) {
            return 0;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE audit_event SET seq = ?, previous_hash = ?, hash = ? WHERE id = ? AND seq IS NULL")) {
            for (Waiting w : waiting) {
                // the hash covers what the database holds (the time as read back), which is what verification reads
                AuditEvent event = AuditEvent.after(sequence, hash, w.at(), w.entry(), key);
                update.setLong(1, event.getSequence());
                update.setString(2, event.getPreviousHash());
                update.setString(3, event.getHash());
                update.setLong(4, w.id());
                update.addBatch();
                sequence = event.getSequence();
                hash = event.getHash();
            }
            for (int count : update.executeBatch()) {
                if (count == 0) {
                    // another chainer linked it although the head was locked: never leave a gap, start again
                    throw new SQLException("an audit event was chained by someone else while the head was locked");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, sequence);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
        return waiting.size();
    }

    /**
     * Writes one event waiting to be chained, in the transaction of {@code c}, as {@code JpaAuditLog} does for the
     * application (for tools that write with JDBC: the import command, the benchmarks). Its id comes from
     * {@code audit_event_id_seq}.
     */
    public static long insertWaiting(Connection c, OffsetDateTime at, AuditEntry entry) throws SQLException {
        AuditEvent event = AuditEvent.unchained(at, entry);
        long id;
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (PreparedStatement ps = c.prepareStatement(postgres ? "SELECT nextval('audit_event_id_seq')"
                : "SELECT NEXT VALUE FOR audit_event_id_seq");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action,"
                + " record_type, record_id, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setObject(2, event.getOccurredAt());
            ps.setString(3, event.getActor());
            ps.setString(4, event.getAction());
            ps.setString(5, event.getRecordType());
            ps.setString(6, event.getRecordId());
            ps.setString(7, event.getOutcome().name());
            ps.setString(8, event.getDetail());
            ps.executeUpdate();
        }
        return id;
    }
}
