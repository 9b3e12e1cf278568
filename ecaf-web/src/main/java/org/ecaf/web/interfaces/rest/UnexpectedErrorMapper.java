package org.ecaf.web.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.http.DatabaseFailure;
import org.ecaf.web.http.ErrorReference;
import org.ecaf.web.http.Problem;

/**
 * Anything else becomes a problem detail and never a stack trace: HTTP errors keep their status (404 for an
 * unknown path, 405, 415 …); an unexpected error is logged under a reference the client is given.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        Throwable unreadable = unreadableBody(error);
        if (unreadable != null) {
            return Problem.of(400, RefusalCode.BAD_REQUEST, "Bad Request", "The request body could not be read: "
                    + plain(unreadable.getMessage())).toResponse();
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "Request refused" : known.getReasonPhrase();
            RefusalCode code = codeOf(status);
            return (code == null ? Problem.ofStatus(status, title, detailOf(status))
                    : Problem.of(status, code, title, detailOf(status))).toResponse();
        }
        DatabaseFailure.Kind database = DatabaseFailure.of(error);
        if (database != null) {
            return databaseFailure(database, error);
        }
        String reference = ErrorReference.next();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, error);
        return Problem.of(500, RefusalCode.INTERNAL_ERROR, "Something went wrong",
                        "The request could not be completed. Nothing was changed. Quote reference " + reference
                                + " if you contact support.")
                .withReference(reference).toResponse();
    }

    /**
     * A database outage is a 503 the client may retry, never a 500: {@code DATABASE_UNAVAILABLE} when the
     * transaction never committed (nothing was changed), {@code OUTCOME_UNKNOWN} when the commit itself failed and
     * the change may be stored: the client re-reads the record (its revision) before trying again, so an error
     * answer never hides a change that was in fact committed.
     */
    static Response databaseFailure(DatabaseFailure.Kind kind, Throwable error) {
        String reference = ErrorReference.next();
        LOG.log(Level.WARNING, "Database failure (" + kind + "), reference " + reference + ": " + rootMessage(error));
        LOG.log(Level.FINE, "Database failure " + reference, error);
        return Response.fromResponse(DatabaseFailure.problem(kind, reference).toResponse())
                .header("Retry-After", DatabaseFailure.RETRY_AFTER_SECONDS).build();
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The JSON or date parsing error behind a request body that could not be read, if that is what this is. */
    private static Throwable unreadableBody(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException
                    || t instanceof java.time.format.DateTimeParseException
                    || t instanceof jakarta.json.stream.JsonParsingException) {
                return t;
            }
        }
        return null;
    }

    private static String plain(String message) {
        if (message == null) {
            return "it is not valid JSON for this request.";
        }
        String firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > 300 ? firstLine.substring(0, 300) + "…" : firstLine;
    }

    /** eCAF's code for an HTTP error, or null for a status it has none for. */
    private static RefusalCode codeOf(int status) {
        return switch (status) {
            case 400 -> RefusalCode.BAD_REQUEST;
            case 401 -> RefusalCode.AUTHENTICATION_REQUIRED;
            case 403 -> RefusalCode.FORBIDDEN;
            case 404 -> RefusalCode.NOT_FOUND;
            case 405 -> RefusalCode.METHOD_NOT_ALLOWED;
            case 406 -> RefusalCode.NOT_ACCEPTABLE;
            case 415 -> RefusalCode.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request could not be read. Check that the body is valid JSON and the parameters are well formed.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 415 -> "Send the body as application/json.";
            default -> null;
        };
    }
}
