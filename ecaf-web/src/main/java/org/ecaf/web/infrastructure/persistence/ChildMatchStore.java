package org.ecaf.web.infrastructure.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ecaf.domain.child.identity.NhsNumber;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.identity.UniquePupilNumber;
import org.ecaf.domain.child.matching.BlockingKeys;
import org.ecaf.domain.child.matching.ChildParticulars;

/**
 * The SQL of the duplicate check, the search and bulk import over the {@code child_match_key} table, in plain JDBC so
 * that the application (through its JPA connection), the import command and the benchmarks run the very same
 * statements. Every lookup is one indexed query on the key hashes, ranked by the sum of the shared keys' weights
 * and capped, so its cost follows the number of keys asked for, not the size of the register.
 */
public final class ChildMatchStore {

    /** The version of the key scheme ({@link BlockingKeys}); when the database holds an older one, start-up keys every child again. */
    public static final int KEY_VERSION = 1;

    /** The most candidates one check scores. */
    public static final int CANDIDATE_LIMIT = 100;

    static final String PARTICULARS_COLUMNS = "id, given_names, family_name, other_names, date_of_birth,"
            + " expected_date_of_delivery, postcode, nhs_number, upn";

    private ChildMatchStore() {
    }

    /** A child id and the summed weight of the keys it shares with the probe. */
    public record Ranked(long childId, int weight) {
    }

    /** The children sharing any of {@code keys}, best first (ties by id), at most {@code limit}. */
    public static List<Ranked> lookup(Connection connection, Collection<String> keys, int limit) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        long[] hashes = keys.stream().mapToLong(BlockingKeys::hash).distinct().sorted().toArray();
        int size = bucket(hashes.length);
        try (PreparedStatement ps = connection.prepareStatement(lookupSql(size))) {
            for (int i = 0; i < size; i++) {
                ps.setLong(i + 1, hashes[Math.min(i, hashes.length - 1)]);
            }
            ps.setInt(size + 1, limit);
            List<Ranked> ranked = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ranked.add(new Ranked(rs.getLong(1), rs.getInt(2)));
                }
            }
            return ranked;
        }
    }

    /** The lookup's statement for {@code size} hashes (then the limit). */
    static String lookupSql(int size) {
        StringBuilder sql = new StringBuilder("SELECT child_id, SUM(weight) AS w FROM child_match_key WHERE key_hash IN (");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        return sql.append(") GROUP BY child_id ORDER BY w DESC, child_id LIMIT ?").toString();
    }

    /** The particulars of the children with {@code ids}, in the order of {@code ids}; missing ids are left out. */
    public static List<ChildParticulars> particulars(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        int size = bucket(ids.size());
        StringBuilder sql = new StringBuilder("SELECT " + PARTICULARS_COLUMNS + " FROM child WHERE id IN (");
        for (int i = 0; i < size; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        sql.append(')');
        Map<Long, ChildParticulars> found = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < size; i++) {
                ps.setLong(i + 1, ids.get(Math.min(i, ids.size() - 1)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ChildParticulars p = read(rs);
                    found.put(p.id(), p);
                }
            }
        }
        List<ChildParticulars> ordered = new ArrayList<>();
        for (Long id : ids) {
            ChildParticulars p = found.get(id);
            if (p != null) {
                ordered.add(p);
            }
        }
        return ordered;
    }

    /** Replaces the stored keys of one child (after registering it or changing its particulars). */
    public static void replaceKeys(Connection connection, ChildParticulars child) throws SQLException {
        long id = child.id();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM child_match_key WHERE child_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_KEY)) {
            addKeys(insert, child);
            insert.executeBatch();
        }
    }

    /** The insert that {@link #addKeys} batches. */
    public static final String INSERT_KEY = "INSERT INTO child_match_key (key_hash, child_id, weight) VALUES (?, ?, ?)";

    /** Adds the key rows of {@code child} (which has an id) to a batch of {@link #INSERT_KEY}. */
    public static int addKeys(PreparedStatement insertKey, ChildParticulars child) throws SQLException {
        Map<Long, Integer> byHash = hashedKeys(child);
        for (Map.Entry<Long, Integer> key : byHash.entrySet()) {
            insertKey.setLong(1, key.getKey());
            insertKey.setLong(2, child.id());
            insertKey.setShort(3, key.getValue().shortValue());
            insertKey.addBatch();
        }
        return byHash.size();
    }

    /** The hashed stored keys of {@code child} with their weights (the highest weight when two keys collide). */
    public static Map<Long, Integer> hashedKeys(ChildParticulars child) {
        Map<Long, Integer> byHash = new HashMap<>();
        BlockingKeys.stored(child).forEach((key, weight) -> byHash.merge(BlockingKeys.hash(key), weight, Math::max));
        return byHash;
    }

    /**
     * When the database's children were keyed with an older scheme than {@link #KEY_VERSION} (or not at all, as after
     * the migration to version 6), keys every child again, 1,000 at a time, and records the new version; returns how
     * many children were keyed. Run at start-up, after the migrations; safe to interrupt (it starts again).
     */
    public static int refreshIfStale(DataSource dataSource) throws SQLException {
        int done = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int stored;
                try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT key_version FROM match_key_state WHERE id = 1"); ResultSet rs = ps.executeQuery()) {
                    stored = rs.next() ? rs.getInt(1) : 0;
                }
                if (stored >= KEY_VERSION) {
                    return 0;
                }
                long after = Long.MIN_VALUE;
                while (true) {
                    List<ChildParticulars> batch = new ArrayList<>();
                    try (PreparedStatement ps = connection.prepareStatement("SELECT " + PARTICULARS_COLUMNS
                            + " FROM child WHERE id > ? ORDER BY id LIMIT 1000")) {
                        ps.setLong(1, after);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                batch.add(read(rs));
                            }
                        }
                    }
                    if (batch.isEmpty()) {
                        break;
                    }
                    for (ChildParticulars child : batch) {
                        replaceKeys(connection, child);
                    }
                    connection.commit();
                    done += batch.size();
                    after = batch.get(batch.size() - 1).id();
                }
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE match_key_state SET key_version = ? WHERE id = 1")) {
                    ps.setInt(1, KEY_VERSION);
                    ps.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        return done;
    }

    static ChildParticulars read(ResultSet rs) throws SQLException {
        String other = rs.getString(4);
        List<String> otherNames = other == null ? List.of() : Arrays.stream(other.split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        Date dob = rs.getDate(5);
        Date edd = rs.getDate(6);
        String postcode = rs.getString(7);
        String nhs = rs.getString(8);
        String upn = rs.getString(9);
        return new ChildParticulars(rs.getLong(1), rs.getString(2), rs.getString(3), otherNames,
                dob == null ? null : dob.toLocalDate(), edd == null ? null : edd.toLocalDate(),
                postcode == null ? null : new Postcode(postcode), nhs == null ? null : new NhsNumber(nhs),
                upn == null ? null : new UniquePupilNumber(upn));
    }

    /** Sizes of IN lists come in a few buckets so that prepared statements are reused. */
    static int bucket(int n) {
        int size = 8;
        while (size < n) {
            size *= 2;
        }
        return size;
    }

}
