package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.web.infrastructure.audit.AuditChain;
import org.ecaf.web.infrastructure.audit.AuditKeys;
import org.ecaf.web.infrastructure.audit.CheckpointFile;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 10, findings 7 and 8, against the packaged application. Finding 7: someone with the database (and not the
 * audit key) rewrites the audit log directly, four ways, on H2 and on PostgreSQL, and each is detected by
 * {@code GET /api/v1/audit/verification} with the first broken sequence and the true count of events checked. The
 * tamperings follow one another on one log, each at an earlier sequence than the one before, so that each report
 * shows the new tampering and not the old. Finding 8: a {@code recordType} longer than its column is a 422 problem
 * naming the parameter, and its refusal is in the audit log.
 *
 * <p>The H2 server opens its file with {@code AUTO_SERVER=TRUE} so that this test can change the database while
 * the server runs. The PostgreSQL test is skipped when no server answers, and fails then on CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnServers
class AuditTamperingIT {

    private Path h2Data;
    private String h2Url;
    private EcafServer h2Server;

    @BeforeAll
    void startH2Server() {
        h2Data = EcafServer.TARGET.resolve("servers/audit-h2-data");
        EcafServer.deleteRecursively(h2Data);
        h2Url = "jdbc:h2:file:" + h2Data.resolve("ecaf") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        try {
            // the server appends to its log: this run's lines only, so that what the test reads is this run's
            Files.deleteIfExists(EcafServer.TARGET.resolve("servers/audit-h2.log"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        h2Server = new EcafServer("audit-h2", h2Data, Map.of("ECAF_DB_URL", h2Url, "ECAF_DB_USER", "ecaf",
                "ECAF_DEMO", "true", "ECAF_AUDIT_CHECKPOINT_SECONDS", "1")).start();
    }

    @AfterAll
    void stopH2Server() {
        if (h2Server != null) {
            h2Server.close();
        }
    }

    @Test
    void finding7EachTamperingOfTheAuditLogIsDetectedOnH2() throws Exception {
        Path keyFile = h2Data.resolve(AuditKeys.KEY_FILE);
        assertThat(keyFile).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        String secret = Files.readString(keyFile).strip();
        assertThat(Files.readString(h2Server.log())).as("the key is never logged").doesNotContain(secret);
        Properties props = new Properties();
        props.setProperty("ecaf.data.dir", h2Data.toString());
        AuditKey key = AuditKeys.load(new Settings(Map.of(), props));

        tamperFourWaysAndExpectEachDetected(h2Server, key, () -> DriverManager.getConnection(h2Url, "ecaf", ""));

        Path checkpoints = h2Data.resolve(CheckpointFile.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(checkpoints))).isEqualTo("rw-------");
        assertThat(Files.readString(h2Server.log())).contains("Audit checkpoint (start-up): ecaf-audit-checkpoint v1")
                .as("the demo data's events are chained before the start-up checkpoint, which names this log")
                .doesNotContain("belong to another audit log");
        // the head moved back is never signed; the server says so at its next turn
        h2Server.awaitCondition("a SEVERE line about the head moved back", Duration.ofSeconds(30),
                () -> Files.readString(h2Server.log()).contains("is behind or differs from the last signed checkpoint"));
    }

    @Test
    void finding7EachTamperingOfTheAuditLogIsDetectedOnPostgres() throws Exception {
        TestDatabase.assumePostgres();
        byte[] secret = new byte[32];
        Arrays.fill(secret, (byte) 7);
        Path data = EcafServer.TARGET.resolve("servers/audit-pg-data");
        EcafServer.deleteRecursively(data);
        try (TestDatabase db = TestDatabase.postgres();
             EcafServer server = new EcafServer("audit-pg", data, Map.of(
                     "ECAF_DB_URL", db.settings().databaseUrl(), "ECAF_DB_USER", db.settings().databaseUser(),
                     "ECAF_DEMO", "true", "ECAF_AUDIT_CHECKPOINT_SECONDS", "1",
                     "ECAF_AUDIT_KEY", Base64.getEncoder().encodeToString(secret))).start()) {
            assertThat(data.resolve(AuditKeys.KEY_FILE)).as("ECAF_AUDIT_KEY is used, no key file").doesNotExist();
            tamperFourWaysAndExpectEachDetected(server, AuditKey.of(secret), () -> db.dataSource().getConnection());
        }
    }

    @Test
    void finding8ATooLongRecordTypeIsA422NamingTheParameterAndItsRefusalIsAudited() throws SQLException {
        String tooLong = "r".repeat(41);
        Api.Answer answer = Api.as(h2Server, "practitioner3").get("/api/v1/audit?recordType=" + tooLong);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.json().getString("code")).isEqualTo("INVALID_INPUT");
        JsonObject violation = answer.json().getJsonArray("violations").getJsonObject(0);
        assertThat(violation.getString("target")).isEqualTo("recordType");
        assertThat(violation.getString("code")).isEqualTo("PARAMETER_TOO_LONG");
        assertThat(violation.getString("message")).contains("recordType", "40");

        try (Connection c = DriverManager.getConnection(h2Url, "ecaf", "");
             PreparedStatement ps = c.prepareStatement("SELECT record_type, detail FROM audit_event WHERE actor = ?"
                     + " AND action = 'audit.read' AND outcome = 'REFUSED'")) {
            ps.setString(1, "practitioner3");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("the refusal's audit row").isTrue();
                assertThat(rs.getString(1)).isEqualTo("r".repeat(39) + AuditEntry.SHORTENED);
                assertThat(rs.getString(2)).contains("INVALID_INPUT").contains("PARAMETER_TOO_LONG");
            }
        }
        // a recordId beyond its column and a limit out of range are refused the same way, also for an administrator
        Api.Answer admin = Api.as(h2Server, "admin").get("/api/v1/audit?recordType=case&recordId=" + "9".repeat(61)
                + "&limit=0");
        assertThat(admin.status()).as(admin.toString()).isEqualTo(422);
        assertThat(admin.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("target")).containsExactly("recordId", "limit");
    }

