package org.ecaf.benchmarks.matching;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ecaf.benchmarks.matching.RegisterGenerator.Kind;
import org.ecaf.benchmarks.matching.RegisterGenerator.Person;
import org.ecaf.benchmarks.matching.RegisterGenerator.Query;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.domain.child.matching.NameFolding;
import org.ecaf.domain.child.matching.PossibleDuplicate;
import org.ecaf.forms.UkTime;
import org.ecaf.web.infrastructure.config.Settings;
import org.ecaf.web.infrastructure.importing.ChildImport;
import org.ecaf.web.infrastructure.persistence.ChildMatchStore;
import org.ecaf.web.infrastructure.persistence.ChildMatching;
import org.ecaf.web.infrastructure.persistence.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The duplicate check, the search and the bulk import on a generated, labelled register, against the real storage
 * through the application's own SQL: the register is written as a CSV file and imported with {@link ChildImport}
 * (timed), then every query runs {@link ChildMatching#check} and {@link ChildMatching#search} on one connection.
 *
 * <pre>
 * java -cp ecaf-benchmarks/target/benchmarks.jar org.ecaf.benchmarks.matching.MatchingBenchmark \
 *     --db h2:/tmp/ecaf-bench | pg:ecaf_bench  --children 1000000 --queries 3000 [--seed 42] [--work /tmp] [--names compact]
 * </pre>
 * PostgreSQL: the database is dropped and created afresh on 127.0.0.1:5432 (user postgres, trust authentication).
 */
public final class MatchingBenchmark {

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Options.parse(args);
        String db = opts.getOrDefault("db", "h2:" + System.getProperty("java.io.tmpdir") + "/ecaf-bench");
        int children = Integer.parseInt(opts.getOrDefault("children", "20000"));
        int queries = Integer.parseInt(opts.getOrDefault("queries", "2000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        Path work = Path.of(opts.getOrDefault("work", System.getProperty("java.io.tmpdir")));
        LocalDate today = LocalDate.of(2026, 12, 1);
        Clock clock = Clock.fixed(today.atStartOfDay(UkTime.ZONE).toInstant(), UkTime.ZONE);

        long t0 = System.nanoTime();
        RegisterGenerator.Names names = Options.names(opts);
        RegisterGenerator.Generated generated = new RegisterGenerator(seed, today, names).generate(children, queries);
        Path csv = work.resolve("register-" + children + "-" + seed
                + (names == RegisterGenerator.Names.COMPACT ? "-compact" : "") + ".csv");
        if (!Boolean.parseBoolean(opts.getOrDefault("reuse", "false"))) {
            writeCsv(generated.register(), csv);
        }
        System.out.println("load average at the start: " + loadAverage());
        System.out.printf(Locale.ROOT, "generated %,d children and %,d queries in %.1f s; CSV %s (%,d bytes)%n",
                generated.register().size(), generated.queries().size(), (System.nanoTime() - t0) / 1e9, csv,
                Files.exists(csv) ? Files.size(csv) : 0);

        // --reuse true: the database of an earlier run with the same --children, --seed and --names, as it is (no import)
        boolean reuse = Boolean.parseBoolean(opts.getOrDefault("reuse", "false"));
        DataSource dataSource = dataSource(db, !reuse);
        long batchId;
        if (reuse) {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT MAX(id) FROM import_batch WHERE state = 'DONE'"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                batchId = rs.getLong(1);
            }
            System.out.println("reusing the database's import batch " + batchId);
        } else {
            SchemaMigration.migrate(dataSource, MatchingBenchmark.class.getClassLoader());
            ChildImport.Result imported = new ChildImport(dataSource, clock, (c, actor, action, id, detail) -> { })
                    .run(csv, "benchmark", p -> {
                        if (p.rowsDone() % 100_000 == 0) {
                            System.out.printf(Locale.ROOT, "  %,d rows%n", p.rowsDone());
                        }
                    });
            System.out.printf(Locale.ROOT, "import: %,d rows in %.1f s = %,.0f rows/s (including the duplicate report: "
                    + "%,d pairs within the file, %,d against the register, found in %.1f s among %,d pairs scored); %d"
                    + " rejected%n", imported.imported(), imported.millis() / 1000.0, imported.rowsPerSecond(),
                    imported.duplicates().withinFile().size(), imported.duplicates().againstRegister().size(),
                    imported.reportMillis() / 1000.0, imported.duplicates().pairsScored(), imported.rejected().size());
            imported.rejected().stream().limit(5).forEach(r -> System.out.println("  rejected row " + r.row() + ": "
                    + r.problems()));
            batchId = imported.batchId();
        }

        try (Connection connection = dataSource.getConnection()) {
            long[] idOf = new long[generated.register().size()];
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT source_row, child_id FROM import_row WHERE batch_id = ?")) {
                ps.setLong(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        idOf[rs.getInt(1) - 1] = rs.getLong(2);
                    }
                }
            }
            analyse(connection);
            run(connection, generated, idOf, today);
        }
    }

    private static void run(Connection connection, RegisterGenerator.Generated generated, long[] idOf,
            LocalDate today) throws Exception {
        DuplicateMatcher matcher = new DuplicateMatcher();
        // how many children of the register have each child's first given name and family name: a search by names
        // alone cannot single out one child among more namesakes than a page shows
        Map<String, Integer> namesakes = new HashMap<>();
        for (Person t : generated.register()) {
            namesakes.merge(namesKey(t), 1, Integer::sum);
        }
        // warm-up: the first 200 queries, not counted
        for (Query q : generated.queries().subList(0, Math.min(200, generated.queries().size()))) {
            ChildMatching.check(connection, q.person().particulars(null), matcher);
        }
        // queries, blocked, found, flaggedAny, searchTop10, searches with a date, of which top 10
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        int[] namesOnlyFew = new int[2]; // searches by names alone, at most a page of namesakes: queries, top 10
        int[] namesOnlyMany = new int[2]; // more namesakes than a page
        List<String> searchMisses = new ArrayList<>();
        List<Long> checkNanos = new ArrayList<>();
        List<Long> searchNanos = new ArrayList<>();
        int flaggedTotal = 0;
        int flaggedTrue = 0;
        int withoutNhs = 0;
        int withoutNhsFound = 0;
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (Query q : generated.queries()) {
            int[] k = byKind.computeIfAbsent(q.kind(), x -> new int[7]);
            k[0]++;
            ChildParticulars probe = q.person().particulars(null);
            long s = System.nanoTime();
            ChildMatching.Check check = ChildMatching.check(connection, probe, matcher);
            checkNanos.add(System.nanoTime() - s);
            long truth = q.truth() >= 0 ? idOf[q.truth()] : -1;
            boolean blocked = check.candidates().stream().anyMatch(r -> r.childId() == truth);
            boolean found = check.likelyDuplicates().stream().anyMatch(d -> d.candidateId() == truth);
            flaggedTotal += check.likelyDuplicates().size();
            flaggedTrue += found ? 1 : 0;
            if (blocked) {
                k[1]++;
            }
            if (found) {
                k[2]++;
            }
            if (!check.likelyDuplicates().isEmpty() && !found) {
                k[3]++;
            }
            PossibleDuplicate wrong = check.likelyDuplicates().stream().filter(d -> d.candidateId() != truth).findFirst()
                    .orElse(null);
            if (wrong != null && falseAlarms.size() < 30) {
                PossibleDuplicate d = wrong;
                falseAlarms.add("FALSE ALARM " + q.kind() + ": '" + probe.givenNames() + " " + probe.familyName() + "' vs '"
                        + d.candidate().givenNames() + " " + d.candidate().familyName() + "' " + probe.dateOfBirth() + "/"
                        + d.candidate().dateOfBirth() + " " + d.score() + " "
                        + d.reasons().stream().map(r -> r.level() + "").toList()
                        + d.differences().stream().map(r -> r.level() + "").toList());
            }
            if (q.truth() >= 0 && probe.nhsNumber() == null) {
                withoutNhs++;
                withoutNhsFound += found ? 1 : 0;
            }
            if (q.truth() >= 0 && !found && misses.size() < 40) {
                Person t = generated.register().get(q.truth());
                Person p = q.person();
                misses.add(q.kind() + (q.second() == null ? "" : "+" + q.second()) + (blocked ? " (blocked)" : " (not blocked)")
                        + ": '" + p.given() + " " + p.family() + "' " + p.dob() + " " + p.postcode() + " vs '" + t.given()
                        + " " + (t.middle() == null ? "" : t.middle() + " ") + t.family() + "' " + t.dob() + " "
                        + t.postcode() + scoreOf(matcher, probe, t, idOf[q.truth()]));
            }
            // search: the names as a practitioner types them (30 % family name first), a date of birth 70 % of the time
            if (q.truth() >= 0) {
                Person p = q.person();
                String typed = p.given().length() % 10 < 3 ? p.family() + " " + p.given() : p.given() + " " + p.family();
                LocalDate dob = (p.family().length() + p.dob().getDayOfMonth()) % 10 < 7 ? p.dob() : null;
                long s2 = System.nanoTime();
                List<ChildMatching.Hit> hits = ChildMatching.search(connection, typed, dob, today.getYear(), matcher);
                searchNanos.add(System.nanoTime() - s2);
                boolean top10 = hits.stream().limit(10).anyMatch(h -> h.childId() == truth);
                if (top10) {
                    k[4]++;
                }
                if (dob != null) {
                    k[5]++;
                    k[6] += top10 ? 1 : 0;
                } else {
                    int[] line = namesakes.get(namesKey(generated.register().get(q.truth()))) > 10 ? namesOnlyMany
                            : namesOnlyFew;
                    line[0]++;
                    line[1] += top10 ? 1 : 0;
                }
                if (!top10 && (dob != null || line(namesakes, generated, q) <= 10) && searchMisses.size() < 20) {
                    int rank = 0;
                    while (rank < hits.size() && hits.get(rank).childId() != truth) {
                        rank++;
                    }
                    Person t = generated.register().get(q.truth());
                    searchMisses.add("SEARCH MISS " + q.kind() + (q.second() == null ? "" : "+" + q.second()) + ": '"
                            + typed + "' " + dob + " vs '" + t.given() + " " + t.family() + "' " + t.dob() + " ("
                            + namesakes.get(namesKey(t)) + " namesakes; "
                            + (rank < hits.size() ? "rank " + (rank + 1) : "not in the " + hits.size() + " hits") + ")");
                }
            }
        }
        misses.addAll(falseAlarms);
        misses.addAll(searchMisses);
        report(byKind, checkNanos, searchNanos, flaggedTotal, flaggedTrue, withoutNhs, withoutNhsFound, misses);
        int withDob = byKind.values().stream().mapToInt(k -> k[5]).sum();
        int withDobFound = byKind.values().stream().mapToInt(k -> k[6]).sum();
        System.out.printf(Locale.ROOT, "%nsearch top-10 by what was typed:%n"
                + "  names and a date of birth: %.4f (%d queries)%n"
                + "  names alone, the child's given and family name shared by at most 10 children: %.4f (%d queries)%n"
                + "  names alone, shared by more than 10 children (no ranking can single out the child without a date"
                + " or postcode): %.4f (%d queries)%n", withDobFound / (double) Math.max(1, withDob), withDob,
                namesOnlyFew[1] / (double) Math.max(1, namesOnlyFew[0]), namesOnlyFew[0],
                namesOnlyMany[1] / (double) Math.max(1, namesOnlyMany[0]), namesOnlyMany[0]);
        System.out.println("load average at the end: " + loadAverage());
    }

    private static int line(Map<String, Integer> namesakes, RegisterGenerator.Generated generated, Query q) {
        return namesakes.get(namesKey(generated.register().get(q.truth())));
    }

    /** The first given name and the family name as the matcher compares them (folded, parts joined). */
    private static String namesKey(Person p) {
        return NameFolding.fold(p.given()).replace(" ", "") + "|" + NameFolding.fold(p.family()).replace(" ", "");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String scoreOf(DuplicateMatcher matcher, ChildParticulars probe, Person truth, long id) {
        PossibleDuplicate d = matcher.score(probe, truth.particulars(id));
        return " score " + d.score() + " " + d.reasons().stream().map(r -> r.level() + "").toList()
                + d.differences().stream().map(r -> r.level() + "").toList();
    }

    private static void report(Map<Kind, int[]> byKind, List<Long> checkNanos, List<Long> searchNanos,
            int flaggedTotal, int flaggedTrue, int withoutNhs, int withoutNhsFound, List<String> misses) {
        int dupQueries = 0;
        int dupBlocked = 0;
        int dupFound = 0;
        int dupSearch = 0;
        System.out.println();
        System.out.println("| kind | queries | blocking recall | recall (flagged) | false alarm (another record flagged)"
                + " | search top 10 | search top 10 with a date |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<Kind, int[]> e : byKind.entrySet()) {
            int[] k = e.getValue();
            if (e.getKey().isDuplicate()) {
                dupQueries += k[0];
                dupBlocked += k[1];
                dupFound += k[2];
                dupSearch += k[4];
                System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n", e.getKey(), k[0],
                        k[1] / (double) k[0], k[2] / (double) k[0], k[3] / (double) k[0], k[4] / (double) k[0],
                        k[6] / (double) Math.max(1, k[5]));
            } else {
                System.out.printf(Locale.ROOT, "| %s (not a duplicate) | %d | – | – | %.3f | – | – |%n", e.getKey(), k[0],
                        k[3] / (double) k[0]);
            }
        }
        System.out.printf(Locale.ROOT, "%nduplicates: %d queries; blocking recall %.4f; recall %.4f; recall without an NHS "
                + "number %.4f (%d queries); precision %.4f (%d of %d flagged records are the true one); search top-10 %.4f%n",
                dupQueries, dupBlocked / (double) dupQueries, dupFound / (double) dupQueries,
                withoutNhsFound / (double) withoutNhs, withoutNhs, flaggedTrue / (double) Math.max(1, flaggedTotal),
                flaggedTrue, flaggedTotal, dupSearch / (double) dupQueries);
        System.out.printf(Locale.ROOT, "check latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d checks)%n",
                pct(checkNanos, 50), pct(checkNanos, 95), pct(checkNanos, 99), pct(checkNanos, 100), checkNanos.size());
        System.out.printf(Locale.ROOT, "search latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d searches)%n",
                pct(searchNanos, 50), pct(searchNanos, 95), pct(searchNanos, 99), pct(searchNanos, 100), searchNanos.size());
        System.out.println("\nsome misses:");
        misses.forEach(m -> System.out.println("  " + m));
    }

    private static double pct(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static void writeCsv(List<Person> register, Path csv) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                        .setHeader(ChildImport.HEADER.toArray(String[]::new)).get())) {
            for (Person p : register) {
                printer.printRecord(p.middle() == null ? p.given() : p.given() + " " + p.middle(), p.family(),
                        p.otherName(), p.dob(), null, p.gender(), null, p.postcode(), p.nhs(), p.upn(), null, "false");
            }
        }
    }

    static DataSource dataSource(String db, boolean fresh) throws Exception {
        if (db.startsWith("h2:")) {
            Path dir = Path.of(db.substring(3));
            if (fresh && Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
            Files.createDirectories(dir);
            JdbcDataSource h2 = new JdbcDataSource();
            // the application's settings for its embedded database (Settings.databaseUrl): durable commits, and its
            // page cache (H2's 64 MB, or -Decaf.h2.cache.mb=N as ECAF_H2_CACHE_MB sets it in the application)
            long cacheMb = new Settings(System.getenv(), System.getProperties()).h2CacheMegabytes();
            h2.setURL("jdbc:h2:file:" + dir.resolve("ecaf") + ";WRITE_DELAY=0;CACHE_SIZE=" + cacheMb * 1024
                    + System.getProperty("ecaf.bench.h2", ""));
            h2.setUser("sa");
            return h2;
        }
        if (db.startsWith("pg:")) {
            String name = db.substring(3);
            if (fresh) {
                try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                        "postgres", ""); Statement st = admin.createStatement()) {
                    st.execute("DROP DATABASE IF EXISTS " + name);
                    st.execute("CREATE DATABASE " + name);
                }
            }
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL("jdbc:postgresql://127.0.0.1:5432/" + name + "?reWriteBatchedInserts=true");
            pg.setUser("postgres");
            return pg;
        }
        throw new IllegalArgumentException("--db h2:DIR or pg:DATABASE, not " + db + " " + Arrays.toString(new int[0]));
    }

    private static void analyse(Connection connection) throws Exception {
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            try (Statement st = connection.createStatement()) {
                st.execute("ANALYZE");
            }
        }
        System.out.println("key version " + ChildMatchStore.KEY_VERSION);
    }
}
