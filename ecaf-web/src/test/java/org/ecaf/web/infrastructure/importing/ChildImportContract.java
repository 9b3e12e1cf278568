package org.ecaf.web.infrastructure.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.web.infrastructure.persistence.ChildMatchStore;
import org.ecaf.web.infrastructure.persistence.ChildMatching;
import org.ecaf.web.infrastructure.persistence.SchemaMigration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk import, the key table and the lookups on a real database migrated by the application's own migrations: what is
 * imported, what is rejected, resuming without double inserts, one audit event per batch, the duplicate report, and
 * the check and search over the keys. Run on H2 ({@link ChildImportTest}) and on PostgreSQL, where the rows go in by
 * {@code COPY} ({@code PostgresChildImportIT}).
 */
abstract class ChildImportContract {

    static final String HEADER = String.join(",", ChildImport.HEADER);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    DataSource db;
    final List<String> audited = new ArrayList<>();

    /** A new, empty database for one test. */
    abstract DataSource newDatabase();

    @BeforeEach
    void database() {
        db = newDatabase();
        SchemaMigration.migrate(db, getClass().getClassLoader());
    }

    ChildImport importer() {
        return new ChildImport(db, CLOCK, (c, actor, action, id, detail) -> audited.add(action + " " + detail));
    }

    Path file(String... rows) throws Exception {
        Path f = dir.resolve("children-" + System.nanoTime() + ".csv");
        Files.writeString(f, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    static String row(String given, String family, String dob, String postcode, String nhs) {
        return given + "," + family + ",," + dob + ",,female,,\"" + postcode + "\"," + nhs + ",,,false";
    }

    long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void rowsAreImportedWithTheirKeysBadRowsAreReportedWithTheirNumberAndOneEventAuditsTheBatch() throws Exception {
        Path f = file(row("Elizabeth", "Nowak", "2015-03-04", "NB1 1AA", "4010232137"),
                row("Jack", "Smith", "2030-01-01", "NB1 1AA", ""),
                row("Oliver", "Brown", "2012-11-30", "M1 1AE", ""),
                row("Beth", "Nowak", "2015-03-04", "NB1 1AA", ""));

        ChildImport.Result result = importer().run(f, "admin", p -> { });

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(2);
            assertThat(r.problems()).contains("dateOfBirth");
        });
        assertThat(count("SELECT COUNT(*) FROM child")).isEqualTo(3);
        assertThat(count("SELECT COUNT(DISTINCT child_id) FROM child_match_key")).isEqualTo(3);
        assertThat(result.duplicates().withinFile()).singleElement().satisfies(p -> {
            assertThat(p.sourceRow()).isIn(1, 4);
            assertThat(String.join("; ", p.reasons())).contains("Given names are the same name");
        });
        assertThat(audited).singleElement().asString().startsWith("child.import sha256 " + result.sha256())
                .contains("imported 3", "rejected 1");
    }

