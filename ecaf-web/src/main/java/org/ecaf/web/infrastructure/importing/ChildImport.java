package org.ecaf.web.infrastructure.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ecaf.domain.child.ChildDetails;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.MatchKeys;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.infrastructure.persistence.ChildMatchStore;

/**
 * Bulk import of existing children's records from a CSV file (header in {@link #HEADER}; see docs/matching.md).
 *
 * <ul>
 *   <li><b>Fast</b>: rows are read and checked ({@link ChildDetails}) in chunks of {@value #CHUNK} rows, their
 *       blocking keys computed in parallel, and children, keys and source rows written with JDBC batches, one
 *       transaction per chunk.</li>
 *   <li><b>Resumable</b>: a file is one {@code import_batch}, known by its SHA-256; every imported row is recorded
 *       in {@code import_row} (batch, source row number) in the same transaction as the child, so running the same
 *       file again after a failure continues after the last committed chunk and never inserts a row twice; a file
 *       already imported in full is not imported again.</li>
 *   <li><b>Reported</b>: rows that fail the checks are listed with their row number and the problem; likely
 *       duplicates within the file and against the register are found by {@link ImportDuplicates} after the
 *       rows are in.</li>
 *   <li><b>Audited once</b>: one audit event for the batch, with the file's SHA-256 and the counts, never one per
 *       row ({@link AuditSink}).</li>
 * </ul>
 */
public final class ChildImport {

    /** The columns of the file, in any order; only {@code given_names}, {@code family_name} and a date are required. */
    public static final List<String> HEADER = List.of("given_names", "family_name", "other_names", "date_of_birth",
            "expected_date_of_delivery", "gender", "address", "postcode", "nhs_number", "upn", "first_language",
            "shielded");

    static final int CHUNK = 5_000;

    /** Where the batch's one audit event goes. */
    @FunctionalInterface
    public interface AuditSink {
        void record(Connection connection, String actor, String action, String recordId, String detail)
                throws SQLException;
    }

    /** How far an import has got: rows read so far out of the file's rows. */
    public record Progress(long batchId, int rowsDone, int rowsTotal, int imported, int rejected) {
    }

    /** A row that could not be imported and why. */
    public record Rejected(int row, String problems) {
    }

    /** What an import did. */
    public record Result(long batchId, String sha256, boolean alreadyImported, int rowsTotal, int imported,
                         int skippedAsDoneBefore, List<Rejected> rejected, ImportDuplicates.Report duplicates,
                         long millis, long reportMillis) {

        public double rowsPerSecond() {
            return millis == 0 ? 0 : (imported + skippedAsDoneBefore) * 1000.0 / millis;
        }
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final AuditSink audit;
    private final int chunkSize;
    private Long team;

    public ChildImport(DataSource dataSource, Clock clock, AuditSink audit) {
        this(dataSource, clock, audit, CHUNK);
    }

    /** With chunks of {@code chunkSize} rows (tests use small ones to cross chunks with few rows). */
    ChildImport(DataSource dataSource, Clock clock, AuditSink audit, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize " + chunkSize);
        }
        this.chunkSize = chunkSize;
        this.dataSource = Objects.requireNonNull(dataSource);
        this.clock = Objects.requireNonNull(clock);
        this.audit = Objects.requireNonNull(audit);
    }

