package org.ecaf.web.infrastructure.persistence;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ecaf.web.infrastructure.config.Settings;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source behind {@code java:app/jdbc/ecaf}. Payara pools the connections it makes; which database it
 * connects to comes from {@link Settings}: the embedded H2 file under the data folder by default, PostgreSQL
 * when {@code ECAF_DB_URL} is a {@code jdbc:postgresql:} URL.
 */
public class EcafDataSource implements DataSource {

    private final DataSource target;

    public EcafDataSource() {
        this(Settings.fromEnvironment());
    }

    public EcafDataSource(Settings settings) {
        this.target = create(settings);
    }

    static DataSource create(Settings settings) {
        String url = settings.databaseUrl();
        if (url.startsWith("jdbc:h2:")) {
            if (settings.embeddedDatabase()) {
                try {
                    ownerOnly(settings.dataDirectory());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot create the data folder " + settings.dataDirectory(), e);
                }
            }
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(settings.databaseUser());
            h2.setPassword(settings.databasePassword());
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            if (!settings.databaseUser().isEmpty()) {
                postgres.setUser(settings.databaseUser());
            }
            if (!settings.databasePassword().isEmpty()) {
                postgres.setPassword(settings.databasePassword());
            }
            postgres.setApplicationName("ecaf");
            if (!url.contains("connectTimeout=")) {
                // an unreachable database is reported in seconds, not after the driver's default of 10 s per try
                postgres.setConnectTimeout(5);
            }
            return postgres;
        }
        throw new IllegalArgumentException("ECAF_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, not " + redact(url));
    }

    /**
     * Creates the data folder readable by its owner only ({@code rwx------}) and makes the files already in it
     * {@code rw-------}: the database holds children's records. Files H2 creates later sit inside the closed folder.
     */
    public static void ownerOnly(Path folder) throws IOException {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            Files.createDirectories(folder);
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> dir =
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
        if (!Files.exists(folder)) {
            Files.createDirectories(folder.getParent() == null ? folder : folder.getParent());
            Files.createDirectory(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(dir));
        }
        Files.setPosixFilePermissions(folder, dir);
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
    }

    private static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    /** Where the embedded database lives, for messages; empty for an external database. */
    public static Path dataDirectory(Settings settings) {
        return settings.dataDirectory();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // the credentials come from the settings, not from the pool
        return target.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
