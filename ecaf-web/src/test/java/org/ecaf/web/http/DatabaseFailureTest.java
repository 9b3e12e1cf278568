package org.ecaf.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {

    @Test
    void aLostConnectionIsAnOutageAndNothingWasChanged() {
        RuntimeException jpa = new RuntimeException("Exception [EclipseLink-4002]",
                new SQLTransientConnectionException("Connection refused", "08001"));
        assertThat(DatabaseFailure.of(jpa)).isEqualTo(DatabaseFailure.Kind.UNAVAILABLE);
        assertThat(DatabaseFailure.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .isEqualTo(DatabaseFailure.Kind.UNAVAILABLE);
    }

    @Test
    void aFailedCommitHasAnUnknownOutcome() {
        TransactionalException commit = new TransactionalException("commit failed",
                new RollbackException("connection lost during commit"));
        assertThat(DatabaseFailure.of(commit)).isEqualTo(DatabaseFailure.Kind.OUTCOME_UNKNOWN);
    }

    @Test
    void aConstraintViolationIsNotAnOutage() {
        assertThat(DatabaseFailure.of(new RuntimeException(new SQLException("duplicate key", "23505")))).isNull();
        assertThat(DatabaseFailure.of(new IllegalStateException("bug"))).isNull();
    }
}
