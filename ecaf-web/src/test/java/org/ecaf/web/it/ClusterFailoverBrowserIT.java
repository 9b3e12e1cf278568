package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;
import static org.ecaf.web.it.AssessmentSteps.latest;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.TestDatabase;
import org.ecaf.web.testing.pages.AssessmentPage;
import org.ecaf.web.testing.pages.CasePage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * Two nodes on one PostgreSQL behind HAProxy (Debian's package), clustered through Payara Micro's Hazelcast:
 * started at the same moment on an empty database, they migrate it once and seed the demo data once; a
 * practitioner signs in through HAProxy, types into an assessment section, the node serving her is killed
 * ({@code kill -9}), and she carries on without signing in again and without losing what autosave acknowledged.
 */
@OwnServers
class ClusterFailoverBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aUserDoesNotNoticeWhenTheNodeServingHerIsKilled() throws Exception {
        TestDatabase.assumePostgres();
        Path haproxyBinary = Path.of("/usr/sbin/haproxy");
        assertThat(haproxyBinary).as("HAProxy is installed (apt-get install haproxy; .ci/run does)").isExecutable();
        try (TestDatabase db = TestDatabase.postgres()) {
            int hz1 = freePort();
            int hz2 = freePort();
            String members = "127.0.0.1:" + hz1 + ",127.0.0.1:" + hz2;
            String cluster = "ecaf-test-" + hz1;
            EcafServer node1 = node("cluster-node1", db, members, hz1, cluster);
            EcafServer node2 = node("cluster-node2", db, members, hz2, cluster);
            Process haproxy = null;
            Browser browser = null;
            try {
                // both nodes at once, on an empty database
                node1.launch();
                node2.launch();
                node1.awaitHealthy();
                node2.awaitHealthy();
                assertThat(rows(db, "select version from flyway_schema_history where success group by version having count(*) > 1"))
                        .as("each migration ran once").isEmpty();
                assertThat(rows(db, "select username from practitioner")).as("demo accounts seeded once").hasSize(6);
                assertThat(Files.readString(node1.log()) + Files.readString(node2.log()))
                        .as("the nodes formed one cluster").contains("DG Size: 2");

                int lbPort = freePort();
                Path config = EcafServer.TARGET.resolve("servers/haproxy.cfg");
                Files.writeString(config, haproxyConfig(lbPort, node1.port(), node2.port()));
                haproxy = new ProcessBuilder(haproxyBinary.toString(), "-f", config.toString(), "-db")
                        .redirectErrorStream(true)
                        .redirectOutput(EcafServer.TARGET.resolve("servers/haproxy.log").toFile()).start();
                String lb = "http://127.0.0.1:" + lbPort;
                awaitReady(lb, haproxy);

                long caseId = caseWithConsent(Api.as(lb, "practitioner1", Api.DEMO_PASSWORD));
                browser = new Browser(lb);
                browser.signIn("practitioner1", Api.DEMO_PASSWORD);
                AssessmentPage assessment = AssessmentPage.open(browser, caseId).type("child_given_names", "Amelia Rose");
                assertThat(assessment.awaitSaved(1)).startsWith("Saved revision 1");

                Cookie served = browser.driver().manage().getCookieNamed("SRV");
                assertThat(served).as("HAProxy's sticky cookie").isNotNull();
                EcafServer serving = served.getValue().equals("node1") ? node1 : node2;
                EcafServer other = serving == node1 ? node2 : node1;
                serving.kill();

                // she carries on in the same page: the next autosave goes to the other node
                assessment.type("child_family_name", "Okoro").save();
                assertThat(assessment.awaitSaved(2)).startsWith("Saved revision 2");
                assertThat(browser.currentPath()).startsWith("/cases/assessment.xhtml");
                assertThat(assessment.value("child_given_names")).isEqualTo("Amelia Rose");

                // still signed in on another page, served by the node that is left
                CasePage casePage = CasePage.open(browser, caseId);
                assertThat(browser.currentPath()).startsWith("/cases/case.xhtml");
                assertThat(casePage.isSignInForm()).isFalse();
                assertThat(browser.driver().manage().getCookieNamed("SRV").getValue())
                        .isEqualTo(other == node1 ? "node1" : "node2");

                JsonObject saved = latest(Api.as(lb, "practitioner1", Api.DEMO_PASSWORD), caseId);
                assertThat(saved.getInt("revision")).isEqualTo(2);
                assertThat(saved.getJsonObject("answers").getString("child_given_names")).isEqualTo("Amelia Rose");
                assertThat(saved.getJsonObject("answers").getString("child_family_name")).isEqualTo("Okoro");

                // SIGTERM: the node that is left stops within 10 s (Payara Micro's shutdown grace is 8 s)
                Instant terminated = Instant.now();
                other.terminate();
                assertThat(other.awaitExit(Duration.ofSeconds(10))).as("stopped within 10 s of SIGTERM; see %s",
                        other.log()).isPresent();
                assertThat(Duration.between(terminated, Instant.now())).isLessThanOrEqualTo(Duration.ofSeconds(11));
            } finally {
                if (browser != null) {
                    browser.close();
                }
                if (haproxy != null) {
                    haproxy.destroy();
                    haproxy.waitFor(10, TimeUnit.SECONDS);
                }
                node1.close();
                node2.close();
            }
        }
    }

    private static EcafServer node(String name, TestDatabase db, String members, int clusterPort, String cluster)
            throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("ECAF_DB_URL", db.settings().databaseUrl());
        env.put("ECAF_DB_USER", db.settings().databaseUser());
        env.put("ECAF_DEMO", "true");
        env.put("ECAF_CLUSTER", members);
        env.put("ECAF_CLUSTER_PORT", Integer.toString(clusterPort));
        env.put("ECAF_CLUSTER_INTERFACE", "127.0.0.1");
        env.put("ECAF_CLUSTER_NAME", cluster);
        EcafServer server = new EcafServer(name, EcafServer.TARGET.resolve("servers/unused"), env);
        Files.deleteIfExists(server.log());
        return server;
    }

    /** The sample in docs/haproxy.cfg, with this test's ports and short check intervals. */
    static String haproxyConfig(int lbPort, int port1, int port2) {
        return String.join("\n", List.of(
                "defaults",
                "  mode http",
                "  timeout connect 2s",
                "  timeout client 60s",
                "  timeout server 60s",
                "  option redispatch",
                "  retries 3",
                "frontend ecaf",
                "  bind 127.0.0.1:" + lbPort,
                "  default_backend ecaf_nodes",
                "backend ecaf_nodes",
                "  balance roundrobin",
                "  cookie SRV insert indirect nocache httponly",
                "  option httpchk GET /health/ready",
                "  http-check expect status 200",
                "  default-server inter 1s fall 2 rise 2",
                "  server node1 127.0.0.1:" + port1 + " check cookie node1",
                "  server node2 127.0.0.1:" + port2 + " check cookie node2",
                ""));
    }

    private static void awaitReady(String lb, Process haproxy) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(WAIT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            assertThat(haproxy.isAlive()).as("haproxy runs; see target/servers/haproxy.log").isTrue();
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(lb + "/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            }
            haproxy.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("HAProxy did not answer ready within " + WAIT + ": " + last);
    }

    private static List<String> rows(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