    @Test
    void theLastEventsAreChainedAndCheckpointedAtShutdownAndWhatAKilledNodeLeftIsChainedAtTheNextStart()
            throws Exception {
        Path data;
        long verifiedUpTo;
        // checkpoints once a minute (the default) and after 1,000 appends: only the shutdown one covers the last events
        try (EcafServer server = EcafServer.embedded("audit-shutdown").start()) {
            data = server.dataDirectory();
            for (int i = 0; i < 3; i++) {
                assertThat(verification(Api.as(server, "admin")).getBoolean("intact")).isTrue();
            }
            verifiedUpTo = verification(Api.as(server, "admin")).getJsonNumber("lastSequence").longValue();
        }
        Properties props = new Properties();
        props.setProperty("ecaf.data.dir", data.toString());
        Settings settings = new Settings(Map.of(), props);
        AuditKey key = AuditKeys.load(settings);
        try (Connection c = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword())) {
            Head head = head(c);
            assertThat(head.sequence()).isGreaterThan(verifiedUpTo);
            var latest = new CheckpointFile(data, key).latest(event(c, 1).hash());
            assertThat(latest.rejected()).isZero();
            assertThat(latest.checkpoint()).as("a checkpoint of the head at shutdown").isPresent();
            assertThat(latest.checkpoint().get().sequence()).isEqualTo(head.sequence());
            assertThat(latest.checkpoint().get().hash()).isEqualTo(head.hash());
            assertThat(waiting(c)).as("events left waiting after shutdown").isZero();

            // a node killed between writing an event and chaining it leaves it waiting in the database
            AuditChain.insertWaiting(c, OffsetDateTime.now().minusMinutes(5), new AuditEntry("practitioner1",
                    "case.read", "case", "left-by-a-killed-node", AuditOutcome.SUCCESS, null));
            assertThat(waiting(c)).isEqualTo(1);
        }
        try (EcafServer again = new EcafServer("audit-shutdown-again", data,
                Map.of("ECAF_SIGN_IN_AUDIT_SECONDS", "2")).start()) {
            Api admin = Api.as(again, "admin");
            again.awaitCondition("the event left waiting chained", Duration.ofSeconds(30), () -> {
                // (each of these reads is itself audited about the same record, as audit.read)
                var left = admin.get("/api/v1/audit?recordType=case&recordId=left-by-a-killed-node").array()
                        .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("action").equals("case.read"))
                        .toList();
                assertThat(left).hasSize(1);
                return left.get(0).get("sequence") instanceof JsonNumber;
            });
            JsonObject report = verification(admin);
            assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
            assertThat(report.getJsonNumber("lastSequence").longValue()).isGreaterThan(verifiedUpTo);
        }
    }

    private static long waiting(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Waits (with a deadline) until no event waits to be chained: the events of the requests just answered have their
     * place in the chain, and none comes until the next request.
     */
    private static void awaitAllChained(EcafServer server, Connection c) throws Exception {
        server.awaitCondition("every audit event chained", Duration.ofSeconds(30), () -> waiting(c) == 0);
    }

    @FunctionalInterface
    interface Database {
        Connection connect() throws SQLException;
    }

    private record Head(long sequence, String hash) {
    }

    private static void tamperFourWaysAndExpectEachDetected(EcafServer server, AuditKey key, Database db)
            throws Exception {
        Api admin = Api.as(server, "admin");
        for (int i = 0; i < 15; i++) {
            JsonObject intact = verification(admin);
            assertThat(intact.getBoolean("intact")).as(intact.toString()).isTrue();
        }
        try (Connection c = db.connect()) {
            // 1. the last event rewritten (actor, detail) with a recomputed plain SHA-256, the head row moved with it
            awaitAllChained(server, c);
            Head head = head(c);
            long last = head.sequence();
            Row original = event(c, last);
            AuditEvent forged = AuditEvent.unkeyedAfter(last - 1, original.previousHash(), original.at(),
                    new AuditEntry("someone-else", original.action(), original.recordType(), original.recordId(),
                            AuditOutcome.valueOf(original.outcome()), "nothing happened"));
            assertThat(forged.getHash()).isEqualTo(forged.legacyHash());
            update(c, "UPDATE audit_event SET actor = ?, detail = ?, hash = ? WHERE seq = ?",
                    "someone-else", "nothing happened", forged.getHash(), last);
            update(c, "UPDATE audit_head SET last_hash = ? WHERE id = 1", forged.getHash());
            JsonObject report = verification(admin);
            assertBroken(report, last, "EVENT_ALTERED");
            assertThat(report.getJsonNumber("eventsChecked").longValue()).isEqualTo(last);

            // 2. the newest events deleted (before any new event is appended)
            awaitAllChained(server, c);
            awaitCheckpointOfHead(server, key, c);
            long keep = last - 3;
            long before = head(c).sequence();
            update(c, "DELETE FROM audit_event WHERE seq > ?", keep);
            report = verification(admin);
            assertBroken(report, keep + 1, "EVENTS_MISSING_SINCE_CHECKPOINT");
            assertThat(report.getJsonNumber("eventsChecked").longValue()).isEqualTo(keep);
            assertThat(report.getJsonNumber("checkpointSequence").longValue()).isGreaterThanOrEqualTo(before);

            // 3. the tail deleted and the head row moved back to the new last event
            awaitAllChained(server, c);
            awaitCheckpointOfHead(server, key, c);
            long keepFewer = keep - 3;
            update(c, "DELETE FROM audit_event WHERE seq > ?", keepFewer);
            update(c, "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", keepFewer,
                    event(c, keepFewer).hash());
            report = verification(admin);
            assertBroken(report, keepFewer + 1, "EVENTS_MISSING_SINCE_CHECKPOINT");
            assertThat(report.getJsonNumber("eventsChecked").longValue()).isEqualTo(keepFewer);

            // 4. a row in the middle edited: found there, with every event still counted (not 0)
            awaitAllChained(server, c);
            long middle = keepFewer - 5;
            update(c, "UPDATE audit_event SET detail = ? WHERE seq = ?", "rewritten", middle);
            long events = head(c).sequence();
            report = verification(admin);
            assertBroken(report, middle, "EVENT_ALTERED");
            assertThat(report.getJsonNumber("eventsChecked").longValue()).isEqualTo(events);
        }
    }

    private static JsonObject verification(Api admin) {
        Api.Answer answer = admin.get("/api/v1/audit/verification");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static void assertBroken(JsonObject report, long sequence, String problem) {
        assertThat(report.getBoolean("intact")).as(report.toString()).isFalse();
        assertThat(report.getJsonNumber("firstBrokenSequence").longValue()).as(report.toString()).isEqualTo(sequence);
        assertThat(report.getString("problem")).as(report.toString()).isEqualTo(problem);
    }

    /** Waits (with a deadline) until the server has signed a checkpoint of the head now in the database. */
    private static void awaitCheckpointOfHead(EcafServer server, AuditKey key, Connection c) throws Exception {
        long head = head(c).sequence();
        String chain = event(c, 1).hash();
        CheckpointFile file = new CheckpointFile(server.dataDirectory(), key);
        server.awaitCondition("a checkpoint of event " + head, Duration.ofSeconds(60),
                () -> file.latest(chain).checkpoint().map(cp -> cp.sequence()).orElse(-1L) >= head);
    }

    private static Head head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    /** One stored row of {@code audit_event}. */
    private record Row(long seq, OffsetDateTime at, String actor, String action, String recordType, String recordId,
                       String outcome, String detail, String previousHash, String hash) {
    }

    private static Row event(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT occurred_at, actor, action, record_type, record_id,"
                + " outcome, detail, previous_hash, hash FROM audit_event WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("event %d", seq).isTrue();
                return new Row(seq, rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9));
            }
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

}
