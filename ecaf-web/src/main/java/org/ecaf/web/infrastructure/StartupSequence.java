package org.ecaf.web.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.demo.DemoData;
import org.ecaf.web.infrastructure.health.ApplicationState;
import org.ecaf.web.infrastructure.persistence.SchemaMigration;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * What happens when eCAF starts: the schema is migrated by Flyway, demo data is seeded once in demo mode, and
 * only then does {@code /health} report UP. Several nodes may start together on one database: Flyway takes a
 * database lock while it migrates (PostgreSQL advisory lock), so the migrations run once; demo seeding is one
 * transaction guarded by its marker row, and a node that loses the race finds the data seeded by the other.
 *
 * <p>A start that fails (a migration fails, seeding fails) is logged in one line and reported by {@code /health}
 * as DOWN with a reason; {@code EcafLauncher} then ends the process with status 1 a few seconds after Payara Micro
 * has booted ({@code ECAF_FAILED_START_EXIT_SECONDS}, default 5), so that a supervisor restarts it or an operator
 * sees it stopped, instead of a process that serves nothing for ever.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DataSourceDefinition(
        name = "java:app/jdbc/ecaf",
        className = "org.ecaf.web.infrastructure.persistence.EcafDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            // a request waits at most 5 s for a connection, then fails with a clear 503 rather than hanging
            "fish.payara.max-wait-time-in-millis=5000"
        })
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    /** The system property that tells {@code EcafLauncher} that start-up failed (see there). */
    public static final String FAILED_PROPERTY = "ecaf.startup.failed";

    @Resource(lookup = "java:app/jdbc/ecaf")
    DataSource dataSource;

    @Inject
    ApplicationState state;

    @Inject
    DemoData demoData;

    @Inject
    WarmUp warmUp;

    @Inject
    org.ecaf.web.infrastructure.security.Bootstrap bootstrap;

    @PostConstruct
    void start() {
        Settings settings = Settings.fromEnvironment();
        String where = settings.embeddedDatabase()
                ? "the embedded database in " + settings.dataDirectory()
                : "the database at " + settings.databaseUrl().replaceAll("\\?.*", "");
        try {
            state.starting("The database is being migrated.");
            MigrateResult result = SchemaMigration.migrate(dataSource, getClass().getClassLoader());
            String version = SchemaMigration.versionAfter(result);
            if (settings.embeddedDatabase()) {
                // the database file exists now: owner-only, like its folder
                try {
                    org.ecaf.web.infrastructure.persistence.EcafDataSource.ownerOnly(settings.dataDirectory());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("Cannot restrict the data folder to its owner", e);
                }
            }
            LOG.info(() -> "eCAF schema at version " + version + " on " + where + " ("
                    + result.migrationsExecuted + " migration(s) applied now)");
            if (settings.demoMode()) {
                state.starting("The demo data is being seeded.");
                seedDemoData(settings);
                LOG.info(demoData.describeAccounts(settings));
            }
            settings.bootstrapAdmin().ifPresent(admin -> bootstrap.firstAdministrator(admin).ifPresentOrElse(
                    oneTime -> LOG.warning("\n\n  eCAF bootstrap: administrator '" + admin.strip().toLowerCase()
                            + "' created with the one-time password  " + oneTime + "\n  Sign in with it now: you will "
                            + "be asked to choose your own password" + (settings.mfaRequired()
                            ? " and to set up an authenticator app" : "") + ". It is not shown again.\n"),
                    () -> LOG.info("ECAF_BOOTSTRAP_ADMIN is set but an administrator exists already: nothing done.")));
            refreshMatchKeys();
            org.ecaf.web.infrastructure.security.PasswordRules.warmUp();
            warmUp.run();
            state.markReady();
            LOG.info(() -> "eCAF is ready: schema version " + version + " on " + where + ".");
        } catch (RuntimeException e) {
            String reason = publicReason(e);
            LOG.log(Level.WARNING, "start-up failure", e);
            LOG.severe("eCAF could not start: " + reason + " (" + rootMessage(e) + ")");
            state.failed(reason);
            // read by EcafLauncher once Payara Micro has booted: it ends the process a few seconds later
            System.setProperty(FAILED_PROPERTY, reason);
        }
    }

    /** Stores the duplicate check's match keys of every child when the key scheme changed (or after V6). */
    private void refreshMatchKeys() {
        try {
            int keyed = org.ecaf.web.infrastructure.persistence.ChildMatchStore.refreshIfStale(dataSource);
            if (keyed > 0) {
                LOG.info(() -> "Stored the match keys of " + keyed + " children");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the children's match keys could not be stored: " + e.getMessage(), e);
        }
    }

    /** Seeds once; when another node seeded at the same moment, this node's attempt fails and finds the data there. */
    private void seedDemoData(Settings settings) {
        try {
            demoData.seedOnce(settings.demoPassword(), settings.databaseUrl().startsWith("jdbc:postgresql:"));
        } catch (RuntimeException e) {
            if (!demoData.seeded()) {
                throw e;
            }
            LOG.info("The demo data was seeded by another node starting at the same time.");
        }
    }

    /** Why start-up failed, in words that may be shown to anyone (no address, folder or account). */
    static String publicReason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FlywayException && !(t.getCause() instanceof SQLException && isConnection((SQLException) t.getCause()))) {
                return "The database could not be migrated.";
            }
            if (t instanceof SQLException sql && isConnection(sql)) {
                return "The database cannot be reached.";
            }
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return "The database refused the start-up work.";
            }
        }
        return "Start-up failed.";
    }

    private static boolean isConnection(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("28") || state.startsWith("3D")
                || state.startsWith("57P") || "90067".equals(state) || "90098".equals(state);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
