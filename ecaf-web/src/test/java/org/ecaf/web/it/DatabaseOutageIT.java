package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.TcpProxy;
import org.ecaf.web.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running node (the connection to PostgreSQL is cut) and comes back: meanwhile the
 * API answers 503 problem+json {@code DATABASE_UNAVAILABLE} (never a 500 or an HTML page), {@code /health/ready} is
 * DOWN so a load balancer stops sending people, and afterwards everything works again without a restart.
 */
@OwnServers
class DatabaseOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void anOutageIsA503AndReadinessDownAndTheNodeRecoversByItself() throws Exception {
        TestDatabase.assumePostgres();
        try (TestDatabase db = TestDatabase.postgres(); TcpProxy proxy = new TcpProxy(5432)) {
            String url = db.settings().databaseUrl().replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port());
            assertThat(url).contains(":" + proxy.port() + "/");
            try (EcafServer server = new EcafServer("database-outage", EcafServer.TARGET.resolve("servers/unused"),
                    Map.of("ECAF_DB_URL", url, "ECAF_DB_USER", db.settings().databaseUser(), "ECAF_DEMO", "true",
                            "ECAF_METRICS_TOKEN", "scrape-s3cret")).start()) {
                // with ECAF_METRICS_TOKEN set, the scraper needs the bearer token
                assertThat(Api.anonymous(server.baseUrl()).get("/metrics").status()).isEqualTo(401);
                java.net.http.HttpResponse<String> scraped = java.net.http.HttpClient.newHttpClient().send(
                        java.net.http.HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics"))
                                .header("Authorization", "Bearer scrape-s3cret").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(scraped.statusCode()).isEqualTo(200);
                assertThat(scraped.body()).contains("ecaf_http_requests_seconds");

                Api aisha = Api.as(server, "practitioner1");
                long caseId = caseWithConsent(aisha);

                proxy.cut();
                Api.Answer during = aisha.get("/api/v1/cases/" + caseId);
                assertThat(during.status()).as(during.toString()).isEqualTo(503);
                assertThat(during.header("content-type")).startsWith("application/problem+json");
                assertThat(during.json().getString("code")).isEqualTo("DATABASE_UNAVAILABLE");
                assertThat(during.json().getString("detail")).contains("Nothing was changed");
                assertThat(during.header("retry-after")).isEqualTo("10");
                String ready = awaitReady(server, r -> r.statusCode() == 503);
                assertThat(ready).contains("\"DOWN\"").contains("DATABASE_UNAVAILABLE");

                proxy.restore();
                assertThat(awaitReady(server, r -> r.statusCode() == 200)).contains("\"UP\"");
                Api.Answer after = aisha.get("/api/v1/cases/" + caseId);
                assertThat(after.status()).as(after.toString()).isEqualTo(200);
            }
        }
    }

    private static String awaitReady(EcafServer server, Predicate<HttpResponse<String>> wanted) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(WAIT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = ready.statusCode() + " " + ready.body();
                if (wanted.test(ready)) {
                    return last;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            server.awaitExit(Duration.ofMillis(250)); // poll with a deadline
        }
        throw new AssertionError("/health/ready did not change within " + WAIT + ": " + last);
    }
}
