package org.ecaf.benchmarks.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.audit.ChainHead;
import org.ecaf.web.infrastructure.audit.AuditChain;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.persistence.EcafDataSource;
import org.ecaf.web.infrastructure.persistence.SchemaMigration;

/**
 * Audit append throughput with N concurrent clients, each appending events in transactions of one event:
 * <ul>
 * <li>{@code locked}: the append eCAF made before version 13 — lock the {@code audit_head} row, hash the event after
 * it, insert it, move the head, commit — so every append waits for the one before to commit;</li>
 * <li>{@code batched}: the append eCAF makes now — insert the event waiting to be chained (ids allocated 50 at a time,
 * as JPA does), commit — with the node's chainer linking the waiting events every 100 ms
 * ({@link AuditChain#chainAll}) in a thread of its own.</li>
 * </ul>
 * Each run ends when every client has made its appends; the batched run then reports how long the chainer took to
 * catch up, and the whole chain is verified under the key. And the cost of building and hashing an event alone. See
 * docs/benchmarks.md.
 *
 * <pre>AuditAppendBenchmark [--events N per client] [--clients 1,16] [--rounds R] [--db jdbc:postgresql://…/db]</pre>
 * Without {@code --db}, a fresh embedded H2 file under {@code target/} configured as the application configures it.
 */
public final class AuditAppendBenchmark {

    private static final long CHAIN_EVERY_MILLIS = 100;