    /** Imports {@code file} as {@code actor}; {@code progress} hears after every chunk. */
    public Result run(Path file, String actor, Consumer<Progress> progress) throws IOException, SQLException {
        long started = System.nanoTime();
        String sha256 = sha256(file);
        int total = countRows(file);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Batch batch = openBatch(connection, sha256, file.getFileName().toString(), actor, total);
            if ("DONE".equals(batch.state)) {
                connection.commit();
                return new Result(batch.id, sha256, true, total, 0, batch.done, List.of(), null, 0, 0);
            }
            Ids ids = new Ids(connection);
            boolean registerHadChildren;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT COUNT(*) FROM (SELECT id FROM child LIMIT 1) AS any_child");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                registerHadChildren = rs.getInt(1) > 0;
            }
            ImportDuplicates pairs = new ImportDuplicates(registerHadChildren);
            // the importing user's team holds the imported records, as it would had they registered them
            Long team = null;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT team_id FROM practitioner WHERE username = ?")) {
                ps.setString(1, actor);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        team = (Long) rs.getObject(1, Long.class);
                    }
                }
            }
            this.team = team;
            if (batch.done > 0) {
                pairs.rememberEarlier(connection, batch.id);
            }
            List<Rejected> rejected = new ArrayList<>();
            int imported = 0;
            LocalDate today = LocalDate.now(clock);
            OffsetDateTime now = OffsetDateTime.now(clock);
            try (Reader reader = text(file, StandardCharsets.UTF_8.newDecoder());
                    CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                            .setIgnoreHeaderCase(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
                    ChunkWriter writer = ChunkWriter.on(connection)) {
                checkHeader(csv.getHeaderNames());
                // while one chunk is written, the next is checked and keyed (on the other cores)
                Iterator<CSVRecord> records = csv.iterator();
                int row = 0;
                for (; row < batch.lastRow && records.hasNext(); row++) {
                    records.next(); // imported before the failure this run resumes after
                }
                CompletableFuture<Parsed[]> pending = null;
                int pendingLastRow = 0;
                while (true) {
                    List<CSVRecord> chunk = new ArrayList<>(chunkSize);
                    for (; chunk.size() < chunkSize && records.hasNext(); row++) {
                        chunk.add(records.next());
                    }
                    CompletableFuture<Parsed[]> next = chunk.isEmpty() ? null
                            : parseLater(chunk, row - chunk.size() + 1, today);
                    if (pending != null) {
                        imported += writeChunk(connection, writer, batch, ids, pairs, pending.join(), actor, now,
                                rejected);
                        progress.accept(new Progress(batch.id, pendingLastRow, total, imported + batch.done,
                                rejected.size()));
                    }
                    if (next == null) {
                        break;
                    }
                    pending = next;
                    pendingLastRow = row;
                }
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            long reportStarted = System.nanoTime();
            ImportDuplicates.Report duplicates = pairs.report(connection);
            long reportMillis = (System.nanoTime() - reportStarted) / 1_000_000;
            String report = describe(total, imported + batch.done, rejected, duplicates);
            try (PreparedStatement ps = connection.prepareStatement("UPDATE import_batch SET state = 'DONE',"
                    + " finished_at = ?, rows_imported = ?, report = ? WHERE id = ?")) {
                ps.setObject(1, OffsetDateTime.now(clock));
                ps.setInt(2, imported + batch.done);
                ps.setString(3, report);
                ps.setLong(4, batch.id);
                ps.executeUpdate();
            }
            audit.record(connection, actor, "child.import", Long.toString(batch.id), "sha256 " + sha256 + "; rows "
                    + total + "; imported " + (imported + batch.done) + "; rejected " + rejected.size()
                    + "; likely duplicates within the file " + duplicates.withinFile().size()
                    + ", against the register " + duplicates.againstRegister().size());
            connection.commit();
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new Result(batch.id, sha256, false, total, imported, batch.done, List.copyOf(rejected), duplicates,
                    millis, reportMillis);
        }
    }

    /** Checks and keys the rows of a chunk in parallel, in the file's order. */
    private static CompletableFuture<Parsed[]> parseLater(List<CSVRecord> records, int firstRow, LocalDate today) {
        return CompletableFuture.supplyAsync(() -> {
            Parsed[] parsed = new Parsed[records.size()];
            IntStream.range(0, records.size()).parallel().forEach(i -> parsed[i] = parse(records.get(i), firstRow + i,
                    today));
            return parsed;
        });
    }

    private int writeChunk(Connection connection, ChunkWriter writer, Batch batch, Ids ids, ImportDuplicates pairs,
            Parsed[] parsed, String actor, OffsetDateTime now, List<Rejected> rejected) throws SQLException {
        long[] childIds = new long[parsed.length];
        List<long[]> chunkKeys = new ArrayList<>();
        for (int i = 0; i < parsed.length; i++) {
            if (parsed[i].problems == null) {
                childIds[i] = ids.next();
                for (Map.Entry<Long, Integer> k : parsed[i].keys.entrySet()) {
                    if (k.getValue() > 1) {
                        chunkKeys.add(new long[] {k.getKey(), childIds[i], k.getValue()});
                    }
                }
            }
        }
        try {
            pairs.lookUpRegister(connection, chunkKeys);
            int written = 0;
            for (int i = 0; i < parsed.length; i++) {
                Parsed p = parsed[i];
                if (p.problems != null) {
                    rejected.add(new Rejected(p.row, p.problems));
                    continue;
                }
                writer.add(childIds[i], p.details, p.matchKeys, p.keys, batch.id, p.row, actor, now, team);
                written++;
            }
            writer.flush();
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE import_batch SET rows_imported = rows_imported + ? WHERE id = ?")) {
                ps.setInt(1, written);
                ps.setLong(2, batch.id);
                ps.executeUpdate();
            }
            connection.commit();
            for (int i = 0; i < parsed.length; i++) {
                if (parsed[i].problems == null) {
                    ChildParticulars c = parsed[i].particulars;
                    pairs.added(new ChildParticulars(childIds[i], c.givenNames(), c.familyName(), c.otherNames(),
                            c.dateOfBirth(), c.expectedDateOfDelivery(), c.postcode(), c.nhsNumber(), c.upn()),
                            parsed[i].row, parsed[i].keys);
                }
            }
            return written;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private record Parsed(int row, ChildDetails details, ChildParticulars particulars, MatchKeys matchKeys,
                          Map<Long, Integer> keys, String problems) {
    }

    private static Parsed parse(CSVRecord r, int row, LocalDate today) {
        try {
            List<String> otherNames = cell(r, "other_names") == null ? List.of()
                    : Arrays.stream(cell(r, "other_names").split(";")).map(String::trim).filter(s -> !s.isEmpty())
                            .toList();
            ChildDetails d = ChildDetails.of(cell(r, "given_names"), cell(r, "family_name"), otherNames,
                    date(r, "date_of_birth"), date(r, "expected_date_of_delivery"), cell(r, "gender"),
                    cell(r, "address"), cell(r, "postcode"), cell(r, "nhs_number"), cell(r, "upn"),
                    cell(r, "first_language"), "true".equalsIgnoreCase(cell(r, "shielded"))
                            || "yes".equalsIgnoreCase(cell(r, "shielded")), today);
            ChildParticulars p = new ChildParticulars(0L, d.givenNames(), d.familyName(), d.otherNames(),
                    d.dateOfBirth(), d.expectedDateOfDelivery(), d.postcode(), d.nhsNumber(), d.upn());
            return new Parsed(row, d, p, MatchKeys.of(p), ChildMatchStore.hashedKeys(p), null);
        } catch (Refusal refusal) {
            StringBuilder problems = new StringBuilder();
            for (Violation v : refusal.violations()) {
                problems.append(problems.length() == 0 ? "" : "; ")
                        .append(v.target() == null ? "" : v.target() + ": ").append(v.message());
            }
            return new Parsed(row, null, null, null, null, problems.length() == 0 ? refusal.getMessage() : problems.toString());
        } catch (BadCell e) {
            return new Parsed(row, null, null, null, null, e.getMessage());
        }
    }

    private static String cell(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String value = r.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(CSVRecord r, String column) {
        String value = cell(r, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadCell(column + ": '" + value + "' is not a date written as yyyy-mm-dd");
        }
    }

    private static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadCell(String message) {
            super(message, null, false, false);
        }
    }

    private static void checkHeader(List<String> header) {
        List<String> unknown = unknownColumns(header);
        if (!unknown.isEmpty() || !missingColumns(header).isEmpty() || !duplicateColumns(header).isEmpty()) {
            throw new IllegalArgumentException("The file's header must name columns among " + HEADER
                    + " and include given_names and family_name; unknown: " + unknown);
        }
    }

    /** The columns of {@code header} that are not among {@link #HEADER}. */
    private static List<String> unknownColumns(List<String> header) {
        return header.stream().filter(h -> !HEADER.contains(h.toLowerCase(Locale.ROOT))).toList();
    }

    /** The columns {@code header} names more than once (which of the values would be meant?). */
    private static List<String> duplicateColumns(List<String> header) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return header.stream().map(h -> h.toLowerCase(Locale.ROOT)).filter(h -> !seen.add(h)).distinct().toList();
    }

    /** The columns every file must have that {@code header} lacks. */
    private static List<String> missingColumns(List<String> header) {
        List<String> named = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        return REQUIRED.stream().filter(c -> !named.contains(c)).toList();
    }

    /** The columns every file must name. */
    public static final List<String> REQUIRED = List.of("given_names", "family_name");

    /** What is wrong with a whole file, before anything is imported. */
    public enum FileProblem { EMPTY, NOT_CSV, WRONG_COLUMNS }

    /**
     * The result of {@link #check(Path)}: a problem (null when the file can be imported) with what it is in plain
     * words, the unknown and missing columns of a wrong header, and the number of rows.
     */
    public record FileCheck(FileProblem problem, String message, List<String> unknownColumns,
                            List<String> missingColumns, int rows) {
    }

    /**
     * Checks a whole file before it is imported, writing nothing: not empty, UTF-8 text that reads as CSV to its end,
     * a header naming only {@link #HEADER}'s columns and all of {@link #REQUIRED}, and at least one row. The page
     * refuses a file that fails, the import itself refuses a wrong header in the same words.
     */
    public static FileCheck check(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return new FileCheck(FileProblem.EMPTY, "The file is empty.", List.of(), List.of(), 0);
        }
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try (Reader reader = text(file, utf8);
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            List<String> header = csv.getHeaderNames();
            if (header.stream().anyMatch(h -> h.indexOf('\0') >= 0)) {
                return notCsv();
            }
            List<String> unknown = unknownColumns(header);
            List<String> missing = missingColumns(header);
            List<String> twice = duplicateColumns(header);
            if (!unknown.isEmpty() || !missing.isEmpty() || !twice.isEmpty()) {
                StringBuilder message = new StringBuilder("The file's first line must name its columns.");
                if (!missing.isEmpty()) {
                    message.append(" Missing: ").append(String.join(", ", missing)).append('.');
                }
                if (!twice.isEmpty()) {
                    message.append(" Named twice: ").append(String.join(", ", twice)).append('.');
                }
                if (!unknown.isEmpty()) {
                    message.append(" Not expected: ").append(String.join(", ", unknown.stream()
                            .map(u -> u.length() > 40 ? u.substring(0, 40) + "…" : u).toList())).append('.');
                }
                message.append(" The columns are ").append(String.join(",", HEADER)).append('.');
                return new FileCheck(FileProblem.WRONG_COLUMNS, message.toString(), unknown, missing, 0);
            }
            int rows = 0;
            for (CSVRecord ignored : csv) {
                rows++;
            }
            if (rows == 0) {
                return new FileCheck(FileProblem.EMPTY, "The file has a header and no rows.", List.of(),
                        List.of(), 0);
            }
            return new FileCheck(null, null, List.of(), List.of(), rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // not UTF-8, a quote never closed, a header naming one column twice or naming none (the file itself is a
            // local copy the caller just wrote: an error reading it is one of these)
            return notCsv();
        }
    }

    private static FileCheck notCsv() {
        return new FileCheck(FileProblem.NOT_CSV, "The file is not a CSV file in UTF-8 text (a spreadsheet must be"
                + " saved as \"CSV UTF-8\" first), or its quotes or header cannot be read.", List.of(), List.of(), 0);
    }

    private record Batch(long id, String state, int lastRow, int done) {
    }

    private Batch openBatch(Connection connection, String sha256, String name, String actor, int total)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, state, rows_imported FROM import_batch WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    int lastRow = 0;
                    try (PreparedStatement last = connection.prepareStatement(
                            "SELECT COALESCE(MAX(source_row), 0), COUNT(*) FROM import_row WHERE batch_id = ?")) {
                        last.setLong(1, id);
                        try (ResultSet lr = last.executeQuery()) {
                            lr.next();
                            lastRow = lr.getInt(1);
                            return new Batch(id, rs.getString(2), lastRow, lr.getInt(2));
                        }
                    }
                }
            }
        }
        long id = new Ids(connection).next();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO import_batch (id, sha256, source_name,"
                + " started_by, started_at, rows_total, rows_imported, state) VALUES (?, ?, ?, ?, ?, ?, 0, 'RUNNING')")) {
            ps.setLong(1, id);
            ps.setString(2, sha256);
            ps.setString(3, name.length() > 400 ? name.substring(0, 400) : name);
            ps.setString(4, actor);
            ps.setObject(5, OffsetDateTime.now(clock));
            ps.setInt(6, total);
            ps.executeUpdate();
        }
        connection.commit();
        return new Batch(id, "RUNNING", 0, 0);
    }

    private static String describe(int total, int imported, List<Rejected> rejected,
            ImportDuplicates.Report duplicates) {
        StringBuilder out = new StringBuilder();
        out.append(total).append(" rows, ").append(imported).append(" imported, ").append(rejected.size())
                .append(" rejected\n");
        for (Rejected r : rejected.subList(0, Math.min(rejected.size(), 1000))) {
            out.append("row ").append(r.row()).append(": ").append(r.problems()).append('\n');
        }
        out.append(duplicates.withinFile().size()).append(" likely duplicate pair(s) within the file, ")
                .append(duplicates.againstRegister().size()).append(" against the register\n");
        for (ImportDuplicates.Pair p : duplicates.all().subList(0, Math.min(duplicates.all().size(), 1000))) {
            out.append("child ").append(p.importedChildId()).append(" (row ").append(p.sourceRow()).append(") may be child ")
                    .append(p.otherChildId()).append(", score ").append(p.score()).append(": ")
                    .append(p.reasons()).append('\n');
        }
        return out.toString();
    }

    /** The SHA-256 of {@code file}, in hexadecimal: the name of its batch. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The file's text, without the byte order mark that spreadsheets put at the start of a "CSV UTF-8" file (it would
     * otherwise be read as part of the first column's name, and the header refused).
     */
    static Reader text(Path file, java.nio.charset.CharsetDecoder decoder) throws IOException {
        java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                Files.newInputStream(file), decoder));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static int countRows(Path file) throws IOException {
        try (Reader reader = text(file, StandardCharsets.UTF_8.newDecoder());
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).get().parse(reader)) {
            int n = 0;
            for (CSVRecord ignored : csv) {
                n++;
            }
            return n;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Identifiers from {@code ecaf_seq} in blocks of 50, as JPA allocates them (value − 49 … value). */
    static final class Ids {
        private final Connection connection;
        private final String sql;
        private long next;
        private long last = -1;

        Ids(Connection connection) throws SQLException {
            this.connection = connection;
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            this.sql = postgres ? "SELECT nextval('ecaf_seq')" : "SELECT NEXT VALUE FOR ecaf_seq";
        }

        long next() throws SQLException {
            if (last < 0 || next > last) {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    last = rs.getLong(1);
                    next = last - 49;
                }
            }
            return next++;
        }
    }
}
