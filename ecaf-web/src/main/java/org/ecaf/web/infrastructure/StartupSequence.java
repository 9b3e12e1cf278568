package org.ecaf.web.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.demo.DemoData;
import org.ecaf.web.infrastructure.health.ApplicationState;
import org.ecaf.web.infrastructure.persistence.SchemaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * What happens when eCAF starts: the schema is migrated by Flyway, demo data is seeded once in demo mode, and
 * only then does {@code /health} report UP. A failure is reported by {@code /health} with its reason, and every
 * page answers "not available" rather than half-working.
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
            "fish.payara.fail-all-connections=true"
        })
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Resource(lookup = "java:app/jdbc/ecaf")
    DataSource dataSource;

    @Inject
    ApplicationState state;

    @Inject
    DemoData demoData;

    @Inject
    WarmUp warmUp;

    @PostConstruct
    void start() {
        Settings settings = Settings.fromEnvironment();
        String where = settings.embeddedDatabase()
                ? "the embedded database in " + settings.dataDirectory()
                : "the database at " + settings.databaseUrl().replaceAll("\\?.*", "");
        try {
            state.starting("Migrating " + where + ".");
            MigrateResult result = SchemaMigration.migrate(dataSource, getClass().getClassLoader());
            String version = SchemaMigration.versionAfter(result);
            LOG.info(() -> "eCAF schema at version " + version + " on " + where + " ("
                    + result.migrationsExecuted + " migration(s) applied now)");
            if (settings.demoMode()) {
                state.starting("Seeding demo data.");
                demoData.seedOnce(settings.demoPassword());
                LOG.info(demoData.describeAccounts(settings));
            }
            int keyed = org.ecaf.web.infrastructure.persistence.ChildMatchStore.refreshIfStale(dataSource);
            if (keyed > 0) {
                LOG.info(() -> "Stored the match keys of " + keyed + " children");
            }
            warmUp.run();
            state.ready("Schema version " + version + " on " + where + ".");
        } catch (RuntimeException | java.sql.SQLException e) {
            String reason = "Start-up failed: " + rootMessage(e);
            LOG.log(Level.SEVERE, reason, e);
            state.failed(reason);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
