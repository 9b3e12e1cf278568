package org.ecaf.web.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.ecaf.domain.child.matching.BlockingKeys;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * On H2 the duplicate check's lookup is answered from the match keys' covering index (V16): the plan H2 chooses for
 * the statement {@link ChildMatchStore#lookup} runs names that index, and the lookup still ranks children by the
 * summed weight of the keys they share.
 */
class MatchKeyLookupPlanTest {

    @Test
    void onH2TheLookupReadsTheCoveringIndexAndRanksByTheSharedWeight() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plan-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        SchemaMigration.migrate(h2, getClass().getClassLoader());
        long a = BlockingKeys.hash("D|ALF|2015-03-27");
        long b = BlockingKeys.hash("P|2015-03-27|MK9");
        long c = BlockingKeys.hash("N|9434765919");
        try (Connection connection = h2.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(ChildMatchStore.INSERT_KEY)) {
                // child 1 shares both keys asked for (3 + 2), child 2 one (3), child 3 only a key not asked for
                for (long[] row : new long[][] {{a, 1, 3}, {b, 1, 2}, {a, 2, 3}, {c, 3, 8}}) {
                    insert.setLong(1, row[0]);
                    insert.setLong(2, row[1]);
                    insert.setShort(3, (short) row[2]);
                    insert.executeUpdate();
                }
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + ChildMatchStore.lookupSql(2))) {
                explain.setLong(1, a);
                explain.setLong(2, b);
                explain.setInt(3, ChildMatchStore.CANDIDATE_LIMIT);
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1));
                    }
                }
            }
            assertThat(plan.toString()).containsIgnoringCase("CHILD_MATCH_KEY_COVER");

            assertThat(ChildMatchStore.lookup(connection, List.of("D|ALF|2015-03-27", "P|2015-03-27|MK9"), 100))
                    .containsExactly(new ChildMatchStore.Ranked(1, 5), new ChildMatchStore.Ranked(2, 3));
        }
    }
}
