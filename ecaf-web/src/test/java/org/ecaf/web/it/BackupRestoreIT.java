package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Backups taken while the application runs restore into a fresh instance whose audit chain verifies: H2's online
 * {@code BACKUP} (through {@code POST /api/v1/backups}, administrators only) and PostgreSQL's
 * {@code pg_dump}/{@code pg_restore}, as docs/operations.md describes them.
 */
@ExtendWith(EcafServerExtension.class)
class BackupRestoreIT {

    @Test
    void anOnlineH2BackupRestoresIntoAFreshInstanceWhoseAuditChainIsIntact(EcafServer server) throws IOException {
        long caseId = caseWithConsent(Api.as(server, "practitioner1"));
        assertThat(Api.as(server, "practitioner1").post("/api/v1/backups", null).status()).isEqualTo(403);

        Api.Answer backup = Journeys.expect(Api.as(server, "admin").post("/api/v1/backups", null), 201);
        String name = backup.json().getString("file");
        assertThat(name).matches("ecaf-[0-9-]+\\.zip");
        Path zip = server.dataDirectory().resolve("backups").resolve(name);
        assertThat(zip).isRegularFile().hasSize(backup.json().getJsonNumber("bytes").longValue());

        Path restored = EcafServer.TARGET.resolve("servers/h2-restored-data");
        EcafServer.deleteRecursively(restored);
        unzip(zip, restored);
        // the audit key is backed up apart from the database (docs/operations.md) and restored beside it
        Files.copy(server.dataDirectory().resolve("audit.key"), restored.resolve("audit.key"));
        try (EcafServer fresh = new EcafServer("h2-restored", restored, Map.of()).start()) {
            Api.Answer verification = Journeys.expect(Api.as(fresh, "admin").get("/api/v1/audit/verification"), 200);
            assertThat(verification.json().getBoolean("intact")).as(verification.body()).isTrue();
            assertThat(verification.json().getJsonNumber("eventsChecked").longValue()).isPositive();
            assertThat(Api.as(fresh, "practitioner1").get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        }
    }

    @Test
    void aPgDumpTakenWhileRunningRestoresIntoAFreshInstanceWhoseAuditChainIsIntact() throws Exception {
        TestDatabase.assumePostgres();
        try (TestDatabase source = TestDatabase.postgres(); TestDatabase target = TestDatabase.postgres()) {
            Path dump = EcafServer.TARGET.resolve("servers/ecaf.dump");
            long caseId;
            try (EcafServer running = new EcafServer("pg-backup-source", EcafServer.TARGET.resolve("servers/unused"),
                    env(source)).start()) {
                caseId = caseWithConsent(Api.as(running, "practitioner1"));
                run(List.of("pg_dump", "--format=custom", "--no-owner", "--host=127.0.0.1", "--username=" + TestDatabase.POSTGRES_USER,
                        "--file=" + dump, databaseName(source)));
            }
            run(List.of("pg_restore", "--no-owner", "--exit-on-error", "--host=127.0.0.1",
                    "--username=" + TestDatabase.POSTGRES_USER, "--dbname=" + databaseName(target), dump.toString()));
            try (EcafServer fresh = new EcafServer("pg-restored", EcafServer.TARGET.resolve("servers/unused"),
                    env(target)).start()) {
                Api.Answer verification = Journeys.expect(Api.as(fresh, "admin").get("/api/v1/audit/verification"), 200);
                assertThat(verification.json().getBoolean("intact")).as(verification.body()).isTrue();
                assertThat(verification.json().getJsonNumber("eventsChecked").longValue()).isPositive();
                assertThat(Api.as(fresh, "practitioner1").get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
                assertThat(Api.as(fresh, "admin").post("/api/v1/backups", null).status())
                        .as("PostgreSQL is backed up with pg_dump, not by the application").isEqualTo(409);
            }
        }
    }

    private static Map<String, String> env(TestDatabase db) {
        return Map.of("ECAF_DB_URL", db.settings().databaseUrl(), "ECAF_DB_USER", db.settings().databaseUser(),
                "ECAF_DEMO", "true");
    }

    private static String databaseName(TestDatabase db) {
        String url = db.settings().databaseUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Path log = EcafServer.TARGET.resolve("servers/" + command.get(0) + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, Files.readString(log)).isZero();
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(folder)).isTrue();
                if (!entry.isDirectory()) {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
