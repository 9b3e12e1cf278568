package org.ecaf.web.http;

import java.security.SecureRandom;

/** Short references that tie an error a person sees to the entry in the server log. */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private ErrorReference() {
    }

    /** A new reference such as {@code ERR-7KQ2-M9XD}. */
    public static String next() {
        StringBuilder ref = new StringBuilder("ERR-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                ref.append('-');
            }
            ref.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return ref.toString();
    }
}