    private AuditAppendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = 1_000;
        int rounds = 2;
        List<Integer> clientCounts = List.of(1, 16);
        String db = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--clients" -> clientCounts = java.util.Arrays.stream(args[i + 1].split(","))
                        .map(String::strip).map(Integer::valueOf).toList();
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
        run(dataSource, key, "locked", 4, 200); // warm-up
        run(dataSource, key, "batched", 4, 200);
        for (int r = 1; r <= rounds; r++) {
            for (int clients : clientCounts) {
                for (String mode : List.of("locked", "batched")) {
                    run(dataSource, key, mode, clients, events);
                }
            }
        }
        try (Connection c = dataSource.getConnection()) {
            System.out.println("chain: " + check(c, key));
        }
    }

    /** {@code clients} threads, each with its own connection, make {@code events} appends each. */
    private static void run(DataSource dataSource, AuditKey key, String mode, int clients, int events)
            throws Exception {
        boolean batched = mode.equals("batched");
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        AtomicBoolean appending = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?> chainer = batched ? pool.submit(() -> {
                try (Connection c = dataSource.getConnection()) {
                    while (appending.get()) {
                        AuditChain.chainAll(c, key);
                        Thread.sleep(CHAIN_EVERY_MILLIS);
                    }
                }
                return null;
            }) : null;
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                int client = t;
                work.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        start.await();
                        if (batched) {
                            appendWaiting(c, client, events);
                        } else {
                            appendLocked(c, key, client, events);
                        }
                    }
                    return null;
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            for (Future<?> f : work) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            appending.set(false);
            String catchUp = "";
            if (chainer != null) {
                chainer.get();
                long c0 = System.nanoTime();
                long rest;
                try (Connection c = dataSource.getConnection()) {
                    rest = AuditChain.chainAll(c, key);
                }
                catchUp = String.format(Locale.ROOT, "; %,d left to chain after the last append, chained in %.0f ms",
                        rest, (System.nanoTime() - c0) / 1e6);
            }
            long total = (long) clients * events;
            System.out.printf(Locale.ROOT, "%-7s %2d client(s): %,d appends in %.2f s: %,.0f appends/s%s%n", mode,
                    clients, total, seconds, total / seconds, catchUp);
        } finally {
            pool.shutdownNow();
        }
    }

    private static AuditEntry entry(int client, int i) {
        return new AuditEntry("practitioner" + client, "case.read", "case", Integer.toString(i % 500),
                AuditOutcome.SUCCESS, "read revision " + (i % 7));
    }

    /** The append before version 13: under the locked head row, one transaction per event. */
    private static void appendLocked(Connection c, AuditKey key, int client, int n) throws SQLException {
        try (PreparedStatement head = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
             PreparedStatement nextId = c.prepareStatement(nextIdSql(c));
             PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (id, seq, occurred_at, actor,"
                     + " action, record_type, record_id, outcome, detail, previous_hash, hash)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement move = c.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            Ids ids = new Ids(nextId);
            for (int i = 0; i < n; i++) {
                long id = ids.next(); // as JPA allocates them (the old schema had no id: one query in 50 more)
                long seq;
                String hash;
                try (ResultSet rs = head.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                    hash = rs.getString(2);
                }
                AuditEvent event = AuditEvent.after(seq, hash, OffsetDateTime.now(), entry(client, i), key);
                insert.setLong(1, id);
                insert.setLong(2, event.getSequence());
                insert.setObject(3, event.getOccurredAt());
                insert.setString(4, event.getActor());
                insert.setString(5, event.getAction());
                insert.setString(6, event.getRecordType());
                insert.setString(7, event.getRecordId());
                insert.setString(8, event.getOutcome().name());
                insert.setString(9, event.getDetail());
                insert.setString(10, event.getPreviousHash());
                insert.setString(11, event.getHash());
                insert.executeUpdate();
                move.setLong(1, event.getSequence());
                move.setString(2, event.getHash());
                move.executeUpdate();
                c.commit();
            }
        }
    }

    /** The append now: the event is inserted waiting to be chained, one transaction per event, no lock. */
    private static void appendWaiting(Connection c, int client, int n) throws SQLException {
        try (PreparedStatement nextId = c.prepareStatement(nextIdSql(c));
             PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action,"
                     + " record_type, record_id, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Ids ids = new Ids(nextId);
            for (int i = 0; i < n; i++) {
                AuditEvent event = AuditEvent.unchained(OffsetDateTime.now(), entry(client, i));
                insert.setLong(1, ids.next());
                insert.setObject(2, event.getOccurredAt());
                insert.setString(3, event.getActor());
                insert.setString(4, event.getAction());
                insert.setString(5, event.getRecordType());
                insert.setString(6, event.getRecordId());
                insert.setString(7, event.getOutcome().name());
                insert.setString(8, event.getDetail());
                insert.executeUpdate();
                c.commit();
            }
        }
    }

    private static String nextIdSql(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                ? "SELECT nextval('audit_event_id_seq')" : "SELECT NEXT VALUE FOR audit_event_id_seq";
    }

    /** Ids from {@code audit_event_id_seq} in blocks of 50 (value − 49 … value), as JPA allocates them. */
    private static final class Ids {
        private final PreparedStatement next;
        private long value;
        private long last = -1;

        Ids(PreparedStatement next) {
            this.next = next;
        }

        long next() throws SQLException {
            if (value > last) {
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                }
                value = last - 49;
            }
            return value++;
        }
    }

    private static ChainHead head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash, keyed_from FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new ChainHead(rs.getLong(1), rs.getString(2), rs.getLong(3));
        }
    }

    /**
     * Checks the chain as verification does: numbered 1 … head without a gap, each event linked to the one before and
     * its stored hash the keyed hash of its content; returns a sentence.
     */
    private static String check(Connection c, AuditKey key) throws SQLException {
        ChainHead head = head(c);
        long expected = 1;
        String previous = AuditEvent.GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, occurred_at, actor, action, record_type, record_id,"
                + " outcome, detail, previous_hash, hash FROM audit_event WHERE seq IS NOT NULL ORDER BY seq")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    AuditEntry entry = new AuditEntry(rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), AuditOutcome.valueOf(rs.getString(7)), rs.getString(8));
                    String hash = AuditEvent.after(seq - 1, previous, rs.getObject(2, OffsetDateTime.class), entry,
                            key).getHash();
                    if (seq != expected || !previous.equals(rs.getString(9)) || !hash.equals(rs.getString(10))) {
                        return "BROKEN at event " + seq;
                    }
                    previous = hash;
                    expected++;
                }
            }
        }
        long waiting;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            waiting = rs.getLong(1);
        }
        return (expected - 1 == head.sequence() && previous.equals(head.hash()) ? "intact, " : "HEAD MISMATCH, ")
                + (expected - 1) + " events chained without a gap, " + waiting + " waiting";
    }

    private static void hashOnly(AuditKey key) {
        AuditEntry entry = new AuditEntry("practitioner1", "case.read", "case", "1234", AuditOutcome.SUCCESS,
                "read revision 3 of assessment 77");
        OffsetDateTime at = OffsetDateTime.now();
        long sink = 0;
        for (int pass = 0; pass < 2; pass++) {
            int n = 500_000;
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sink += AuditEvent.after(i, AuditEvent.GENESIS, at, entry, key).getHash().charAt(0);
            }
            long t2 = System.nanoTime();
            if (pass == 1) {
                System.out.printf(Locale.ROOT, "event built and hashed (keyed): %.2f µs (%d)%n",
                        (t2 - t1) / 1e3 / n, sink % 10);
            }
        }
    }
}
