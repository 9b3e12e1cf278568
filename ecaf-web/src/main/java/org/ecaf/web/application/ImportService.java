package org.ecaf.web.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ecaf.domain.child.matching.MatchReasonCode;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.UkTime;
import org.ecaf.web.http.ErrorReference;
import org.ecaf.web.infrastructure.importing.ChildImport;
import org.ecaf.web.infrastructure.importing.ChildImports;
import org.ecaf.web.infrastructure.importing.ImportDuplicates;

/**
 * The administrator's bulk import of children from an uploaded CSV file (docs/matching.md): the file is checked whole
 * before anything is written ({@link ChildImport#check}), then imported by {@link ChildImport} on the container's
 * managed executor, so the request that uploaded it ends at once; the page polls {@link #current()} for the progress
 * and reads the report when it is done. One import at a time on a node. Only administrators; the start, the reading
 * of a report and every refusal are audited (the progress, counts only, is read every second and not audited), and
 * the batch itself is audited once by the import, with its SHA-256. The report shows children by number only, and
 * the reasons for a pair with a registered child by code words only: administrators do not see children's records.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    /** How many rejected rows and pairs of each kind the page shows; the download has them all. */
    public static final int PAGE = 100;

    /** Where an import is. */
    public enum Stage { CHECKING, IMPORTING, COMPARING, DONE, ALREADY_IMPORTED, FAILED }

    @Resource
    ManagedExecutorService executor;

    @Inject
    ChildImports imports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    private final AtomicLong numbers = new AtomicLong();
    private final Object lock = new Object();
    private volatile Job latest;

    /** The file's columns, in the documented order. */
    public List<String> columns() {
        return ChildImport.HEADER;
    }

    /** The columns a file must have. */
    public List<String> requiredColumns() {
        return ChildImport.REQUIRED;
    }

    /** The largest file the page takes, in bytes. */
    public long maxBytes() {
        return imports.maxBytes();
    }

    /**
     * Starts importing {@code content} (the upload named {@code fileName}, {@code size} bytes as the browser declared
     * it, -1 when unknown) and returns at once. Refused: not an administrator; no file; too large; empty; not a CSV
     * file; wrong columns; another file being imported on this node. The same file sent again while it is imported
     * (a second press of the button) returns the import that runs, not a second one.
     */
    public ImportView start(String fileName, long size, InputStream content) {
        return Audited.run(audit, "child.import.start", "import", null, () -> {
            requireAdmin();
            String name = safeName(fileName);
            if (content == null || fileName == null || fileName.isBlank()) {
                throw InvalidInput.of(RefusalCode.REQUIRED, "Choose a CSV file to import.", "file");
            }
            long max = maxBytes();
            if (size > max) {
                throw tooLarge(size, max);
            }
            Path folder = null;
            try {
                folder = Files.createTempDirectory("ecaf-import");
                Path file = folder.resolve(name);
                copy(content, file, max);
                ChildImport.FileCheck check = ChildImport.check(file);
                if (check.problem() != null) {
                    RefusalCode code = switch (check.problem()) {
                        case EMPTY -> RefusalCode.FILE_EMPTY;
                        case NOT_CSV -> RefusalCode.NOT_A_CSV;
                        case WRONG_COLUMNS -> RefusalCode.WRONG_COLUMNS;
                    };
                    throw InvalidInput.of(code, check.message(), "file");
                }
                String sha256 = ChildImport.sha256(file);
                Job job;
                synchronized (lock) {
                    Job running = latest;
                    if (running != null && running.isRunning()) {
                        if (running.sha256.equals(sha256)) {
                            return running.view(true);
                        }
                        throw new RulesViolated(List.of(new Violation(RefusalCode.IMPORT_RUNNING, "Another import"
                                + " is running on this server (" + running.fileName + ", started by "
                                + running.startedBy + " at " + UkTime.dateTime(running.startedAt) + "): wait until"
                                + " it has finished, then import this file.", "file")));
                    }
                    job = new Job(numbers.incrementAndGet(), name, currentUser.username(),
                            OffsetDateTime.now(clock), sha256, Files.size(file), check.rows(), folder);
                    try {
                        executor.submit(() -> run(job, file));
                    } catch (RejectedExecutionException e) {
                        throw new IllegalStateException("the import could not be started", e);
                    }
                    latest = job;
                }
                folder = null; // the job deletes it when it ends
                return job.view(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (folder != null) {
                    delete(folder);
                }
            }
        }, v -> "import " + v.getNumber() + " of " + v.getFileName() + ", " + v.getRowsTotal() + " rows, sha256 "
                + v.getSha256() + (v.isJoined() ? ", already running" : ""));
    }

    /** This node's import that runs, or else the last one since the node started; refused to anyone but an administrator. */
    public Optional<ImportView> current() {
        try {
            requireAdmin();
        } catch (Refusal refusal) {
            audit.refused("child.import.progress", "import", null, refusal);
            refusal.markAudited();
            throw refusal;
        }
        Job job = latest;
        return job == null ? Optional.empty() : Optional.of(job.view(false));
    }

    /** The report of import {@code number} on this node: the first {@value #PAGE} rejected rows and pairs of each kind, and the counts. */
    public ImportReport report(long number) {
        return Audited.run(audit, "child.import.report", "import", number, () -> {
            requireAdmin();
            return ImportReport.of(finished(number).result, PAGE);
        }, r -> r.getRejectedCount() + " rejected, " + r.getWithinFileCount() + " within the file, "
                + r.getAgainstRegisterCount() + " against the register");
    }

    /** The whole report of import {@code number} as CSV (kind, row, other row, child, other child, problems or reasons). */
    public void writeReport(long number, OutputStream out) {
        Audited.run(audit, "child.import.report.download", "import", number, () -> {
            requireAdmin();
            ImportReport all = ImportReport.of(finished(number).result, Integer.MAX_VALUE);
            StringWriter text = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader("kind", "row",
                    "other_row", "child", "other_child", "problems_or_reasons").get())) {
                for (ImportReport.RejectedRow r : all.getRejected()) {
                    csv.printRecord("rejected", r.getRow(), "", "", "", r.getProblems());
                }
                for (ImportReport.PairRow p : all.getWithinFile()) {
                    csv.printRecord("within the file", p.getRow(), p.getOtherRow(), p.getChild(), p.getOtherChild(),
                            p.getReasons());
                }
                for (ImportReport.PairRow p : all.getAgainstRegister()) {
                    csv.printRecord("against the register", p.getRow(), "", p.getChild(), p.getOtherChild(),
                            p.getReasons());
                }
                out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return all;
        }, r -> "all rows");
    }

    private Job finished(long number) {
        Job job = latest;
        if (job == null || job.number != number || job.result == null) {
            throw new NotFound("finished import " + number + " on this server");
        }
        return job;
    }

    private void run(Job job, Path file) {
        try {
            job.stage = Stage.IMPORTING;
            ChildImport.Result result = imports.run(file, job.startedBy, p -> {
                job.batchId = p.batchId();
                job.rowsDone = p.rowsDone();
                job.imported = p.imported();
                job.rejected = p.rejected();
                if (p.rowsDone() >= p.rowsTotal()) {
                    job.stage = Stage.COMPARING;
                }
            });
            job.batchId = result.batchId();
            job.rowsDone = result.rowsTotal();
            job.imported = result.imported() + result.skippedAsDoneBefore();
            job.importedNow = result.imported();
            job.rejected = result.rejected().size();
            job.result = result;
            job.stage = result.alreadyImported() ? Stage.ALREADY_IMPORTED : Stage.DONE;
        } catch (Exception | Error e) {
            String reference = ErrorReference.next();
            LOG.log(Level.SEVERE, "Import " + job.number + " of " + job.fileName + " failed, reference " + reference, e);
            job.failure = reference;
            job.stage = Stage.FAILED;
        } finally {
            delete(job.folder);
        }
    }

    private void requireAdmin() {
        if (!currentUser.get().hasRole(Role.ADMIN)) {
            throw new AccessDenied(RefusalCode.NOT_AN_ADMINISTRATOR,
                    "Only an administrator can import children's records and see an import's progress and report.");
        }
    }

    private static InvalidInput tooLarge(long size, long max) {
        return InvalidInput.of(RefusalCode.FILE_TOO_LARGE, "The file is larger than " + megabytes(max) + ", the most"
                + " this page takes (it has " + (size < 0 ? "more" : String.format(Locale.UK, "%,d", size))
                + " bytes). Split it, or import it with the import command (docs/matching.md).", "file");
    }

    /** Bytes in MB with one decimal, as the page states the limit. */
    public static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0)).replace(".0 MB", " MB");
    }

    private static void copy(InputStream in, Path file, long max) throws IOException {
        try (InputStream source = in; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = source.read(buffer)) != -1; ) {
                total += n;
                if (total > max) {
                    throw tooLarge(total, max);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The upload's own name, reduced to letters, digits, dots, dashes and underscores (it names the batch). */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) {
            name = "upload" + name;
        }
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + folder, e);
        }
    }

    /** One import on this node; written by its task, read by the page's polls. */
    private static final class Job {
        final long number;
        final String fileName;
        final String startedBy;
        final OffsetDateTime startedAt;
        final String sha256;
        final long bytes;
        final int rowsTotal;
        final Path folder;
        volatile Stage stage = Stage.CHECKING;
        volatile long batchId;
        volatile int rowsDone;
        volatile int imported;
        volatile int importedNow;
        volatile int rejected;
        volatile ChildImport.Result result;
        volatile String failure;

        Job(long number, String fileName, String startedBy, OffsetDateTime startedAt, String sha256, long bytes,
            int rowsTotal, Path folder) {
            this.number = number;
            this.fileName = fileName;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.sha256 = sha256;
            this.bytes = bytes;
            this.rowsTotal = rowsTotal;
            this.folder = folder;
        }

        boolean isRunning() {
            Stage s = stage;
            return s == Stage.CHECKING || s == Stage.IMPORTING || s == Stage.COMPARING;
        }

        ImportView view(boolean joined) {
            Stage s = stage;
            return new ImportView(number, fileName, startedBy, UkTime.dateTime(startedAt), sha256, bytes, rowsTotal,
                    s == Stage.DONE || s == Stage.ALREADY_IMPORTED ? rowsTotal : rowsDone, imported, importedNow,
                    rejected, batchId, s, failure, joined);
        }
    }

    /** An import as the page shows it: its stage and counts, and a sentence saying where it is. */
    public static final class ImportView implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final long number;
        private final String fileName;
        private final String startedBy;
        private final String startedAt;
        private final String sha256;
        private final long bytes;
        private final int rowsTotal;
        private final int rowsDone;
        private final int imported;
        private final int importedNow;
        private final int rejected;
        private final long batchId;
        private final Stage stage;
        private final String failureReference;
        private final boolean joined;

        ImportView(long number, String fileName, String startedBy, String startedAt, String sha256, long bytes,
                   int rowsTotal, int rowsDone, int imported, int importedNow, int rejected, long batchId,
                   Stage stage, String failureReference, boolean joined) {
            this.number = number;
            this.fileName = fileName;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.sha256 = sha256;
            this.bytes = bytes;
            this.rowsTotal = rowsTotal;
            this.rowsDone = rowsDone;
            this.imported = imported;
            this.importedNow = importedNow;
            this.rejected = rejected;
            this.batchId = batchId;
            this.stage = stage;
            this.failureReference = failureReference;
            this.joined = joined;
        }

        public long getNumber() {
            return number;
        }

        public String getFileName() {
            return fileName;
        }

        public String getStartedBy() {
            return startedBy;
        }

        public String getStartedAt() {
            return startedAt;
        }

        public String getSha256() {
            return sha256;
        }

        public String getSize() {
            return megabytes(bytes);
        }

        public int getRowsTotal() {
            return rowsTotal;
        }

        public int getRowsDone() {
            return rowsDone;
        }

        public int getImported() {
            return imported;
        }

        public int getRejected() {
            return rejected;
        }

        public long getBatchId() {
            return batchId;
        }

        public String getStage() {
            return stage.name();
        }

        /** Whether this was a second start of the file that was already being imported. */
        public boolean isJoined() {
            return joined;
        }

        public boolean isRunning() {
            return stage == Stage.CHECKING || stage == Stage.IMPORTING || stage == Stage.COMPARING;
        }

        public boolean isFinished() {
            return stage == Stage.DONE;
        }

        public boolean isAlreadyImported() {
            return stage == Stage.ALREADY_IMPORTED;
        }

        public boolean isFailed() {
            return stage == Stage.FAILED;
        }

        /** Rows read out of the file's rows, 0–100. */
        public int getPercent() {
            return rowsTotal == 0 ? 100 : (int) Math.min(100, rowsDone * 100L / rowsTotal);
        }

        /** Where the import is, in a sentence (the page's status region). */
        public String getStatus() {
            String counts = String.format(Locale.UK, "%,d of %,d rows read, %,d imported, %,d rejected", rowsDone,
                    rowsTotal, imported, rejected);
            return switch (stage) {
                case CHECKING -> String.format(Locale.UK, "Starting the import of %,d rows.", rowsTotal);
                case IMPORTING -> counts + ".";
                case COMPARING -> counts + ". Looking for likely duplicates.";
                case DONE -> "Finished: " + counts + (importedNow < imported ? String.format(Locale.UK,
                        " (%,d of them before an interruption).", imported - importedNow) : ".");
                case ALREADY_IMPORTED -> "This file was imported in full before, as batch " + batchId
                        + ": nothing was imported again.";
                case FAILED -> "The import stopped (reference " + failureReference + "). The rows written so far"
                        + " stay; upload the same file again to continue where it stopped.";
            };
        }
    }

    /** What an import reported: rejected rows and likely duplicate pairs, the first of each and the counts. */
    public static final class ImportReport implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final List<RejectedRow> rejected;
        private final int rejectedCount;
        private final List<PairRow> withinFile;
        private final int withinFileCount;
        private final List<PairRow> againstRegister;
        private final int againstRegisterCount;

        private ImportReport(List<RejectedRow> rejected, int rejectedCount, List<PairRow> withinFile,
                             int withinFileCount, List<PairRow> againstRegister, int againstRegisterCount) {
            this.rejected = rejected;
            this.rejectedCount = rejectedCount;
            this.withinFile = withinFile;
            this.withinFileCount = withinFileCount;
            this.againstRegister = againstRegister;
            this.againstRegisterCount = againstRegisterCount;
        }

        static ImportReport of(ChildImport.Result result, int limit) {
            List<ChildImport.Rejected> rejected = result.rejected();
            ImportDuplicates.Report pairs = result.duplicates();
            List<ImportDuplicates.Pair> within = pairs == null ? List.of() : pairs.withinFile();
            List<ImportDuplicates.Pair> register = pairs == null ? List.of() : pairs.againstRegister();
            return new ImportReport(
                    rejected.stream().limit(limit).map(r -> new RejectedRow(r.row(), r.problems())).toList(),
                    rejected.size(),
                    // both records are rows of the uploaded file: their reasons may quote it
                    within.stream().limit(limit).map(p -> new PairRow(p.sourceRow(), p.otherSourceRow(),
                            p.importedChildId(), p.otherChildId(), String.join("; ", p.reasons()))).toList(),
                    within.size(),
                    // the other is a registered child, perhaps shielded: its particulars are not shown, only the codes
                    register.stream().limit(limit).map(p -> new PairRow(p.sourceRow(), 0, p.importedChildId(),
                            p.otherChildId(), String.join("; ", p.codes().stream().map(MatchReasonCode::words)
                                    .toList()))).toList(),
                    register.size());
        }

        public List<RejectedRow> getRejected() {
            return rejected;
        }

        public int getRejectedCount() {
            return rejectedCount;
        }

        public List<PairRow> getWithinFile() {
            return withinFile;
        }

        public int getWithinFileCount() {
            return withinFileCount;
        }

        public List<PairRow> getAgainstRegister() {
            return againstRegister;
        }

        public int getAgainstRegisterCount() {
            return againstRegisterCount;
        }

        /** Whether the page shows fewer than all of something. */
        public boolean isShortened() {
            return rejected.size() < rejectedCount || withinFile.size() < withinFileCount
                    || againstRegister.size() < againstRegisterCount;
        }

        /** A rejected row: its number in the file (the header not counted) and its problems in words. */
        public static final class RejectedRow implements java.io.Serializable {
            private static final long serialVersionUID = 1L;
            private final int row;
            private final String problems;

            RejectedRow(int row, String problems) {
                this.row = row;
                this.problems = problems;
            }

            public int getRow() {
                return row;
            }

            public String getProblems() {
                return problems;
            }
        }

        /** A likely pair: the imported child's row and number, the other's row (within the file) and number, why. */
        public static final class PairRow implements java.io.Serializable {
            private static final long serialVersionUID = 1L;
            private final int row;
            private final int otherRow;
            private final long child;
            private final long otherChild;
            private final String reasons;

            PairRow(int row, int otherRow, long child, long otherChild, String reasons) {
                this.row = row;
                this.otherRow = otherRow;
                this.child = child;
                this.otherChild = otherChild;
                this.reasons = reasons;
            }

            public int getRow() {
                return row;
            }

            public int getOtherRow() {
                return otherRow;
            }

            public long getChild() {
                return child;
            }

            public long getOtherChild() {
                return otherChild;
            }

            public String getReasons() {
                return reasons;
            }
        }
    }

}
