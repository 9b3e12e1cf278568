package org.ecaf.web.infrastructure.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.domain.child.matching.MatchReason;
import org.ecaf.domain.child.matching.PossibleDuplicate;
import org.ecaf.web.infrastructure.persistence.ChildMatchStore;

/**
 * Collects, while a batch is imported, the pairs of children that share a stored blocking key other than a single
 * name, within the file (in memory: the keys' hashes sorted, then equal runs paired) and against the children
 * registered before the batch (one indexed lookup of each chunk's keys before the chunk is written), then scores
 * those pairs with {@link DuplicateMatcher} and keeps the flagged ones. Unlike the check at registration, which widens
 * the date of birth to every close date, this compares keys as stored, so a pair whose names <em>and</em> date are
 * both wrong is not reported here (the registration check would find it).
 */
public final class ImportDuplicates {

    /** Pairs must share keys worth at least this much (a name and a date, or a date and a district) to be scored. */
    static final int MIN_SHARED_WEIGHT = 3;
    /** A run of more children than this sharing one key is too common to mean anything and is skipped. */
    static final int MAX_RUN = 64;

    /** A likely duplicate: an imported child (and its source row) and the other record. */
    public record Pair(long importedChildId, int sourceRow, long otherChildId, boolean withinFile, int score,
                       List<String> reasons) {
    }

    /** The pairs found. */
    public record Report(List<Pair> withinFile, List<Pair> againstRegister) {

        public List<Pair> all() {
            return Stream.concat(withinFile.stream(), againstRegister.stream()).toList();
        }
    }

    private final boolean registerHadChildren;
    private long[] hashes = new long[1 << 16];
    private long[] ids = new long[1 << 16];
    private byte[] weights = new byte[1 << 16];
    private int size;
    private final Set<Long> imported = new HashSet<>();
    private final Map<Long, Integer> rowOf = new HashMap<>();
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
        Map<Long, Integer> rows = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT child_id, source_row FROM import_row WHERE batch_id = ?")) {
            ps.setLong(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        List<Long> all = new ArrayList<>(rows.keySet());
        for (int from = 0; from < all.size(); from += 500) {
            for (ChildParticulars p : ChildMatchStore.particulars(connection, all.subList(from,
                    Math.min(all.size(), from + 500)))) {
                added(p.id(), rows.get(p.id()), ChildMatchStore.hashedKeys(p));
            }
        }
    }

    /** After a chunk is written: remembers its children and their keys for the pairs within the file. */
    void added(long childId, int sourceRow, Map<Long, Integer> keys) {
        imported.add(childId);
        rowOf.put(childId, sourceRow);
        for (Map.Entry<Long, Integer> k : keys.entrySet()) {
            if (k.getValue() <= 1) {
                continue;
            }
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
                ids = Arrays.copyOf(ids, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            hashes[size] = k.getKey();
            ids[size] = childId;
            weights[size] = (byte) (int) k.getValue();
            size++;
        }
    }

    /** Scores the collected pairs and keeps the flagged ones. */
    Report report(Connection connection) throws SQLException {
        Map<Long, Integer> within = new HashMap<>();
        sort(0, size - 1);
        for (int start = 0; start < size; ) {
            int end = start;
            while (end < size && hashes[end] == hashes[start]) {
                end++;
            }
            if (end - start > 1 && end - start <= MAX_RUN) {
                for (int i = start; i < end; i++) {
                    for (int j = i + 1; j < end; j++) {
                        if (ids[i] != ids[j]) {
                            within.merge(pack(Math.min(ids[i], ids[j]), Math.max(ids[i], ids[j])), (int) weights[i],
                                    Integer::sum);
                        }
                    }
                }
            }
            start = end;
        }
        List<long[]> candidates = new ArrayList<>();
        within.forEach((pair, weight) -> {
            if (weight >= MIN_SHARED_WEIGHT) {
                candidates.add(new long[] {pair >>> 32, pair & 0xffffffffL, 1});
            }
        });
        againstRegister.forEach((pair, weight) -> {
            if (weight >= MIN_SHARED_WEIGHT) {
                candidates.add(new long[] {pair >>> 32, pair & 0xffffffffL, 0});
            }
        });
        DuplicateMatcher matcher = new DuplicateMatcher();
        List<Pair> inFile = new ArrayList<>();
        List<Pair> register = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += 500) {
            List<long[]> slice = candidates.subList(from, Math.min(candidates.size(), from + 500));
            Set<Long> wanted = new HashSet<>();
            for (long[] pair : slice) {
                wanted.add(pair[0]);
                wanted.add(pair[1]);
            }
            Map<Long, ChildParticulars> loaded = new HashMap<>();
            for (ChildParticulars p : ChildMatchStore.particulars(connection, new ArrayList<>(wanted))) {
                loaded.put(p.id(), p);
            }
            for (long[] pair : slice) {
                ChildParticulars a = loaded.get(pair[0]);
                ChildParticulars b = loaded.get(pair[1]);
                if (a == null || b == null) {
                    continue;
                }
                PossibleDuplicate d = matcher.compare(a, b).orElse(null);
                if (d != null) {
                    boolean isWithin = pair[2] == 1;
                    Pair found = new Pair(pair[0], rowOf.getOrDefault(pair[0], 0), pair[1], isWithin, d.score(),
                            d.reasons().stream().map(MatchReason::explanation).toList());
                    (isWithin ? inFile : register).add(found);
                }
            }
        }
        return new Report(List.copyOf(inFile), List.copyOf(register));
    }

    private static long pack(long a, long b) {
        if (a > 0xffffffffL || b > 0xffffffffL) {
            throw new IllegalStateException("child ids beyond 32 bits");
        }
        return a << 32 | b;
    }

    private void sort(int lo, int hi) {
        while (lo < hi) {
            long pivot = hashes[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (hashes[i] < pivot) {
                    i++;
                }
                while (hashes[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            if (j - lo < hi - i) {
                sort(lo, j);
                lo = i;
            } else {
                sort(i, hi);
                hi = j;
            }
        }
    }

    private void swap(int i, int j) {
        long h = hashes[i];
        hashes[i] = hashes[j];
        hashes[j] = h;
        long id = ids[i];
        ids[i] = ids[j];
        ids[j] = id;
        byte w = weights[i];
        weights[i] = weights[j];
        weights[j] = w;
    }
}
