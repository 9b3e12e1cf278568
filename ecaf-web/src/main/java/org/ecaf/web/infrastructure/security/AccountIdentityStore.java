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
 * Checks a username and password against the accounts in the database. Every refusal costs the same: an unknown
 * username is checked against a dummy PBKDF2 hash and a disabled account's password is checked too, so the time a
 * refusal takes says nothing about whether the name exists. A PBKDF2 check costs about a tenth of a second by
 * design, and the API sends the password with every request: a successful check is remembered for a few minutes as
 * an HMAC of the password under a key that lives only in this process, so a repeated request costs microseconds and
 * no password is kept in memory. Throttling and the audit of failures are the authentication mechanism's, which
 * knows the client's address ({@link SignInGuard}, {@link SignInFailures}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    static final Duration REMEMBER = Duration.ofMinutes(5);

    /** Why a validation failed; the mechanism audits it (in aggregate). */
    public enum Failure { UNKNOWN_ACCOUNT, WRONG_PASSWORD, ACCOUNT_DISABLED }

    /** The result of a check and, when refused, why. */
    public record Outcome(CredentialValidationResult result, Failure failure) {

        static Outcome refused(Failure failure) {
            return new Outcome(CredentialValidationResult.INVALID_RESULT, failure);
        }

        public boolean valid() {
            return result.getStatus() == CredentialValidationResult.Status.VALID;
        }
    }

    private record Verified(byte[] passwordMac, Set<String> groups, Instant until) {
    }

    private final byte[] cacheKey = new byte[32];
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

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
        return check(login).result();
    }

    /** Checks a username and password; says why when it refuses. */
    public Outcome check(UsernamePasswordCredential login) {
        String username = SignInGuard.normalise(login.getCaller());
        String password = login.getPasswordAsString() == null ? "" : login.getPasswordAsString();
        if (username.isEmpty() || password.isEmpty() || username.length() > 60 || password.length() > 1024) {
            passwords.verifyAgainstDummy(password.length() > 1024 ? password.substring(0, 1024) : password);
            return Outcome.refused(Failure.UNKNOWN_ACCOUNT);
        }
        Instant now = clock.instant();
        byte[] mac = mac(username, password);
        Verified remembered = verified.get(username);
        if (remembered != null && now.isBefore(remembered.until())
                && MessageDigest.isEqual(remembered.passwordMac(), mac)) {
            return new Outcome(new CredentialValidationResult(username, remembered.groups()), null);
        }
        Optional<AccountDirectory.Login> account = accounts.loginOf(username);
        if (account.isEmpty()) {
            passwords.verifyAgainstDummy(password);
            return Outcome.refused(Failure.UNKNOWN_ACCOUNT);
        }
        boolean right = passwords.verify(password, account.get().passwordHash());
        if (!right) {
            verified.remove(username);
            return Outcome.refused(Failure.WRONG_PASSWORD);
        }
        if (!account.get().practitioner().isActive()) {
            verified.remove(username);
            return Outcome.refused(Failure.ACCOUNT_DISABLED);
        }
        Set<String> groups = groupsOf(account.get().practitioner());
        verified.put(username, new Verified(mac, groups, now.plus(REMEMBER)));
        return new Outcome(new CredentialValidationResult(username, groups), null);
    }

    /** Forgets what was remembered about {@code username}: after a password change or when an account is disabled. */
    public void forget(String username) {
        verified.remove(SignInGuard.normalise(username));
    }

    static Set<String> groupsOf(Practitioner practitioner) {
        return practitioner.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
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
