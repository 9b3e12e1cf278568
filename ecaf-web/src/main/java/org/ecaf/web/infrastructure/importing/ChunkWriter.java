package org.ecaf.web.infrastructure.importing;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.ecaf.domain.child.ChildDetails;
import org.ecaf.domain.child.matching.MatchKeys;
import org.ecaf.web.infrastructure.persistence.ChildMatchStore;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes one chunk of imported children, their blocking keys and their source rows, inside the caller's transaction.
 * On PostgreSQL the three tables are filled with {@code COPY … FROM STDIN} (one round trip per table per chunk; the
 * rows go in the server's text format), elsewhere (H2) with JDBC batches of the same rows. Both write the same
 * columns with the same values: {@link #rows} is the one description of a child's row.
 */
abstract class ChunkWriter implements AutoCloseable {

    static final String CHILD_COLUMNS = "id, given_names, family_name, other_names, date_of_birth,"
            + " expected_date_of_delivery, gender, address, postcode, nhs_number, upn, first_language, shielded,"
            + " family_name_key, given_name_key, birth_date, postcode_district, registered_by, registered_at,"
            + " registered_team_id";

    /** The SQL types of {@link #CHILD_COLUMNS}, for nulls in batches. */
    private static final int[] CHILD_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
        Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
        Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT};

    /** The writer for {@code connection}'s database. */
    static ChunkWriter on(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class) ? new Copy(connection.unwrap(PGConnection.class)
                .getCopyAPI()) : new Batches(connection);
    }

    /** Adds one child (already checked) with its keys and source row. */
    abstract void add(long id, ChildDetails details, MatchKeys keys, Map<Long, Integer> hashedKeys, long batchId,
            int sourceRow, String actor, OffsetDateTime now, Long team) throws SQLException;

    /** Sends what was added; the caller commits. */
    abstract void flush() throws SQLException;

    @Override
    public void close() throws SQLException {
    }

    /** The values of a child's row, in the order of {@link #CHILD_COLUMNS}. */
    static Object[] rows(long id, ChildDetails d, MatchKeys mk, String actor, OffsetDateTime now, Long team) {
        return new Object[] {id, d.givenNames(), d.familyName(),
            d.otherNames().isEmpty() ? null : String.join("; ", d.otherNames()), d.dateOfBirth(),
            d.expectedDateOfDelivery(), d.gender(), d.address(), d.postcode() == null ? null : d.postcode().value(),
            d.nhsNumber() == null ? null : d.nhsNumber().value(), d.upn() == null ? null : d.upn().value(),
            d.firstLanguage(), d.shielded(), mk.familyNameKey(), mk.givenNameKey(), mk.birthDate(),
            mk.postcodeDistrict(), actor, now, team};
    }

    /** PostgreSQL: {@code COPY} in text format. */
    static final class Copy extends ChunkWriter {
        private final CopyManager copy;
        private final StringBuilder children = new StringBuilder(1 << 20);
        private final StringBuilder keys = new StringBuilder(1 << 20);
        private final StringBuilder sources = new StringBuilder(1 << 16);

        Copy(CopyManager copy) {
            this.copy = copy;
        }

        @Override
        void add(long id, ChildDetails details, MatchKeys keys, Map<Long, Integer> hashedKeys, long batchId,
                int sourceRow, String actor, OffsetDateTime now, Long team) {
            Object[] values = rows(id, details, keys, actor, now, team);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    children.append('\t');
                }
                text(children, values[i]);
            }
            children.append('\n');
            for (Map.Entry<Long, Integer> k : hashedKeys.entrySet()) {
                this.keys.append(k.getKey()).append('\t').append(id).append('\t').append(k.getValue()).append('\n');
            }
            sources.append(batchId).append('\t').append(sourceRow).append('\t').append(id).append('\n');
        }

        @Override
        void flush() throws SQLException {
            send("COPY child (" + CHILD_COLUMNS + ") FROM STDIN", children);
            send("COPY child_match_key (key_hash, child_id, weight) FROM STDIN", keys);
            send("COPY import_row (batch_id, source_row, child_id) FROM STDIN", sources);
        }

        private void send(String sql, StringBuilder rows) throws SQLException {
            if (rows.length() == 0) {
                return;
            }
            try {
                copy.copyIn(sql, new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + e.getMessage(), e);
            } finally {
                rows.setLength(0);
            }
        }

        /** A value in COPY's text format: {@code \N} for null, backslash, tab and line ends escaped. */
        static void text(StringBuilder out, Object value) {
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else if (value instanceof OffsetDateTime t) {
                out.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
            } else if (value instanceof LocalDate || value instanceof Number) {
                out.append(value);
            } else {
                String s = value.toString();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(c);
                    }
                }
            }
        }
    }

    /** Any other database: JDBC batches. */
    static final class Batches extends ChunkWriter {
        private final PreparedStatement child;
        private final PreparedStatement key;
        private final PreparedStatement source;

        Batches(Connection connection) throws SQLException {
            child = connection.prepareStatement("INSERT INTO child (" + CHILD_COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            key = connection.prepareStatement(ChildMatchStore.INSERT_KEY);
            source = connection.prepareStatement(
                    "INSERT INTO import_row (batch_id, source_row, child_id) VALUES (?, ?, ?)");
        }

        @Override
        void add(long id, ChildDetails details, MatchKeys keys, Map<Long, Integer> hashedKeys, long batchId,
                int sourceRow, String actor, OffsetDateTime now, Long team) throws SQLException {
            Object[] values = rows(id, details, keys, actor, now, team);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof LocalDate date) {
                    child.setDate(i + 1, Date.valueOf(date));
                } else if (v == null) {
                    child.setNull(i + 1, CHILD_TYPES[i]);
                } else {
                    child.setObject(i + 1, v);
                }
            }
            child.addBatch();
            for (Map.Entry<Long, Integer> k : hashedKeys.entrySet()) {
                key.setLong(1, k.getKey());
                key.setLong(2, id);
                key.setShort(3, k.getValue().shortValue());
                key.addBatch();
            }
            source.setLong(1, batchId);
            source.setInt(2, sourceRow);
            source.setLong(3, id);
            source.addBatch();
        }

        @Override
        void flush() throws SQLException {
            child.executeBatch();
            key.executeBatch();
            source.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            child.close();
            key.close();
            source.close();
        }
    }
}
