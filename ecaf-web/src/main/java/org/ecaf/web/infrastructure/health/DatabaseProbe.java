package org.ecaf.web.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.persistence.EcafDataSource;

/**
 * Whether the database answers now, for readiness. It opens its own short-lived connection with short
 * time-outs rather than borrowing one from the pool, so a pool exhausted by slow requests does not look like a
 * database outage and a probe never waits in the pool's queue. One probe every two seconds at most, whatever the
 * rate of health checks.
 */
@ApplicationScoped
public class DatabaseProbe {

    private static final Logger LOG = Logger.getLogger(DatabaseProbe.class.getName());
    private static final long REPROBE_NANOS = 2_000_000_000L;
    private static final int TIMEOUT_SECONDS = 3;

    private volatile EcafDataSource dataSource;
    private volatile long probedAt;
    private volatile boolean answered = true;
    private int failures;

    public boolean answers() {
        long now = System.nanoTime();
        if (probedAt != 0 && now - probedAt < REPROBE_NANOS) {
            return answered;
        }
        synchronized (this) {
            if (probedAt != 0 && System.nanoTime() - probedAt < REPROBE_NANOS) {
                return answered;
            }
            boolean before = answered;
            // one failed probe may be a busy moment; two in a row (2 s apart) is an outage
            failures = probe() ? 0 : failures + 1;
            answered = failures < 2;
            probedAt = System.nanoTime();
            if (before != answered) {
                LOG.log(answered ? Level.INFO : Level.WARNING,
                        answered ? "The database answers again: ready." : "The database is not answering: not ready.");
            }
            return answered;
        }
    }

    private boolean probe() {
        try {
            if (dataSource == null) {
                dataSource = new EcafDataSource(Settings.fromEnvironment());
                dataSource.setLoginTimeout(TIMEOUT_SECONDS);
            }
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(TIMEOUT_SECONDS);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "database probe failed", e);
            return false;
        }
    }
}
