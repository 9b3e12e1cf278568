package org.ecaf.web.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with Jakarta Security's PBKDF2: HMAC-SHA512, 210,000 iterations (OWASP's figure
 * for this algorithm), a 32-byte random salt per password, a 64-byte key.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** The hash of a random password nobody knows: an unknown username is checked against it, so it costs the same. */
    private String dummyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        dummyHash = pbkdf2.generate(AccountDirectory.oneTimePassword().toCharArray());
    }

    /** Does the same work as {@link #verify} for a username without an account, and always says no. */
    public boolean verifyAgainstDummy(String password) {
        pbkdf2.verify(password.toCharArray(), dummyHash);
        return false;
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }
}
