package org.ecaf.web.infrastructure.security;

import java.util.regex.Pattern;

/** What a username may be: 3 to 60 lower-case letters, digits, dots, hyphens and underscores, starting with a letter. */
public final class AccountRules {

    public static final String USERNAME_RULE = "3 to 60 lower-case letters, digits, '.', '-' or '_', starting with a letter";
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

    private AccountRules() {
    }

    public static boolean validUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }
}
