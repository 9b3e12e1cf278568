package org.ecaf.web.it;

import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/**
 * The persistence tests on PostgreSQL, in a database created for the run on the local server. Reported as
 * skipped (not passed) when no PostgreSQL answers at {@link TestDatabase#POSTGRES_SERVER}; failed when that
 * happens on CI.
 */
@OwnServers
class PostgresPersistenceIT extends PersistenceContract {

    @BeforeAll
    void openDatabase() {
        TestDatabase.assumePostgres();
        open(TestDatabase.postgres());
    }
}
