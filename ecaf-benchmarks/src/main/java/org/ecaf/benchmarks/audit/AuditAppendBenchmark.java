package org.ecaf.benchmarks.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.persistence.EcafDataSource;
import org.ecaf.web.infrastructure.persistence.SchemaMigration;

/**
 * Audit append throughput before and after the chain was keyed: the same append the application makes (lock the
 * head row, compute the event's hash, insert the event, move the head, commit: one transaction per event) with the
 * old plain SHA-256 ("unkeyed", as before) and the HMAC-SHA256 ("keyed", as now), alternating rounds on one fresh
 * database; and the cost of the hash alone. See docs/benchmarks.md.
 *
 * <pre>AuditAppendBenchmark [--events N] [--rounds R] [--db jdbc:postgresql://…/db]</pre>
 * Without {@code --db}, a fresh embedded H2 file under {@code target/} configured as the application configures it.
 */
public final class AuditAppendBenchmark {

    private AuditAppendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = 5_000;
        int rounds = 3;
        String db = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--db" -> db = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Properties props = new Properties();
        if (db == null) {
            Path folder = Path.of("target", "audit-bench", UUID.randomUUID().toString()).toAbsolutePath();
            Files.createDirectories(folder.getParent());
            props.setProperty("ecaf.data.dir", folder.toString());
        } else {
            props.setProperty("ecaf.db.url", db);
            props.setProperty("ecaf.db.user", System.getProperty("user", "postgres"));
        }
        Settings settings = new Settings(Map.of(), props);
        DataSource dataSource = new EcafDataSource(settings);
        SchemaMigration.migrate(dataSource, AuditAppendBenchmark.class.getClassLoader());
        AuditKey key = AuditKey.of(new byte[32]);

        hashOnly(key);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            append(c, null, 1_000); // warm-up
            append(c, key, 1_000);
            for (int r = 1; r <= rounds; r++) {
                for (AuditKey k : new AuditKey[] {null, key}) {
                    long start = System.nanoTime();
                    append(c, k, events);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "round %d %-8s %,d appends in %.2f s: %,.0f appends/s%n", r,
                            k == null ? "unkeyed" : "keyed", events, seconds, events / seconds);
                }
            }
        }
    }

    private static void hashOnly(AuditKey key) {
        AuditEntry entry = new AuditEntry("practitioner1", "case.read", "case", "1234", AuditOutcome.SUCCESS,
                "read revision 3 of assessment 77");
        OffsetDateTime at = OffsetDateTime.now();
        long sink = 0;
        for (int pass = 0; pass < 2; pass++) {
            int n = 500_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += AuditEvent.unkeyedAfter(i, AuditEvent.GENESIS, at, entry).getHash().charAt(0);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += AuditEvent.after(i, AuditEvent.GENESIS, at, entry, key).getHash().charAt(0);
            }
            long t2 = System.nanoTime();
            if (pass == 1) {
                System.out.printf(Locale.ROOT, "event built and hashed: unkeyed %.2f µs, keyed %.2f µs (%d)%n",
                        (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, sink % 10);
            }
        }
    }

    /** {@code n} appends, one transaction each, as {@code JpaAuditLog} and the import command make them. */
    private static void append(Connection c, AuditKey key, int n) throws SQLException {
        try (PreparedStatement head = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
             PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor, action,"
                     + " record_type, record_id, outcome, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement move = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            for (int i = 0; i < n; i++) {
                long seq;
                String hash;
                try (ResultSet rs = head.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                    hash = rs.getString(2);
                }
                AuditEntry entry = new AuditEntry("practitioner1", "case.read", "case", Long.toString(i % 500),
                        AuditOutcome.SUCCESS, "read revision " + (i % 7));
                AuditEvent event = key == null ? AuditEvent.unkeyedAfter(seq, hash, OffsetDateTime.now(), entry)
                        : AuditEvent.after(seq, hash, OffsetDateTime.now(), entry, key);
                insert.setLong(1, event.getSequence());
                insert.setObject(2, event.getOccurredAt());
                insert.setString(3, event.getActor());
                insert.setString(4, event.getAction());
                insert.setString(5, event.getRecordType());
                insert.setString(6, event.getRecordId());
                insert.setString(7, event.getOutcome().name());
                insert.setString(8, event.getDetail());
                insert.setString(9, event.getPreviousHash());
                insert.setString(10, event.getHash());
                insert.executeUpdate();
                move.setLong(1, event.getSequence());
                move.setString(2, event.getHash());
                move.executeUpdate();
                c.commit();
            }
        }
    }
}
