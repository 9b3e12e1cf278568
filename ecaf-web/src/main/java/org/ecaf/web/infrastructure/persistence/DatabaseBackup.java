package org.ecaf.web.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.ecaf.web.infrastructure.config.Settings;

/**
 * An online backup of the embedded H2 database while the application runs: H2's {@code BACKUP TO}, a consistent
 * copy of the database file in a zip under {@code <data folder>/backups}. PostgreSQL is backed up with its own
 * tools ({@code pg_dump}); see docs/operations.md.
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    @Resource(lookup = "java:app/jdbc/ecaf")
    DataSource dataSource;

    /** Whether this instance can back itself up (the embedded database). */
    public boolean supported() {
        return Settings.fromEnvironment().embeddedDatabase();
    }

    /** Writes a backup and returns its file. */
    public Path backUp(Clock clock) {
        Path folder = Settings.fromEnvironment().dataDirectory().resolve("backups");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + folder, e);
        }
        Path file = folder.resolve("ecaf-" + NAME.format(clock.instant().atOffset(ZoneOffset.UTC)) + ".zip");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        }
        return file;
    }
}
