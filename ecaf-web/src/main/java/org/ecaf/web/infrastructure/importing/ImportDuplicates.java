package org.ecaf.web.infrastructure.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.domain.child.matching.MatchReason;
import org.ecaf.domain.child.matching.MatchReasonCode;
import org.ecaf.domain.child.matching.PossibleDuplicate;
import org.ecaf.web.infrastructure.persistence.ChildMatchStore;

/**
 * Finds, while a batch is imported, the likely duplicates within the file and against the children registered before
 * it. Pairs are candidates when they share stored blocking keys other than a single name worth at least
 * {@value #MIN_SHARED_WEIGHT} (a name and a date, both names and a year, a date and a district, an identifier):
 * <ul>
 *   <li><b>within the file</b>: every imported child's keys are kept in memory with its particulars; at the end the
 *       keys are sorted by hash and each child gathers, from the runs of its own keys, the later children it shares
 *       keys with — on every core, without a table of all pairs, so the work follows the number of children and of
 *       their neighbours;</li>
 *   <li><b>against the register</b>: one indexed lookup of each chunk's keys before the chunk is written.</li>
 * </ul>
 * The candidates are then scored with {@link DuplicateMatcher} and the flagged ones kept. Unlike the check at
 * registration, which widens the date of birth to every close date, this compares keys as stored, so a pair whose
 * names <em>and</em> date are both wrong is not reported here (the registration check would find it).
 */
public final class ImportDuplicates {

    /** Pairs must share keys worth at least this much (a name and a date, or a date and a district) to be scored. */
    static final int MIN_SHARED_WEIGHT = 3;
    /** A run of more children than this sharing one key is too common to mean anything and is skipped. */
    static final int MAX_RUN = 64;
    /** Pairs with registered children scored per query of their particulars (one IN list). */
    static final int SLICE = 2_000;

    /**
     * A likely duplicate: an imported child (and its source row) and the other record (and, within the file, its
     * source row; 0 for a registered child), with the reasons in words
     * (which quote both records' particulars) and as codes (which quote nothing).
     */
    public record Pair(long importedChildId, int sourceRow, long otherChildId, int otherSourceRow, boolean withinFile,
                       int score,
                       List<String> reasons, List<MatchReasonCode> codes) {
    }

    /** The pairs found, and how many pairs sharing keys were scored to find them. */
    public record Report(List<Pair> withinFile, List<Pair> againstRegister, long pairsScored) {

        public List<Pair> all() {
            return Stream.concat(withinFile.stream(), againstRegister.stream()).toList();
        }
    }

    private final boolean registerHadChildren;
    // the imported children in the order they were added (their ordinal), with their particulars
    private long[] childIds = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private ChildParticulars[] particulars = new ChildParticulars[1 << 12];
    private int[] firstKey = new int[(1 << 12) + 1];
    private int children;
    // their keys of weight 2 and more, in the same order: hash, ordinal of the child, weight
    private long[] hashes = new long[1 << 16];
    private int[] owners = new int[1 << 16];
    private byte[] weights = new byte[1 << 16];
    private int size;
    private final Set<Long> imported = new HashSet<>();
    private final Map<Long, Integer> againstRegister = new HashMap<>(); // packed pair -> shared weight

    ImportDuplicates(boolean registerHadChildren) {
        this.registerHadChildren = registerHadChildren;
    }

    /** Before a chunk is written: looks its keys up among the children already registered (not of this batch). */
    void lookUpRegister(Connection connection, List<long[]> chunkKeys) throws SQLException {
        if (!registerHadChildren || chunkKeys.isEmpty()) {
            return;
        }
        Map<Long, List<long[]>> byHash = new HashMap<>(); // hash -> [importedId, weight]
        for (long[] k : chunkKeys) {
            byHash.computeIfAbsent(k[0], x -> new ArrayList<>()).add(new long[] {k[1], k[2]});
        }
        long[] all = byHash.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        for (int from = 0; from < all.length; from += 512) {
            int to = Math.min(all.length, from + 512);
            StringBuilder sql = new StringBuilder("SELECT key_hash, child_id FROM child_match_key WHERE key_hash IN (");
            for (int i = from; i < to; i++) {
                sql.append(i == from ? "?" : ",?");
            }
            sql.append(')');
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (int i = from; i < to; i++) {
                    ps.setLong(i - from + 1, all[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long existing = rs.getLong(2);
                        if (imported.contains(existing)) {
                            continue;
                        }
                        for (long[] mine : byHash.get(rs.getLong(1))) {
                            againstRegister.merge(pack(mine[0], existing), (int) mine[1], Integer::sum);
                        }
                    }
                }
            }
        }
    }

