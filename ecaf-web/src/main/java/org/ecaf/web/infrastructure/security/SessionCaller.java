package org.ecaf.web.infrastructure.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The caller kept in the HTTP session between page requests: who, their roles, when the session's sign-in was
 * complete (for the absolute lifetime and "sign out of all sessions") and when they last proved who they are with
 * their password and code (for re-authentication before sensitive acts).
 */
public record SessionCaller(String name, Set<String> groups, Instant signedInAt, Instant confirmedAt)
        implements Serializable {

    public SessionCaller confirmed(Instant at) {
        return new SessionCaller(name, groups, signedInAt, at);
    }
}
