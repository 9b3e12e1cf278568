package org.ecaf.web.infrastructure.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.web.infrastructure.audit.AuditChain;
import org.ecaf.web.infrastructure.config.Settings;

/**
 * {@link ChildImport} inside the application: on the application's data source and clock. The batch's one audit event
 * is written as the application's audit log writes every event (an unchained row of {@code audit_event} that the
 * node's chainer links into the keyed chain), but with the import's own connection, in the transaction that marks
 * the batch done: the event and the batch's completion are committed together or not at all, which the
 * application's {@code AuditLog} (JPA, in a transaction of its own) could not promise.
 */
@ApplicationScoped
public class ChildImports {

    @Resource(lookup = "java:app/jdbc/ecaf")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Imports {@code file} as {@code actor}; {@code progress} hears after every chunk (see {@link ChildImport}). */
    public ChildImport.Result run(Path file, String actor, Consumer<ChildImport.Progress> progress)
            throws IOException, SQLException {
        return new ChildImport(dataSource, clock, this::audit).run(file, actor, progress);
    }

    /** The largest file the import page takes ({@code ECAF_IMPORT_MAX_BYTES}). */
    public long maxBytes() {
        return Settings.fromEnvironment().importMaxBytes();
    }

    private void audit(Connection connection, String actor, String action, String recordId, String detail)
            throws SQLException {
        AuditChain.insertWaiting(connection, OffsetDateTime.now(clock),
                new AuditEntry(actor, action, "import_batch", recordId, AuditOutcome.SUCCESS, detail));
    }
}