    /** On resuming a batch: the children its earlier, committed chunks imported, so that pairs with them are found. */
    void rememberEarlier(Connection connection, long batchId) throws SQLException {
        Map<Long, Integer> rowsById = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT child_id, source_row FROM import_row WHERE batch_id = ? ORDER BY source_row")) {
            ps.setLong(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rowsById.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        List<Long> all = new ArrayList<>(rowsById.keySet());
        all.sort(null);
        for (int from = 0; from < all.size(); from += 500) {
            for (ChildParticulars p : ChildMatchStore.particulars(connection, all.subList(from,
                    Math.min(all.size(), from + 500)))) {
                added(p, rowsById.get(p.id()), ChildMatchStore.hashedKeys(p));
            }
        }
    }

    /** After a chunk is written: remembers a child (with its id), its source row and its keys for the pairs within the file. */
    void added(ChildParticulars child, int sourceRow, Map<Long, Integer> keys) {
        if (children == childIds.length) {
            int grown = children * 2;
            childIds = Arrays.copyOf(childIds, grown);
            rows = Arrays.copyOf(rows, grown);
            particulars = Arrays.copyOf(particulars, grown);
            firstKey = Arrays.copyOf(firstKey, grown + 1);
        }
        int ordinal = children++;
        childIds[ordinal] = child.id();
        rows[ordinal] = sourceRow;
        particulars[ordinal] = child;
        imported.add(child.id());
        firstKey[ordinal] = size;
        for (Map.Entry<Long, Integer> k : keys.entrySet()) {
            if (k.getValue() <= 1) {
                continue;
            }
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
                owners = Arrays.copyOf(owners, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            hashes[size] = k.getKey();
            owners[size] = ordinal;
            weights[size] = (byte) (int) k.getValue();
            size++;
        }
        firstKey[ordinal + 1] = size;
    }

    /** Scores the candidate pairs and keeps the flagged ones. */
    Report report(Connection connection) throws SQLException {
        DuplicateMatcher matcher = new DuplicateMatcher();
        // the keys sorted by hash; the children holding each run of one hash, in the same places
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.parallelSort(sorted);
        int[] runOwners = new int[size];
        int[] filled = new int[size];
        int[] runOf = new int[size]; // where the run of each key (in insertion order) starts in sorted
        for (int k = 0; k < size; k++) {
            int start = firstIndex(sorted, hashes[k]);
            runOf[k] = start;
            runOwners[start + filled[start]++] = owners[k];
        }
        DuplicateMatcher.Prepared[] prepared = new DuplicateMatcher.Prepared[children];
        IntStream.range(0, children).parallel().forEach(i -> prepared[i] = matcher.prepare(particulars[i]));
        AtomicLong scored = new AtomicLong();
        List<Pair> inFile = IntStream.range(0, children).parallel().mapToObj(a -> {
            // the later children sharing a key with a, with the key's weight: (child << 8 | weight), sorted by child
            long[] shared = new long[16];
            int n = 0;
            for (int k = firstKey[a]; k < firstKey[a + 1]; k++) {
                int from = runOf[k];
                int to = from + filled[from];
                if (to - from > MAX_RUN) {
                    continue;
                }
                for (int i = from; i < to; i++) {
                    int b = runOwners[i];
                    if (b > a) {
                        if (n == shared.length) {
                            shared = Arrays.copyOf(shared, n * 2);
                        }
                        shared[n++] = (long) b << 8 | weights[k];
                    }
                }
            }
            Arrays.sort(shared, 0, n);
            List<Pair> found = new ArrayList<>();
            for (int i = 0; i < n; ) {
                int b = (int) (shared[i] >>> 8);
                int weight = 0;
                for (; i < n && (int) (shared[i] >>> 8) == b; i++) {
                    weight += (int) (shared[i] & 0xff);
                }
                if (weight >= MIN_SHARED_WEIGHT) {
                    scored.incrementAndGet();
                    matcher.compare(prepared[a], prepared[b]).ifPresent(d -> found.add(pair(a, childIds[b], rows[b], true, d)));
                }
            }
            return found;
        }).flatMap(List::stream).sorted(Comparator.comparingInt(Pair::sourceRow).thenComparingLong(Pair::otherChildId))
                .toList();

        Map<Long, Integer> ordinalOf = new HashMap<>();
        for (int i = 0; i < children; i++) {
            ordinalOf.put(childIds[i], i);
        }
        List<long[]> candidates = new ArrayList<>();
        againstRegister.forEach((pair, weight) -> {
            if (weight >= MIN_SHARED_WEIGHT) {
                candidates.add(new long[] {pair >>> 32, pair & 0xffffffffL});
            }
        });
        candidates.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        scored.addAndGet(candidates.size());
        List<Pair> register = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += SLICE) {
            List<long[]> slice = candidates.subList(from, Math.min(candidates.size(), from + SLICE));
            Map<Long, ChildParticulars> loaded = new HashMap<>();
            for (ChildParticulars p : ChildMatchStore.particulars(connection, slice.stream().map(c -> c[1]).distinct()
                    .toList())) {
                loaded.put(p.id(), p);
            }
            register.addAll(slice.parallelStream().map(c -> {
                Integer a = ordinalOf.get(c[0]);
                ChildParticulars other = loaded.get(c[1]);
                return a == null || other == null ? null : matcher.compare(prepared[a], matcher.prepare(other))
                        .map(d -> pair(a, c[1], 0, false, d)).orElse(null);
            }).filter(Objects::nonNull).toList());
        }
        return new Report(inFile, List.copyOf(register), scored.get());
    }

    private Pair pair(int ordinal, long other, int otherRow, boolean withinFile, PossibleDuplicate d) {
        return new Pair(childIds[ordinal], rows[ordinal], other, otherRow, withinFile, d.score(),
                d.reasons().stream().map(MatchReason::explanation).toList(),
                d.reasons().stream().map(MatchReason::code).toList());
    }

    /** The first index of {@code hash} in {@code sorted} (which holds it). */
    private static int firstIndex(long[] sorted, long hash) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < hash) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long pack(long a, long b) {
        if (a > 0xffffffffL || b > 0xffffffffL) {
            throw new IllegalStateException("child ids beyond 32 bits");
        }
        return a << 32 | b;
    }
}
