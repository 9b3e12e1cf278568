package org.ecaf.web.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void endpointsAreTemplatesWithoutIdentifiers() {
        assertThat(RequestMetricsFilter.endpoint("/cases/assessment.xhtml", 200)).isEqualTo("/cases/assessment.xhtml");
        assertThat(RequestMetricsFilter.endpoint("/cases/123", 200)).isEqualTo("/cases/{id}");
        assertThat(RequestMetricsFilter.endpoint("/jakarta.faces.resource/x.js", 200)).isEqualTo("/resources");
        assertThat(RequestMetricsFilter.endpoint("/whatever/someone-probes", 404)).isEqualTo("unmatched");
    }

    @Test
    void anApiRequestIsCountedByTheTemplateItWasRoutedToNeverByItsPath() throws Exception {
        @jakarta.ws.rs.Path("admin/accounts")
        class Accounts {
            @jakarta.ws.rs.Path("{username}/unlock")
            public void unlock() {
            }

            @jakarta.ws.rs.Path("{id: [0-9]+}")
            public void byId() {
            }

            public void list() {
            }
        }
        assertThat(EndpointTemplates.template("/api/v1", Accounts.class, Accounts.class.getMethod("unlock")))
                .isEqualTo("/api/v1/admin/accounts/{username}/unlock");
        assertThat(EndpointTemplates.template("/api/v1", Accounts.class, Accounts.class.getMethod("byId")))
                .isEqualTo("/api/v1/admin/accounts/{id}");
        assertThat(EndpointTemplates.template("/api/v1", Accounts.class, Accounts.class.getMethod("list")))
                .isEqualTo("/api/v1/admin/accounts");
        // refused before routing (401, 405 ...): the path may name a person, so it is not used
        assertThat(RequestMetricsFilter.endpoint("/api/v1/admin/accounts/practitioner1", 401)).isEqualTo("/api/not-routed");
        assertThat(RequestMetricsFilter.endpoint("/api/v1/children/Jane Smith", 405)).isEqualTo("/api/not-routed");
    }

    @Test
    void refusalsAreCountedByCodeAndCopiesByKindWithNoPersonalData() {
        EcafMetrics.audited("copy.family", "SUCCESS", "sha256 of the pdf");
        EcafMetrics.audited("assessment.submit", "REFUSED", "CHILD_NOT_SEEN,CONSENT_TO_RECORD_MISSING");
        EcafMetrics.audited("child.register", "REFUSED", "POSSIBLE_DUPLICATE");
        EcafMetrics.audited("case.read", "DENIED", "free text about Jane Smith");
        String text = EcafMetrics.scrape();
        assertThat(text).contains("ecaf_copies_issued_total{kind=\"family\"}")
                .contains("ecaf_refusals_total{code=\"CHILD_NOT_SEEN\"}")
                .contains("ecaf_refusals_total{code=\"OTHER\"}")
                .contains("ecaf_duplicate_checks_total{result=\"possible_duplicate\"}")
                .doesNotContain("Jane").doesNotContain("sha256");
    }

    @Test
    void theTokenIsABearerTokenComparedExactly() {
        assertThat(MetricsServlet.authorised("Bearer s3cret", "s3cret")).isTrue();
        assertThat(MetricsServlet.authorised("bearer s3cret", "s3cret")).isTrue();
        assertThat(MetricsServlet.authorised("Bearer s3cre", "s3cret")).isFalse();
        assertThat(MetricsServlet.authorised("Basic s3cret", "s3cret")).isFalse();
        assertThat(MetricsServlet.authorised(null, "s3cret")).isFalse();
    }
}
