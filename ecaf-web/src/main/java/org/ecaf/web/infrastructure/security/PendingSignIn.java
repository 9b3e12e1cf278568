package org.ecaf.web.infrastructure.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A sign-in whose password was right but which has steps left before the person is signed in: a code from their
 * authenticator, a new password of their own, or enrolling an authenticator. Kept in the session; nothing but the
 * sign-in pages can be reached with it. It lapses after ten minutes.
 */
public record PendingSignIn(String username, Set<String> groups, Instant passwordAt, boolean codeNeeded,
                            boolean newPasswordNeeded, boolean enrolmentNeeded, String enrolmentSecret)
        implements Serializable {

    public enum Step { CODE, NEW_PASSWORD, ENROL }

    /** The next step, or null when every step is done. */
    public Step next() {
        if (codeNeeded) {
            return Step.CODE;
        }
        if (newPasswordNeeded) {
            return Step.NEW_PASSWORD;
        }
        if (enrolmentNeeded) {
            return Step.ENROL;
        }
        return null;
    }

    PendingSignIn codeDone() {
        return new PendingSignIn(username, groups, passwordAt, false, newPasswordNeeded, enrolmentNeeded, enrolmentSecret);
    }

    PendingSignIn passwordDone() {
        return new PendingSignIn(username, groups, passwordAt, codeNeeded, false, enrolmentNeeded, enrolmentSecret);
    }

    PendingSignIn enrolling(String secret) {
        return new PendingSignIn(username, groups, passwordAt, codeNeeded, newPasswordNeeded, enrolmentNeeded, secret);
    }

    PendingSignIn enrolled() {
        return new PendingSignIn(username, groups, passwordAt, codeNeeded, newPasswordNeeded, false, null);
    }
}
