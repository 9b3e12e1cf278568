package org.ecaf.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;

/**
 * Checks a username and password against the accounts in the database. A PBKDF2 check costs about a tenth of a
 * second by design, and the API sends the password with every request: a successful check is remembered for a
 * few minutes as an HMAC of the password under a key that lives only in this process, so a repeated request
 * costs microseconds and no password is kept in memory. Repeated failures lock the username for a while.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    static final Duration REMEMBER = Duration.ofMinutes(5);
    static final int MAX_FAILURES = 10;
    static final Duration LOCKOUT = Duration.ofMinutes(5);

    private record Verified(byte[] passwordMac, Set<String> groups, Instant until) {
    }

    private record Failures(int count, Instant lockedUntil) {
    }

    private final byte[] cacheKey = new byte[32];
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    AccountDirectory accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    public AccountIdentityStore() {
        new SecureRandom().nextBytes(cacheKey);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller() == null ? "" : login.getCaller().trim().toLowerCase();
        String password = login.getPasswordAsString() == null ? "" : login.getPasswordAsString();
        Instant now = clock.instant();
        if (username.isEmpty() || password.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Failures failed = failures.get(username);
        if (failed != null && failed.lockedUntil() != null && now.isBefore(failed.lockedUntil())) {
            accounts.recordLoginRefused(username, "LOCKED_OUT");
            return CredentialValidationResult.INVALID_RESULT;
        }
        byte[] mac = mac(username, password);
        Verified remembered = verified.get(username);
        if (remembered != null && now.isBefore(remembered.until())
                && MessageDigest.isEqual(remembered.passwordMac(), mac)) {
            return new CredentialValidationResult(username, remembered.groups());
        }
        Optional<AccountDirectory.Login> account = accounts.loginOf(username);
        if (account.isEmpty() || !account.get().practitioner().isActive()
                || !passwords.verify(password, account.get().passwordHash())) {
            fail(username, now);
            accounts.recordLoginRefused(username, account.isEmpty() ? "UNKNOWN_ACCOUNT"
                    : account.get().practitioner().isActive() ? "WRONG_PASSWORD" : "ACCOUNT_DISABLED");
            return CredentialValidationResult.INVALID_RESULT;
        }
        failures.remove(username);
        Set<String> groups = groupsOf(account.get().practitioner());
        verified.put(username, new Verified(mac, groups, now.plus(REMEMBER)));
        return new CredentialValidationResult(username, groups);
    }

    /** Forgets what was remembered about {@code username}: after a password change or when an account is disabled. */
    public void forget(String username) {
        verified.remove(username.toLowerCase());
    }

    /** True while {@code username} is locked out after too many wrong passwords. */
    public boolean lockedOut(String username) {
        Failures failed = username == null ? null : failures.get(username.trim().toLowerCase());
        return failed != null && failed.lockedUntil() != null && clock.instant().isBefore(failed.lockedUntil());
    }

    static Set<String> groupsOf(Practitioner practitioner) {
        return practitioner.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    private void fail(String username, Instant now) {
        verified.remove(username);
        failures.compute(username, (name, previous) -> {
            boolean lockExpired = previous != null && previous.lockedUntil() != null
                    && !now.isBefore(previous.lockedUntil());
            int count = previous == null || lockExpired ? 1 : previous.count() + 1;
            return new Failures(count, count >= MAX_FAILURES ? now.plus(LOCKOUT) : null);
        });
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
