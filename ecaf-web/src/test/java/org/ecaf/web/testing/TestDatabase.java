package org.ecaf.web.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.persistence.EcafDataSource;

/**
 * A fresh, empty database for a persistence test: an H2 file under {@code target/}, configured as the embedded
 * default is, or a new database on the local PostgreSQL (127.0.0.1:5432, trust authentication) that is dropped
 * afterwards. When PostgreSQL is not reachable the test is skipped, not passed.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_SERVER = System.getProperty("ecaf.test.postgres",
            "jdbc:postgresql://127.0.0.1:5432/");
    public static final String POSTGRES_USER = System.getProperty("ecaf.test.postgres.user", "postgres");

    private final String kind;
    private final Settings settings;
    private final String postgresDatabase;

    private TestDatabase(String kind, Settings settings, String postgresDatabase) {
        this.kind = kind;
        this.settings = settings;
        this.postgresDatabase = postgresDatabase;
    }

    public static TestDatabase h2() {
        Path folder = EcafServer.TARGET.resolve("h2-tests").resolve(UUID.randomUUID().toString());
        Properties props = new Properties();
        props.setProperty("ecaf.data.dir", folder.toString());
        return new TestDatabase("H2", new Settings(Map.of(), props), null);
    }

    /** True when the local PostgreSQL answers. */
    public static boolean postgresReachable() {
        try (Connection c = DriverManager.getConnection(POSTGRES_SERVER + "postgres", POSTGRES_USER, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Skips the calling tests when no PostgreSQL server answers on a developer's machine; on CI ({@code CI=true}),
     * where {@code .ci/run} starts the server, a missing server fails them instead of hiding them as skipped.
     */
    public static void assumePostgres() {
        if (postgresReachable()) {
            return;
        }
        String reason = "PostgreSQL is not reachable at " + POSTGRES_SERVER;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + " although CI=true: .ci/run should have started it");
        }
        org.junit.jupiter.api.Assumptions.abort(reason);
    }

    public static TestDatabase postgres() {
        String name = "ecaf_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        Properties props = new Properties();
        props.setProperty("ecaf.db.url", POSTGRES_SERVER + name);
        props.setProperty("ecaf.db.user", POSTGRES_USER);
        return new TestDatabase("PostgreSQL", new Settings(Map.of(), props), name);
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(POSTGRES_SERVER + "postgres", POSTGRES_USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public String kind() {
        return kind;
    }

    public Settings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return new EcafDataSource(settings);
    }

    /** Properties that make the {@code ecaf} persistence unit run outside a container on this database. */
    public Map<String, Object> jpaProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", dataSource());
        props.put("eclipselink.logging.level", "WARNING");
        return props;
    }

    @Override
    public void close() {
        if (postgresDatabase != null) {
            execute("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
        }
    }
}
