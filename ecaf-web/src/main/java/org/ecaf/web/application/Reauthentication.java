package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.infrastructure.security.EcafAuthenticationMechanism;

/**
 * Sensitive acts (issuing a copy, recording a decision without consent) need a recent proof of who is acting:
 * a password and code entered in the last {@link #MAX_AGE}. An API request proves it with every request; a page
 * session after signing in or on the "Confirm it's you" page ({@code /sign-in/confirm.xhtml}).
 */
@ApplicationScoped
public class Reauthentication {

    public static final Duration MAX_AGE = Duration.ofMinutes(15);
    public static final String CONFIRM_PAGE = "/sign-in/confirm.xhtml";

    /** Refused until the person confirms who they are; the pages send them to {@link #CONFIRM_PAGE}. */
    public static final class Required extends AccessDenied {
        private static final long serialVersionUID = 1L;

        Required() {
            super(RefusalCode.REAUTHENTICATION_REQUIRED,
                    "You signed in more than 15 minutes ago. Confirm it is you with your "
                    + "password (and code) on the \"Confirm it's you\" page, then try again.");
        }
    }

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    /** Throws {@link Required} unless the caller proved who they are in the last 15 minutes. */
    public void require() {
        Object confirmed = request.getAttribute(EcafAuthenticationMechanism.CONFIRMED_AT);
        if (!(confirmed instanceof Instant at) || at.plus(MAX_AGE).isBefore(clock.instant())) {
            throw new Required();
        }
    }
}
