package org.ecaf.web.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void endpointsAreTemplatesWithoutIdentifiers() {
        assertThat(RequestMetricsFilter.endpoint("/api/v1/cases/123/assessment", 200)).isEqualTo("/api/v1/cases/{id}/assessment");
        assertThat(RequestMetricsFilter.endpoint("/api/v1/cases/123/copies/agency.pdf", 200)).isEqualTo("/api/v1/cases/{id}/copies/agency.pdf");
        assertThat(RequestMetricsFilter.endpoint("/cases/assessment.xhtml", 200)).isEqualTo("/cases/assessment.xhtml");
        assertThat(RequestMetricsFilter.endpoint("/jakarta.faces.resource/x.js", 200)).isEqualTo("/resources");
        assertThat(RequestMetricsFilter.endpoint("/whatever/someone-probes", 404)).isEqualTo("unmatched");
        assertThat(RequestMetricsFilter.endpoint("/api/v1/children/Jane Smith", 200)).isEqualTo("/api/v1/children/{value}");
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
