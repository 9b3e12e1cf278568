package org.ecaf.web.http;

import java.sql.SQLException;
import java.util.Locale;
import org.ecaf.domain.shared.RefusalCode;

/**
 * What an exception says about the database: that it could not be reached (nothing was changed: the transaction
 * never committed), or that a commit failed on its way (the change may or may not be stored: the client must
 * re-read before trying again). Anything else is a fault of eCAF, not an outage.
 */
public final class DatabaseFailure {

    /** How a failure touches what the caller asked for. */
    public enum Kind {
        /** The database did not answer; the transaction was not committed, so nothing was changed. */
        UNAVAILABLE,
        /** The commit itself failed: whether the change is stored is unknown until it is read again. */
        OUTCOME_UNKNOWN
    }

    private DatabaseFailure() {
    }

    /** The kind of database failure behind {@code error}, or null when it is not one. */
    public static Kind of(Throwable error) {
        boolean unavailable = false;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.transaction.TransactionalException")
                    || name.equals("jakarta.transaction.RollbackException")
                    || name.startsWith("jakarta.transaction.Heuristic")
                    || name.equals("jakarta.transaction.SystemException")
                    || name.equals("jakarta.ejb.EJBTransactionRolledbackException")) {
                return Kind.OUTCOME_UNKNOWN;
            }
            if (t instanceof SQLException sql && isConnectionFailure(sql)
                    || name.endsWith("PoolingException") || name.startsWith("jakarta.resource.")
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketException) {
                unavailable = true;
            }
        }
        return unavailable ? Kind.UNAVAILABLE : null;
    }

    /** SQL states of a lost or refused connection (class 08), a server shutting down (57P), or H2's closed database. */
    static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("allocating a connection") || message.contains("connection")
                    && (message.contains("refused") || message.contains("closed") || message.contains("reset"));
        }
        return state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                || state.equals("90067") || state.equals("90098") || state.equals("90121");
    }

    /** What the caller is told about a database failure of {@code kind}, under {@code reference}: a 503 to retry. */
    public static Problem problem(Kind kind, String reference) {
        Problem problem = kind == Kind.OUTCOME_UNKNOWN
                ? Problem.of(503, RefusalCode.OUTCOME_UNKNOWN, "Outcome unknown",
                        "The database stopped answering while your change was being saved, so it may or may not have "
                                + "been stored. Read the record again (its latest revision) before repeating the change. "
                                + "Quote reference " + reference + " if you contact support.")
                : Problem.of(503, RefusalCode.DATABASE_UNAVAILABLE, "Service unavailable",
                        "eCAF cannot reach its database just now, or all its connections are busy. Nothing was changed; "
                                + "please try again in a minute. Quote reference " + reference + " if you contact support.");
        return problem.withReference(reference);
    }

    /** Seconds a client should wait before trying again after a database failure. */
    public static final String RETRY_AFTER_SECONDS = "10";
}
