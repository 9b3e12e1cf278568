package org.ecaf.domain.child.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;

/**
 * A UK postcode, held in upper case with one space before the inward code: "nb1  1aa" and "NB11AA" both become
 * "NB1 1AA".
 *
 * <p>Accepted shapes of the outward code: A9, A99, A9A, AA9, AA99, AA9A (A a letter, 9 a digit); the inward code
 * is always a digit and two letters. Letters Royal Mail never uses are refused where the rule is firm: Q, V, X
 * never begin a postcode; I, J, Z are never the second letter of an area; C, I, K, M, O, V never appear in the
 * inward code (an "O" there is usually a zero typed as a letter). The letter ending an A9A or AA9A outward code
 * is not restricted, so newer sub-districts are not refused. The Girobank postcode GIR 0AA is accepted; British
 * Forces (BFPO) and overseas territory codes are not postcodes of a home in England and are refused.
 *
 * <p>Parts, for "SW1A 1AA": {@link #outwardCode()} "SW1A", {@link #district()} "SW1", {@link #area()} "SW",
 * {@link #sector()} "SW1A 1", {@link #inwardCode()} "1AA".
 */
public record Postcode(String value) implements Serializable, Comparable<Postcode> {

    /** Stable code of every refusal from this type. */
    public static final RefusalCode INVALID_CODE = RefusalCode.INVALID_POSTCODE;

    static final String TARGET = "postcode";

    private static final Pattern OUTWARD = Pattern.compile("[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-Z]?");
    private static final Pattern INWARD = Pattern.compile("[0-9][ABD-HJLNP-UW-Z]{2}");
    private static final String GIROBANK = "GIR0AA";

    /**
     * Normalises and validates.
     *
     * @throws InvalidInput with code {@link #INVALID_CODE} when the value is not a UK postcode
     */
    public Postcode {
        value = normalise(value);
    }

    /**
     * The postcode in {@code text}, normalised to upper case with one space before the inward code.
     *
     * @throws InvalidInput with code {@link #INVALID_CODE} and a message a practitioner understands
     */
    public static Postcode parse(String text) {
        return new Postcode(text);
    }

    /** The postcode in {@code text}, or empty when it is blank or not a UK postcode. */
    public static Optional<Postcode> tryParse(String text) {
        return isValid(text) ? Optional.of(new Postcode(text)) : Optional.empty();
    }

    /** Whether {@code text} is a UK postcode (any case, with or without the space). */
    public static boolean isValid(String text) {
        return problem(compact(text)) == null;
    }

    /** The part before the space: "NB1" in "NB1 1AA", "SW1A" in "SW1A 1AA". */
    public String outwardCode() {
        return value.substring(0, value.indexOf(' '));
    }

    /** The part after the space: "1AA". */
    public String inwardCode() {
        return value.substring(value.indexOf(' ') + 1);
    }

    /**
     * The postcode district: the outward code without the letter that marks a central London sub-district, so
     * "NB1" for "NB1 1AA" and "SW1" for "SW1A 1AA" (SW1A, SW1E, SW1H … are all district SW1).
     */
    public String district() {
        String outward = outwardCode();
        char last = outward.charAt(outward.length() - 1);
        if (Character.isLetter(last) && outward.length() > 2 && Character.isDigit(outward.charAt(outward.length() - 2))) {
            return outward.substring(0, outward.length() - 1);
        }
        return outward;
    }

    /** The postcode area, the leading letters: "NB" for "NB1 1AA", "W" for "W1A 0AX". */
    public String area() {
        String outward = outwardCode();
        int end = 0;
        while (end < outward.length() && Character.isLetter(outward.charAt(end))) {
            end++;
        }
        return outward.substring(0, end);
    }

    /** The postcode sector, outward code plus the inward digit: "NB1 1" for "NB1 1AA". */
    public String sector() {
        return value.substring(0, value.length() - 2);
    }

    /** The normalised postcode, for JSF EL and persistence. */
    public String getValue() {
        return value;
    }

    /** The postcode as shown to people, the same as {@link #getValue()}. */
    public String getFormatted() {
        return value;
    }

    /** For JSF EL. */
    public String getOutwardCode() {
        return outwardCode();
    }

    /** For JSF EL. */
    public String getDistrict() {
        return district();
    }

    @Override
    public int compareTo(Postcode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String text) {
        String compact = compact(text);
        String problem = problem(compact);
        if (problem != null) {
            throw InvalidInput.of(INVALID_CODE, problem, TARGET);
        }
        return compact.substring(0, compact.length() - 3) + ' ' + compact.substring(compact.length() - 3);
    }

    /** Upper case without any whitespace; null stays null. */
    private static String compact(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString().toUpperCase(Locale.ROOT);
    }

    private static String problem(String compact) {
        if (compact == null || compact.isEmpty()) {
            return "Enter the postcode, or leave it blank if it is not known.";
        }
        if (GIROBANK.equals(compact)) {
            return null;
        }
        if (compact.length() < 5) {
            return "This postcode is too short. A full postcode looks like NB1 1AA or SW1A 1AA.";
        }
        if (compact.length() > 7) {
            return "This postcode is too long. A full postcode looks like NB1 1AA or SW1A 1AA.";
        }
        String outward = compact.substring(0, compact.length() - 3);
        String inward = compact.substring(compact.length() - 3);
        if (inward.charAt(0) == 'O' && OUTWARD.matcher(outward).matches()) {
            return "The part of the postcode after the space starts with a number: check whether the letter O was"
                    + " typed instead of a zero.";
        }
        if (!OUTWARD.matcher(outward).matches() || !INWARD.matcher(inward).matches()) {
            return "This is not a UK postcode. Enter it like NB1 1AA or SW1A 1AA.";
        }
        return null;
    }
}
