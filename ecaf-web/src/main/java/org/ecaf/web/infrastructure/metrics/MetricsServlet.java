package org.ecaf.web.infrastructure.metrics;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ecaf.web.infrastructure.config.Settings;

/**
 * {@code /metrics}: Prometheus text for a scraper, without a staff account. When {@code ECAF_METRICS_TOKEN} is set
 * the scraper sends it as a bearer token ({@code Authorization: Bearer …}) and anything else gets 401; when it is
 * unset the metrics are open, and the start-up log says so. The metrics hold no personal data.
 */
@WebServlet(urlPatterns = "/metrics", loadOnStartup = 2)
public class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MetricsServlet.class.getName());
    private static final long CHAIN_REFRESH_NANOS = 15_000_000_000L;

    @Resource(lookup = "java:app/jdbc/ecaf")
    private transient DataSource dataSource;

    private transient Optional<String> token;
    private volatile long chainLength = -1;
    private volatile long chainReadAt;

    @Override
    public void init() {
        token = Settings.fromEnvironment().get("ecaf.metrics.token");
        if (token.isPresent()) {
            LOG.info("/metrics needs the bearer token set in ECAF_METRICS_TOKEN.");
        } else {
            LOG.warning("/metrics is open to anyone who can reach this node: set ECAF_METRICS_TOKEN to require a bearer token.");
        }
        EcafMetrics.connectionPoolMax(32);
        EcafMetrics.gauge("ecaf_audit_chain_length", "Events in the audit chain (read at most every 15 s)",
                this::auditChainLength);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (token.isPresent() && !authorised(request.getHeader("Authorization"), token.get())) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ecaf-metrics\"");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The metrics need the bearer token configured in ECAF_METRICS_TOKEN.\n");
            return;
        }
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(EcafMetrics.scrape());
    }

    static boolean authorised(String header, String expected) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
    }

    private long auditChainLength() {
        long now = System.nanoTime();
        if (chainLength >= 0 && now - chainReadAt < CHAIN_REFRESH_NANOS) {
            return chainLength;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
            rs.next();
            chainLength = rs.getLong(1);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "audit chain length not read", e);
        }
        chainReadAt = now;
        return chainLength;
    }
}
