package org.ecaf.domain.child.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;

/**
 * A unique pupil number (UPN), the Department for Education's identifier for a pupil in an English state school:
 * 13 characters, a check letter followed by the local authority number (3 digits), the school's establishment
 * number (4 digits), the year of issue (2 digits) and a serial (3 digits). A <em>temporary</em> UPN ends with a
 * letter instead of the serial's last digit.
 *
 * <p>The check letter: multiply characters 2 to 13 by their position (2 to 13), a temporary UPN's final letter
 * counting as its place in the check alphabet below; add the products; the remainder after dividing by 23 picks
 * the letter from {@value #CHECK_ALPHABET} (A to Z without I, O and S, so 0 is A and 22 is Z). I, O and S are
 * never a check letter nor the final letter of a temporary UPN.
 *
 * <p>Input may be in lower case and contain spaces or hyphens. The local authority number is not checked against
 * the current list, which changes when authorities merge.
 */
public record UniquePupilNumber(String value) implements Serializable, Comparable<UniquePupilNumber> {

    /** Stable code of every refusal from this type. */
    public static final RefusalCode INVALID_CODE = RefusalCode.INVALID_UPN;

    /** The 23 letters a remainder 0–22 stands for. */
    public static final String CHECK_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    static final String TARGET = "upn";

    private static final String FORMAT_MESSAGE = "A unique pupil number (UPN) is 13 characters: a letter, then 12"
            + " digits (a temporary UPN ends with a letter instead), for example B801200005001.";

    /**
     * Normalises and validates.
     *
     * @throws InvalidInput with code {@link #INVALID_CODE} when the value is not a valid UPN
     */
    public UniquePupilNumber {
        value = normalise(value);
    }

    /**
     * The UPN in {@code text}, normalised to 13 upper-case characters without spaces.
     *
     * @throws InvalidInput with code {@link #INVALID_CODE} and a message a practitioner understands
     */
    public static UniquePupilNumber parse(String text) {
        return new UniquePupilNumber(text);
    }

    /** The UPN in {@code text}, or empty when it is blank or not valid. */
    public static Optional<UniquePupilNumber> tryParse(String text) {
        return isValid(text) ? Optional.of(new UniquePupilNumber(text)) : Optional.empty();
    }

    /** Whether {@code text} is a valid permanent or temporary UPN. */
    public static boolean isValid(String text) {
        return problem(strip(text)) == null;
    }

    /**
     * The check letter for the 12 characters that follow it (11 digits and a final digit or, for a temporary UPN,
     * a letter of the check alphabet).
     *
     * @throws IllegalArgumentException when {@code last12} is not 12 such characters
     */
    public static char checkLetter(String last12) {
        if (last12 == null || !hasBodyShape(last12)) {
            throw new IllegalArgumentException("expected 11 digits and a digit or check-alphabet letter");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = last12.charAt(i);
            int weight = i + 2;
            int n = Character.isDigit(c) ? c - '0' : CHECK_ALPHABET.indexOf(c);
            sum += n * weight;
        }
        return CHECK_ALPHABET.charAt(sum % 23);
    }

    /** Whether this is a temporary UPN (its last character is a letter); JSF EL reads it as {@code temporary}. */
    public boolean isTemporary() {
        return Character.isLetter(value.charAt(12));
    }

    /** The issuing local authority's number, characters 2 to 4. */
    public String localAuthorityNumber() {
        return value.substring(1, 4);
    }

    /** The 13 characters, for JSF EL and persistence. */
    public String getValue() {
        return value;
    }

    /** The UPN as shown to people: the 13 characters unchanged (DfE shows UPNs ungrouped). */
    public String getFormatted() {
        return value;
    }

    @Override
    public int compareTo(UniquePupilNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String text) {
        String stripped = strip(text);
        String problem = problem(stripped);
        if (problem != null) {
            throw InvalidInput.of(INVALID_CODE, problem, TARGET);
        }
        return stripped;
    }

    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !NhsNumber.isHyphen(c))
                .forEach(kept::appendCodePoint);
        return kept.toString().toUpperCase(Locale.ROOT);
    }

    /** 11 ASCII digits then an ASCII digit or a letter of the check alphabet. */
    private static boolean hasBodyShape(String last12) {
        if (last12.length() != 12) {
            return false;
        }
        for (int i = 0; i < 11; i++) {
            if (!isAsciiDigit(last12.charAt(i))) {
                return false;
            }
        }
        char last = last12.charAt(11);
        return isAsciiDigit(last) || CHECK_ALPHABET.indexOf(last) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String problem(String upn) {
        if (upn == null || upn.isEmpty()) {
            return "Enter the unique pupil number (UPN), or leave it blank if it is not known.";
        }
        if (upn.length() != 13 || !isAsciiLetter(upn.charAt(0))) {
            return FORMAT_MESSAGE;
        }
        String body = upn.substring(1);
        if (!hasBodyShape(body)) {
            char last = body.charAt(11);
            if (last == 'I' || last == 'O' || last == 'S') {
                return "A temporary unique pupil number (UPN) never ends with I, O or S."
                        + " Check the last character: it may be the digit 1, 0 or 5.";
            }
            return FORMAT_MESSAGE;
        }
        if (checkLetter(body) != upn.charAt(0)) {
            return "This unique pupil number (UPN) is not valid: the first letter does not match the rest of the"
                    + " number, so a character is probably wrong. Check it against the school's records.";
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
