package org.ecaf.web.infrastructure.security;

import com.codahale.passpol.BreachDatabase;
import com.codahale.passpol.PasswordPolicy;
import java.util.List;
import java.util.Locale;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;

/**
 * NIST SP 800-63B's rules for a password a person chooses: at least 12 characters (counted after Unicode NFKC
 * normalisation, so any character counts), at most 128, no composition rules, and not one of the 100,000 most
 * common passwords from breaches (the list bundled with {@code com.codahale:passpol}, Apache License 2.0, taken from
 * the NCSC's "PwnedPasswordsTop100k"), nor the username.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final PasswordPolicy POLICY = new PasswordPolicy(BreachDatabase.top100K(), MIN_LENGTH, MAX_LENGTH);

    private PasswordRules() {
    }

    /** Every problem with {@code password} as the new password of {@code username}, for the field {@code target}. */
    public static List<Violation> check(String password, String username, String target) {
        if (password == null || password.isEmpty()) {
            return List.of(new Violation(RefusalCode.PASSWORD_REQUIRED, "Enter a new password.", target));
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            return List.of(new Violation(RefusalCode.PASSWORD_IS_USERNAME,
                    "Your password must not be your username.", target));
        }
        return switch (POLICY.check(password)) {
            case OK -> List.of();
            case TOO_SHORT -> List.of(new Violation(RefusalCode.PASSWORD_TOO_SHORT, "Your password must have at least "
                    + MIN_LENGTH + " characters. A few unrelated words make a long password that is easy to remember.",
                    target));
            case TOO_LONG -> List.of(new Violation(RefusalCode.PASSWORD_TOO_LONG, "Your password must have at most "
                    + MAX_LENGTH + " characters.", target));
            case BREACHED -> List.of(new Violation(RefusalCode.PASSWORD_TOO_COMMON,
                    "This password is on a list of common "
                    + "passwords that attackers try first. Choose another.", target));
        };
    }

    /** Warms the breached-password list up (it is read on first use: about 100,000 lines). */
    public static void warmUp() {
        POLICY.check("warming up the list of common passwords");
    }
}
