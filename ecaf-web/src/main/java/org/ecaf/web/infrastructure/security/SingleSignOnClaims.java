package org.ecaf.web.infrastructure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules single sign-on applies to a token's claims once its signature, issuer and lifetime have been checked:
 * which claim names the account, which authentication classes are accepted, and when the person last proved who
 * they are. Pure functions, so each rule is unit-tested apart from any provider.
 */
final class SingleSignOnClaims {

    /** The claim compared with an account's e-mail address; any other claim is compared with its username. */
    static final String EMAIL = "email";
    /** Clocks of the provider and of eCAF may differ by this much. */
    static final Duration SKEW = Duration.ofSeconds(60);

    private SingleSignOnClaims() {
    }

    /**
     * The value of {@code claim} that names the account: a non-blank text of at most 200 characters, normalised
     * (trimmed, lower case) as usernames and e-mail addresses are compared. Empty when the token lacks it, or holds
     * something else (a number, a list, an object).
     */
    static Optional<String> accountName(Map<String, Object> claims, String claim) {
        Object value = claims.get(claim);
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        String normalised = SignInGuard.normalise(text);
        if (normalised.isEmpty() || normalised.length() > 200) {
            return Optional.empty();
        }
        return Optional.of(normalised);
    }

    /** True when no class is required, or the token's {@code acr} is one of the required ones. */
    static boolean acrAccepted(Map<String, Object> claims, Collection<String> required) {
        if (required.isEmpty()) {
            return true;
        }
        return claims.get("acr") instanceof String acr && required.contains(acr);
    }

    /**
     * When the person last authenticated at the provider ({@code auth_time}, seconds since 1970), if the token says
     * and it is not in the future (beyond the clocks' allowed difference).
     */
    static Optional<Instant> authTime(Map<String, Object> claims, Instant now) {
        Object value = claims.get("auth_time");
        Instant at;
        if (value instanceof Number seconds) {
            at = Instant.ofEpochSecond(seconds.longValue());
        } else if (value instanceof java.util.Date date) {
            at = date.toInstant();
        } else {
            return Optional.empty();
        }
        return at.isAfter(now.plus(SKEW)) ? Optional.empty() : Optional.of(at.isAfter(now) ? now : at);
    }

    /** True when {@code audiences} (the token's {@code aud}) names one of {@code accepted}. */
    static boolean audienceAccepted(List<String> audiences, Collection<String> accepted) {
        return audiences != null && audiences.stream().anyMatch(accepted::contains);
    }

    /** True when a token that expires at {@code expiry} is still valid at {@code now} (allowing the clocks' skew). */
    static boolean notExpired(Instant expiry, Instant now) {
        return expiry != null && !now.isAfter(expiry.plus(SKEW));
    }
}
