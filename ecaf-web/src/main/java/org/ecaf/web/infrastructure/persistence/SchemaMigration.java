package org.ecaf.web.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the schema with Flyway. The same migrations run on H2 and PostgreSQL; the few types that
 * differ are placeholders ({@code ${text}} for unbounded text, {@code ${bytes}} for binary content), and so are the
 * statements that differ: restarting a sequence from a value read in the database, and an index only H2 needs (the
 * match keys' covering index of V16; nothing on PostgreSQL).
 */
public final class SchemaMigration {

    /** The next case number the retired counter row would have given (V14 restarts the sequence there). */
    private static final String CASE_COUNTER = "SELECT next_value FROM reference_counter WHERE name = 'case'";

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return flyway(dataSource, classLoader).migrate();
    }

    /** The schema version after {@code result}: the target when something ran, else the version found. */
    public static String versionAfter(MigrateResult result) {
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    public static Flyway flyway(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders(dataSource))
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    static Map<String, String> placeholders(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (product.contains("postgres")) {
                return Map.of("text", "TEXT", "bytes", "BYTEA",
                        "restart_case_reference_seq", "SELECT setval('case_reference_seq', (" + CASE_COUNTER + "), false)",
                        "match_key_covering_index", "SELECT 1");
            }
            return Map.of("text", "CHARACTER LARGE OBJECT", "bytes", "BINARY LARGE OBJECT",
                    "restart_case_reference_seq", "ALTER SEQUENCE case_reference_seq RESTART WITH (" + CASE_COUNTER + ")",
                    "match_key_covering_index", "CREATE INDEX IF NOT EXISTS child_match_key_cover ON child_match_key"
                            + " (key_hash, child_id, weight)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
