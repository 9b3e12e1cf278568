package org.ecaf.web.infrastructure.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * The caller kept in the HTTP session between page requests: who, their roles, when the session's sign-in was
 * complete (for the absolute lifetime and "sign out of all sessions"), when they last proved who they are (for
 * re-authentication before sensitive acts; null when not known, as after a single sign-on whose provider did not
 * say when the person authenticated) and whether they signed in with the council's identity provider (single
 * sign-on: they confirm who they are there, not with a password).
 */
public record SessionCaller(String name, Set<String> groups, Instant signedInAt, Instant confirmedAt,
                            boolean singleSignOn) implements Serializable {

    public SessionCaller confirmed(Instant at) {
        return new SessionCaller(name, groups, signedInAt, at, singleSignOn);
    }
}
