package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A start that cannot work ends the process with status 1 and one line saying why, within 30 seconds, instead of a
 * JVM kept alive by Payara's and Hazelcast's threads that serves nothing; until it ends, {@code /health} answers
 * JSON with the reason (never an HTML page), in words that name no address or folder.
 */
@OwnServers
class StartFailureIT {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    /**
     * A failed migration is reported while Payara Micro is still booting; the process ends once the boot is over
     * plus ECAF_FAILED_START_EXIT_SECONDS, which on a busy two-core machine is well over LIMIT after the report.
     * What matters is that it ends, with status 1, not that the boot is quick.
     */
    private static final Duration EXIT_AFTER_REPORT_LIMIT = Duration.ofSeconds(150);

    @Test
    void aStartOnABusyPortExitsWithOneLineSayingWhy() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            EcafServer server = EcafServer.embedded("busy-port").onPort(taken.getLocalPort());
            assertThat(reasonItExitsWith(server)).contains("HTTP port " + taken.getLocalPort() + " is not available");
        }
    }

    @Test
    void aStartWithAnUnreachableDatabaseExitsWithOneLineSayingWhy() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        EcafServer server = new EcafServer("unreachable-database", EcafServer.TARGET.resolve("servers/unused"), Map.of(
                "ECAF_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/ecaf", "ECAF_DB_USER", "ecaf"));
        assertThat(reasonItExitsWith(server))
                .contains("the database server at 127.0.0.1:" + closedPort + " cannot be reached");
    }

    /**
     * Launches {@code server}, which cannot start, and returns the one line of its log saying why, after checking that
     * the process ended with status 1 within {@link #LIMIT}.
     */
    private static String reasonItExitsWith(EcafServer server) throws IOException {
        Files.deleteIfExists(server.log());
        Instant started = Instant.now();
        server.launch();
        OptionalInt status = server.awaitExit(LIMIT);
        assertThat(status).as("exit status within %s; see %s", LIMIT, server.log()).hasValue(1);
        assertThat(Duration.between(started, Instant.now())).isLessThan(LIMIT);
        List<String> reasons = Files.readAllLines(server.log()).stream()
                .filter(line -> line.startsWith("eCAF could not start:")).toList();
        assertThat(reasons).as("the lines saying why; see %s", server.log()).hasSize(1);
        return reasons.get(0);
    }

    @Test
    void aMigrationThatFailsIsReportedByHealthAsJsonThenTheProcessExits() throws Exception {
        TestDatabase.assumePostgres();
        try (TestDatabase db = TestDatabase.postgres()) {
            // a table in the way of the first migration, as a half-restored or foreign database would have
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("create table agency (something_else integer)");
            }
            EcafServer server = new EcafServer("failed-migration", EcafServer.TARGET.resolve("servers/unused"), Map.of(
                    "ECAF_DB_URL", db.settings().databaseUrl(),
                    "ECAF_DB_USER", db.settings().databaseUser(),
                    "ECAF_FAILED_START_EXIT_SECONDS", "5"));
            Files.deleteIfExists(server.log());
            Instant started = Instant.now();
            server.launch();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpResponse<String> down = null;
            String last = "no answer";
            Instant deadline = started.plus(EcafServer.START_TIMEOUT);
            while (server.isAlive() && Instant.now().isBefore(deadline)) {
                try {
                    HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + server.port() + "/health/ready"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    last = health.statusCode() + " " + health.body();
                    if (health.body().contains("FAILED")) {
                        down = health;
                        break;
                    }
                } catch (IOException notListeningYet) {
                    last = notListeningYet.toString(); // still booting: poll again until the deadline
                }
                server.awaitExit(Duration.ofMillis(100));
            }
            assertThat(down).as("/health reported the failure before the exit (last: %s); see %s", last, server.log())
                    .isNotNull();
            Instant reported = Instant.now();
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            assertThat(down.body()).contains("\"DOWN\"").contains("The database could not be migrated.")
                    .doesNotContain("jdbc:").doesNotContain("127.0.0.1");

            OptionalInt status = server.awaitExit(EXIT_AFTER_REPORT_LIMIT);
            assertThat(status).as("exit status; see %s", server.log()).hasValue(1);
            assertThat(Duration.between(reported, Instant.now())).isLessThan(EXIT_AFTER_REPORT_LIMIT);
            assertThat(Files.readAllLines(server.log()))
                    .filteredOn(line -> line.contains("eCAF could not start:"))
                    .singleElement().asString().contains("The database could not be migrated.");
        }
    }
}
