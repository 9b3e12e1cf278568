package org.ecaf.domain.child.identity;

import java.io.Serializable;
import java.util.Optional;

import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;

/**
 * An NHS number: ten digits, the last a modulus 11 check digit. Held as the ten digits ("9434765919") and shown
 * in the NHS's 3-3-4 grouping ("943 476 5919").
 *
 * <p>Input may contain spaces (including non-breaking spaces) and hyphens anywhere. The check digit is computed by
 * weighting the first nine digits 10 down to 2, summing, and taking {@code 11 - (sum mod 11)}; a result of 11
 * means 0 and a result of 10 means the number can never be valid. Numbers made of one repeated digit
 * ("0000000000", "1111111111") pass the arithmetic but are placeholders typed when the number was not known, so
 * they are refused too. No range check is made: test numbers (999 …) and numbers from Scotland and Northern
 * Ireland pass.
 *
 * <p>Messages never repeat the number itself, because refusals may be logged.
 */
public record NhsNumber(String value) implements Serializable, Comparable<NhsNumber> {

    /** Stable code of every refusal from this type. */
    public static final RefusalCode INVALID_CODE = RefusalCode.INVALID_NHS_NUMBER;

    static final String TARGET = "nhsNumber";

    /**
     * Normalises and validates; {@code new NhsNumber("943-476-5919")} holds "9434765919".
     *
     * @throws InvalidInput with code {@link #INVALID_CODE} when the value is not a valid NHS number
     */
    public NhsNumber {
        value = normalise(value);
    }

    /**
     * The NHS number in {@code text}, normalised to ten digits.
     *
     * @throws InvalidInput with code {@link #INVALID_CODE} and a message a practitioner understands
     */
    public static NhsNumber parse(String text) {
        return new NhsNumber(text);
    }

    /** The NHS number in {@code text}, or empty when it is blank or not valid. */
    public static Optional<NhsNumber> tryParse(String text) {
        return isValid(text) ? Optional.of(new NhsNumber(text)) : Optional.empty();
    }

    /** Whether {@code text} is a valid NHS number (spaces and hyphens allowed). */
    public static boolean isValid(String text) {
        return problem(strip(text)) == null;
    }

    /** The check digit for nine leading digits, or -1 when no check digit can make them valid (remainder 10). */
    static int checkDigit(CharSequence firstNineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    /** The ten digits grouped 3-3-4 for display, e.g. "943 476 5919". */
    public String formatted() {
        return value.substring(0, 3) + ' ' + value.substring(3, 6) + ' ' + value.substring(6);
    }

    /** The ten digits, for JSF EL and persistence. */
    public String getValue() {
        return value;
    }

    /** See {@link #formatted()}; for JSF EL. */
    public String getFormatted() {
        return formatted();
    }

    @Override
    public int compareTo(NhsNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static String normalise(String text) {
        String digits = strip(text);
        String problem = problem(digits);
        if (problem != null) {
            throw InvalidInput.of(INVALID_CODE, problem, TARGET);
        }
        return digits;
    }

    /** Removes whitespace and hyphens (of any kind); null stays null. */
    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isHyphen(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static boolean isHyphen(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212';
    }

    /** Why {@code digits} (already stripped) is not a valid NHS number, or null when it is. */
    private static String problem(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "Enter the NHS number, or leave it blank if it is not known.";
        }
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "An NHS number is 10 digits, for example 943 476 5919.";
        }
        if (digits.chars().allMatch(c -> c == digits.charAt(0))) {
            return "This is not a real NHS number. Leave it blank if the NHS number is not known.";
        }
        if (checkDigit(digits) != digits.charAt(9) - '0') {
            return "This NHS number is not valid: one of the digits is probably wrong."
                    + " Check it against a letter or record from the NHS.";
        }
        return null;
    }
}