    @Test
    void aFileSavedAsCsvUtf8ByASpreadsheetIsImportedDespiteItsByteOrderMark() throws Exception {
        Path f = dir.resolve("from-a-spreadsheet.csv");
        Files.writeString(f, "\uFEFF" + HEADER + "\n" + row("Zoë", "Łukasiewicz", "2015-03-04", "NB1 1AA", "") + "\n",
                StandardCharsets.UTF_8);
        ChildImport.Result result = importer().run(f, "admin", p -> { });
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.rejected()).isEmpty();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT given_names, family_name FROM child"); ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("Zoë Łukasiewicz");
        }
    }

    @Test
    void columnsNamedInCapitalsAreReadAsTheirLowerCaseNames() throws Exception {
        Path f = dir.resolve("capitals.csv");
        Files.writeString(f, "Given_Names,FAMILY_NAME,Date_Of_Birth,Postcode\nAmira,Khan,2014-02-02,nb2 2bb\n",
                StandardCharsets.UTF_8);
        assertThat(ChildImport.check(f).problem()).isNull();
        ChildImport.Result result = importer().run(f, "admin", p -> { });
        assertThat(result.imported()).isEqualTo(1);
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT given_names, family_name, date_of_birth, postcode FROM child"); ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDate(3) + "|" + rs.getString(4))
                    .isEqualTo("Amira|Khan|2014-02-02|NB2 2BB");
        }
    }

    @Test
    void theSameFileIsNeverImportedTwice_andAFailureBeforeTheEndResumesWithoutDoubleInserts() throws Exception {
        Path f = file(row("Amira", "Khan", "2014-02-02", "NB2 2BB", ""), row("Noah", "Patel", "2016-07-07", "NB3 3DD", ""));
        AtomicInteger calls = new AtomicInteger();
        ChildImport failing = new ChildImport(db, CLOCK, (c, actor, action, id, detail) -> {
            calls.incrementAndGet();
            throw new SQLException("audit unavailable");
        });
        assertThatThrownBy(() -> failing.run(f, "admin", p -> { })).isInstanceOf(SQLException.class);
        assertThat(count("SELECT COUNT(*) FROM child")).isEqualTo(2);

        ChildImport.Result resumed = importer().run(f, "admin", p -> { });
        assertThat(resumed.imported()).isZero();
        assertThat(resumed.skippedAsDoneBefore()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM child")).isEqualTo(2);

        ChildImport.Result again = importer().run(f, "admin", p -> { });
        assertThat(again.alreadyImported()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM child")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM import_batch")).isEqualTo(1);
    }

    @Test
    void aFileWithAnUnknownColumnIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "given_names,family_name,favourite_colour\nJack,Smith,blue\n");
        assertThatThrownBy(() -> importer().run(f, "admin", p -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("favourite_colour");
        assertThat(count("SELECT COUNT(*) FROM child")).isZero();
    }

    @Test
    void theCheckFindsAChildDespiteSwappedNamesAShortFormAndDayAndMonthSwapped_andSearchTakesWildcardsLiterally()
            throws Exception {
        importer().run(file(row("Elizabeth", "Nowak", "2015-03-04", "NB1 1AA", ""),
                row("Oliver", "Nowak", "2013-08-01", "NB1 1AA", ""),
                row("Jack", "Smith", "2015-03-04", "M1 1AE", "")), "admin", p -> { });
        DuplicateMatcher matcher = new DuplicateMatcher();
        try (Connection c = db.getConnection()) {
            ChildParticulars typed = ChildParticulars.builder().givenNames("Nowak").familyName("Beth")
                    .dateOfBirth(LocalDate.of(2015, 4, 3)).postcode("NB1 1AA").build();
            ChildMatching.Check check = ChildMatching.check(c, typed, matcher);
            assertThat(check.likelyDuplicates()).singleElement()
                    .satisfies(d -> assertThat(d.candidate().givenNames()).isEqualTo("Elizabeth"));

            assertThat(ChildMatching.search(c, "beth nowak", null, 2026, matcher)).isNotEmpty();
            assertThat(ChildMatching.search(c, "nowak elizabeth", LocalDate.of(2015, 3, 5), 2026, matcher))
                    .hasSize(1);
            assertThat(ChildMatching.search(c, "%", null, 2026, matcher)).isEmpty();
            assertThat(ChildMatching.search(c, "n_wak%", null, 2026, matcher)).isEmpty();
        }
    }

    @Test
    void startUpKeysChildrenRegisteredBeforeTheKeysExisted() throws Exception {
        importer().run(file(row("Amira", "Khan", "2014-02-02", "NB2 2BB", "")), "admin", p -> { });
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM child_match_key")) {
            ps.executeUpdate();
        }
        // the state says every child was keyed with version 0: all are keyed again, once
        assertThat(ChildMatchStore.refreshIfStale(db)).isEqualTo(1);
        assertThat(count("SELECT COUNT(DISTINCT child_id) FROM child_match_key")).isEqualTo(1);
        assertThat(ChildMatchStore.refreshIfStale(db)).isZero();
    }

    @Test
    void addressesKeepTheirLineBreaksBackslashesAndTabs_asWrittenInTheFile() throws Exception {
        String address = "Flat 2\\3, Mill Lane\nLeeds\tWest Yorkshire";
        Path f = file("Amira,Khan,,2014-02-02,,female,\"" + address.replace("\"", "\"\"") + "\",LS1 1AA,,,,false");

        assertThat(importer().run(f, "admin", p -> { }).imported()).isEqualTo(1);

        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT address, other_names, shielded, date_of_birth FROM child"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(address);
            assertThat(rs.getString(2)).isNull();
            assertThat(rs.getBoolean(3)).isFalse();
            assertThat(rs.getDate(4).toLocalDate()).isEqualTo(LocalDate.of(2014, 2, 2));
        }
    }

    @Test
    void aFileOfSeveralChunksIsImportedInOrder_andTheSameChildInItsFirstAndLastRowsIsReported() throws Exception {
        int chunk = 100;
        int rows = chunk * 2 + 3;
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            // every row a different child: a name of its own (letters from the row number), a date of its own
            lines.add(i == rows ? row("Elizabeth", "Nowak", "2015-03-04", "NB1 1AA", "")
                    : i == 1 ? row("Beth", "Nowak", "2015-03-04", "NB1 1AA", "")
                    : row(letters(i), letters(i * 7 + 3), LocalDate.of(2001, 1, 1).plusDays(i % 9000).toString(),
                            "NB1 1AA", ""));
        }
        List<Integer> progress = new ArrayList<>();

        ChildImport.Result result = new ChildImport(db, CLOCK, (c, actor, action, id, detail) -> audited.add(action),
                chunk).run(file(lines.toArray(String[]::new)), "admin", p -> progress.add(p.rowsDone()));

        assertThat(result.imported()).isEqualTo(rows);
        assertThat(progress).containsExactly(chunk, chunk * 2, rows);
        assertThat(count("SELECT COUNT(*) FROM import_row")).isEqualTo(rows);
        // the rows' children were numbered in the file's order
        List<Long> childrenInRowOrder = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT child_id FROM import_row ORDER BY source_row"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                childrenInRowOrder.add(rs.getLong(1));
            }
        }
        assertThat(childrenInRowOrder).hasSize(rows).isSorted().doesNotHaveDuplicates();
        assertThat(result.duplicates().withinFile()).singleElement().satisfies(p -> {
            assertThat(p.sourceRow()).isEqualTo(1);
            assertThat(String.join("; ", p.reasons())).contains("Given names are the same name");
        });
    }

    @Test
    void aFailureInTheMiddleOfTheFileResumesAfterTheLastCommittedChunk_andStillReportsPairsAcrossTheBreak()
            throws Exception {
        Path f = file(row("Beth", "Nowak", "2015-03-04", "NB1 1AA", ""),
                row("Amira", "Khan", "2014-02-02", "NB2 2BB", ""),
                row("Noah", "Patel", "2016-07-07", "NB3 3DD", ""),
                row("Oliver", "Brown", "2012-11-30", "M1 1AE", ""),
                row("Elizabeth", "Nowak", "2015-03-04", "NB1 1AA", ""));
        // the database goes away at the third commit: the batch's opening, the first chunk, then the second chunk
        AtomicInteger commits = new AtomicInteger();
        DataSource failing = failingAtCommit(db, commits, 3);
        assertThatThrownBy(() -> new ChildImport(failing, CLOCK, (c, actor, action, id, detail) -> { }, 2)
                .run(f, "admin", p -> { })).isInstanceOf(SQLException.class).hasMessageContaining("gone");
        assertThat(count("SELECT COUNT(*) FROM child")).isEqualTo(2);

        ChildImport.Result resumed = new ChildImport(db, CLOCK, (c, actor, action, id, detail) ->
                audited.add(action + " " + detail), 2).run(f, "admin", p -> { });

        assertThat(resumed.skippedAsDoneBefore()).isEqualTo(2);
        assertThat(resumed.imported()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM child")).isEqualTo(5);
        assertThat(count("SELECT COUNT(DISTINCT source_row) FROM import_row")).isEqualTo(5);
        // Beth (row 1, before the failure) and Elizabeth (row 5, after it) are still found to be one child
        assertThat(resumed.duplicates().withinFile()).singleElement()
                .satisfies(p -> assertThat(p.sourceRow()).isEqualTo(1));
        assertThat(audited).singleElement().asString().contains("imported 5");
    }

    /** {@code target}, whose connections throw at the {@code failAt}-th commit counted over all of them. */
    static DataSource failingAtCommit(DataSource target, AtomicInteger commits, int failAt) {
        return (DataSource) Proxy.newProxyInstance(ChildImportContract.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = method.invoke(target, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(ChildImportContract.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("commit") && commits.incrementAndGet() == failAt) {
                                    connection.rollback();
                                    throw new SQLException("the database has gone");
                                }
                                try {
                                    return m.invoke(connection, a);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
    }

    /** A word of letters spelling {@code n} in base 26, so that rows get names unlike each other. */
    static String letters(int n) {
        StringBuilder word = new StringBuilder();
        for (int v = n + 26 * 27; v > 0; v /= 26) {
            word.append((char) ('a' + v % 26));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
