package org.ecaf.web.infrastructure.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.web.infrastructure.audit.AuditChain;
import org.ecaf.web.infrastructure.audit.AuditKeys;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.persistence.EcafDataSource;
import org.ecaf.web.infrastructure.persistence.SchemaMigration;
import org.ecaf.web.infrastructure.time.ClockProducer;

/**
 * Imports a CSV file of existing children into the database eCAF is configured for (the same environment variables
 * as the application: {@code ECAF_DB_URL}, {@code ECAF_DATA_DIR}…), migrating the schema first. Prints progress, the
 * rejected rows and the likely duplicates, and writes the full report into the batch. Run it again with the same
 * file to resume after a failure. See docs/matching.md for the command line.
 *
 * <pre>ImportCommand FILE.csv [--as USERNAME] [--report REPORT.txt]</pre>
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ImportCommand FILE.csv [--as USERNAME] [--report REPORT.txt]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String actor = "import";
        Path reportFile = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if ("--as".equals(args[i])) {
                actor = args[i + 1];
            } else if ("--report".equals(args[i])) {
                reportFile = Path.of(args[i + 1]);
            }
        }
        Settings settings = Settings.fromEnvironment();
        EcafDataSource dataSource = new EcafDataSource(settings);
        SchemaMigration.migrate(dataSource, ImportCommand.class.getClassLoader());
        // the same key as the application (ECAF_AUDIT_KEY or the data folder's key file): one keyed chain
        AuditKey key = AuditKeys.loadExisting(settings);
        ChildImport.Result result = new ChildImport(dataSource, Clock.system(ClockProducer.ZONE),
                ImportCommand::appendAuditEvent).run(file, actor, p -> System.out.printf(Locale.ROOT,
                        "batch %d: %,d of %,d rows read, %,d imported, %,d rejected%n", p.batchId(), p.rowsDone(),
                        p.rowsTotal(), p.imported(), p.rejected()));
        // the batch's audit event, and anything else waiting, takes its place in the chain now, application or not
        AuditChain.chainAll(dataSource::getConnection, key);
        if (result.alreadyImported()) {
            System.out.printf(Locale.ROOT, "This file (SHA-256 %s) was imported in full before, as batch %d: nothing "
                    + "to do.%n", result.sha256(), result.batchId());
            return;
        }
        System.out.printf(Locale.ROOT, "batch %d: %,d rows, %,d imported now, %,d imported before, %,d rejected, in "
                + "%.1f s (%,.0f rows/s)%n", result.batchId(), result.rowsTotal(), result.imported(),
                result.skippedAsDoneBefore(), result.rejected().size(), result.millis() / 1000.0,
                result.rowsPerSecond());
        System.out.printf(Locale.ROOT, "likely duplicates: %,d pair(s) within the file, %,d against the register%n",
                result.duplicates().withinFile().size(), result.duplicates().againstRegister().size());
        if (reportFile != null) {
            StringBuilder out = new StringBuilder();
            result.rejected().forEach(r -> out.append("rejected\t").append(r.row()).append('\t').append(r.problems())
                    .append('\n'));
            result.duplicates().all().forEach(p -> out.append(p.withinFile() ? "within-file" : "register")
                    .append('\t').append(p.sourceRow()).append('\t').append(p.importedChildId()).append('\t')
                    .append(p.otherChildId()).append('\t').append(p.score()).append('\t')
                    .append(String.join("; ", p.reasons())).append('\n'));
            Files.writeString(reportFile, out);
            System.out.println("report written to " + reportFile);
        }
    }

    /**
     * The batch's one audit event, written in the batch's transaction as the application writes its events: waiting
     * to be chained. The command chains it when the import ends ({@link AuditChain}), or a running application's
     * chainer does at its next turn.
     */
    static void appendAuditEvent(Connection connection, String actor, String action, String recordId,
                                 String detail) throws SQLException {
        AuditChain.insertWaiting(connection, OffsetDateTime.now(Clock.system(ClockProducer.ZONE)),
                new AuditEntry(actor, action, "import_batch", recordId, AuditOutcome.SUCCESS, detail));
    }
}
