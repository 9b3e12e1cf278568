package org.ecaf.web.infrastructure.importing;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** {@link ChildImportContract} on an in-memory H2 database (JDBC batches). */
class ChildImportTest extends ChildImportContract {

    @Override
    DataSource newDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:import-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }
}
