package org.ecaf.web.infrastructure.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ChildImportContract} on PostgreSQL, where the import writes with {@code COPY}: a database of its own per test
 * on the local server. Skipped when no PostgreSQL answers on a developer's machine; failed when that happens on CI.
 */
@OwnServers
class PostgresChildImportIT extends ChildImportContract {

    private final List<TestDatabase> opened = new ArrayList<>();

    @BeforeAll
    static void needsPostgres() {
        TestDatabase.assumePostgres();
    }

    @Override
    DataSource newDatabase() {
        TestDatabase database = TestDatabase.postgres();
        opened.add(database);
        return database.dataSource();
    }

    @AfterEach
    void dropDatabases() {
        opened.forEach(TestDatabase::close);
        opened.clear();
    }

    @Test
    void onPostgresTheRowsGoInByCopy() throws Exception {
        try (Connection connection = db.getConnection(); ChunkWriter writer = ChunkWriter.on(connection)) {
            assertThat(writer).isInstanceOf(ChunkWriter.Copy.class);
        }
    }
}
