package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /metrics} answers Prometheus text to a scraper without a staff account (open here: ECAF_METRICS_TOKEN is
 * unset; the token is tested in DatabaseOutageIT), counts requests by endpoint template and refusals by code, and
 * shows no personal data.
 */
@ExtendWith(EcafServerExtension.class)
class MetricsIT {

    @Test
    void metricsArePrometheusTextWithNoPersonalData(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        JsonObject child = Journeys.registerChild(aisha, 7, false);
        long childId = child.getJsonNumber("id").longValue();
        Api.as(server, "practitioner3").get("/api/v1/children/" + childId + "/family-members");

        // a username in a path, routed and refused before routing, must not become a label
        Api.as(server, "admin").get("/api/v1/admin/accounts/practitioner1");
        Api.anonymous(server.baseUrl()).get("/api/v1/admin/accounts/practitioner1");

        Api.Answer metrics = Api.anonymous(server.baseUrl()).get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("content-type")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("ecaf_http_requests_seconds_count{endpoint=\"/api/v1/children\",method=\"POST\",status=\"2xx\"}")
                .contains("endpoint=\"/api/v1/children/{id}/family-members\"")
                .contains("ecaf_audit_events_total{action=\"child.register\",outcome=\"SUCCESS\"}")
                .contains("ecaf_duplicate_checks_total")
                .contains("ecaf_sessions_active")
                .contains("ecaf_jdbc_connections_in_use")
                .contains("ecaf_audit_chain_length")
                .contains("endpoint=\"/api/v1/admin/accounts/{username}\"")
                .doesNotContain(child.getString("givenNames"))
                .doesNotContain(child.getString("familyName"))
                .doesNotContain("practitioner1")
                .doesNotContain("/api/v1/children/" + childId);
    }
}
