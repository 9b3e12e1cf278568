package org.ecaf.web.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ecaf.domain.shared.RefusalCode;

/**
 * eCAF's metrics, kept in one Prometheus registry and served at {@code /metrics}. Every label is a fixed word
 * (an endpoint template, an action, a refusal code, an outcome): never a name, an identifier or any other personal
 * data. Static, because the servlet filter, the session listener and the audit decorator are created by different
 * containers.
 */
public final class EcafMetrics {

    private static final PrometheusMeterRegistry REGISTRY = create();
    private static final AtomicInteger SESSIONS = REGISTRY.gauge("ecaf_sessions_active", new AtomicInteger());
    private static final AtomicInteger CONNECTIONS_IN_USE =
            REGISTRY.gauge("ecaf_jdbc_connections_in_use", new AtomicInteger());

    private EcafMetrics() {
    }

    private static PrometheusMeterRegistry create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    public static PrometheusMeterRegistry registry() {
        return REGISTRY;
    }

    /** The Prometheus text exposition of every metric. */
    public static String scrape() {
        return REGISTRY.scrape();
    }

    /** One HTTP request: its method, endpoint template, status class and duration. */
    public static void request(String method, String endpoint, int status, long nanos) {
        Timer.builder("ecaf_http_requests")
                .description("HTTP requests by endpoint template, method and status class")
                .tag("method", method).tag("endpoint", endpoint).tag("status", (status / 100) + "xx")
                .publishPercentiles(0.5, 0.95, 0.99)
                .distributionStatisticExpiry(Duration.ofMinutes(1))
                .register(REGISTRY)
                .record(Duration.ofNanos(nanos));
    }

    public static void sessionCreated() {
        SESSIONS.incrementAndGet();
    }

    public static void sessionDestroyed() {
        SESSIONS.updateAndGet(n -> Math.max(0, n - 1));
    }

    public static void connectionAcquired() {
        CONNECTIONS_IN_USE.incrementAndGet();
    }

    public static void connectionReleased() {
        CONNECTIONS_IN_USE.updateAndGet(n -> Math.max(0, n - 1));
    }

    /** The pool's size limit, for the ratio of connections in use. */
    public static void connectionPoolMax(int max) {
        Gauge.builder("ecaf_jdbc_connections_max", () -> max).register(REGISTRY);
    }

    /** An audit event: by action and outcome; refusals by code; copies issued; duplicate checks. */
    public static void audited(String action, String outcome, String detail) {
        Counter.builder("ecaf_audit_events_total").description("Audit events appended, by action and outcome")
                .tag("action", action).tag("outcome", outcome).register(REGISTRY).increment();
        boolean refused = "DENIED".equals(outcome) || "REFUSED".equals(outcome);
        if (refused && !"login".equals(action)) {
            Counter.builder("ecaf_refusals_total").description("Requests refused, by code")
                    .tag("code", refusalCode(detail)).register(REGISTRY).increment();
        }
        if (action.startsWith("copy.") && "SUCCESS".equals(outcome)) {
            Counter.builder("ecaf_copies_issued_total").description("Copies (PDF) issued, by kind")
                    .tag("kind", action.substring("copy.".length())).register(REGISTRY).increment();
        }
        if ("child.register".equals(action)) {
            boolean possible = refused && detail != null && detail.startsWith(RefusalCode.POSSIBLE_DUPLICATE.name());
            Counter.builder("ecaf_duplicate_checks_total").description("Duplicate checks when registering a child")
                    .tag("result", possible ? "possible_duplicate" : refused ? "refused_otherwise" : "none_or_confirmed")
                    .register(REGISTRY).increment();
        }
        if ("login".equals(action)) {
            Counter.builder("ecaf_logins_total").tag("outcome", outcome).register(REGISTRY).increment();
        }
    }

    /** A gauge read when scraped. */
    public static void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(REGISTRY);
    }

    /** The first code of a refusal's detail ({@code CHILD_NOT_SEEN,CONSENT_...}), or OTHER when it is not a code. */
    static String refusalCode(String detail) {
        if (detail == null) {
            return "OTHER";
        }
        int comma = detail.indexOf(',');
        String first = comma < 0 ? detail : detail.substring(0, comma);
        return first.matches("[A-Z][A-Z0-9_]{1,59}") ? first : "OTHER";
    }
}
