package org.ecaf.web.interfaces.rest;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.ecaf.web.http.DatabaseFailure;

/**
 * A transaction that failed to commit reaches JAX-RS as a {@link TransactionalException}. Without a mapper of
 * this exact type the server's own one answers with an HTML error page although the change may have been stored;
 * here it is a 503 {@code OUTCOME_UNKNOWN} problem that tells the client to re-read before repeating.
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException error) {
        return UnexpectedErrorMapper.databaseFailure(DatabaseFailure.Kind.OUTCOME_UNKNOWN, error);
    }
}
