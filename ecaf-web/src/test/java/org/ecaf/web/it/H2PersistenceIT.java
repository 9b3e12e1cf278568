package org.ecaf.web.it;

import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The persistence tests on the embedded default, an H2 file database configured as the application configures it. */
@OwnServers
class H2PersistenceIT extends PersistenceContract {

    @BeforeAll
    void openDatabase() {
        open(TestDatabase.h2());
    }
}
