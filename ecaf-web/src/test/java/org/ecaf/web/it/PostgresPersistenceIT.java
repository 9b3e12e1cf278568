package org.ecaf.web.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.ecaf.web.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/**
 * The persistence tests on PostgreSQL, in a database created for the run on the local server. Reported as
 * skipped (not passed) when no PostgreSQL answers at {@link TestDatabase#POSTGRES_SERVER}.
 */
class PostgresPersistenceIT extends PersistenceContract {

    @BeforeAll
    void openDatabase() {
        assumeTrue(TestDatabase.postgresReachable(), "PostgreSQL is not reachable at " + TestDatabase.POSTGRES_SERVER);
        open(TestDatabase.postgres());
    }
}
