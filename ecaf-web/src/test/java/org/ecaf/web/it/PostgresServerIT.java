package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The packaged application on PostgreSQL, configured only by {@code ECAF_DB_URL}, {@code ECAF_DB_USER} and
 * {@code ECAF_DEMO}: the same migrations run, the application works, and a restart neither migrates again nor
 * seeds the demo data twice; a case goes through to approval and a copy, so every table is used on PostgreSQL.
 * Skipped when no PostgreSQL answers (failed when that happens on CI).
 */
@OwnServers
class PostgresServerIT {

    @Test
    void theApplicationRunsOnPostgresAndARestartKeepsEverythingOnce() throws SQLException, java.io.IOException {
        TestDatabase.assumePostgres();
        try (TestDatabase db = TestDatabase.postgres()) {
            Map<String, String> env = Map.of(
                    "ECAF_DB_URL", db.settings().databaseUrl(),
                    "ECAF_DB_USER", db.settings().databaseUser(),
                    "ECAF_DEMO", "true");
            try (EcafServer server = new EcafServer("postgres-1", EcafServer.TARGET.resolve("servers/unused"), env).start()) {
                Api.Answer health = Api.anonymous(server.baseUrl()).get("/health");
                assertThat(health.body()).contains("\"UP\"").doesNotContain("jdbc:");
                assertThat(java.nio.file.Files.readString(server.log())).contains("on the database at jdbc:postgresql:");
                assertThat(Api.as(server, "teamlead2").get("/api/v1/me").json().getString("displayName"))
                        .isEqualTo("Łucja Nowak");
                // the case model on PostgreSQL: a case through to approval, a copy issued and logged
                Api aisha = Api.as(server, "practitioner1");
                long agency = Journeys.agencyId(aisha, "NBH-CHS");
                long caseId = Journeys.submittedCase(aisha, agency);
                Journeys.expect(Api.as(server, "teamlead1").post("/api/v1/cases/" + caseId + "/assessment/approval",
                        jakarta.json.Json.createObjectBuilder().add("comment", "Approved on PostgreSQL").build()), 200);
                Api.Answer copy = aisha.get("/api/v1/cases/" + caseId + "/copies/agency.pdf?agency=" + agency);
                assertThat(copy.status()).as(copy.toString()).isEqualTo(200);
                assertThat(aisha.get("/api/v1/cases/" + caseId + "/disclosures").array()).hasSize(1);
                assertThat(aisha.get("/api/v1/cases/" + caseId).json().getString("state")).isEqualTo("APPROVED");
                assertThat(Api.as(server, "admin").get("/api/v1/audit/verification").json().getBoolean("intact")).isTrue();
            }
            assertThat(count(db, "select count(*) from practitioner")).isEqualTo(6);
            long migrations = count(db, "select count(*) from flyway_schema_history where success");
            assertThat(migrations).isGreaterThanOrEqualTo(1);

            try (EcafServer again = new EcafServer("postgres-2", EcafServer.TARGET.resolve("servers/unused"), env).start()) {
                assertThat(Api.as(again, "practitioner3").get("/api/v1/me").status()).isEqualTo(200);
            }
            assertThat(count(db, "select count(*) from practitioner")).isEqualTo(6);
            assertThat(count(db, "select count(*) from flyway_schema_history where success")).isEqualTo(migrations);
        }
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
