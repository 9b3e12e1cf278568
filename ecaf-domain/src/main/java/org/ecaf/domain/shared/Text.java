package org.ecaf.domain.shared;

/**
 * Checks of typed text that no layer should store: control characters (a NUL byte, an escape), and in names also the
 * invisible and direction-changing characters that make one name look like another (bidirectional overrides and
 * isolates, zero-width spaces, the byte-order mark, soft hyphens). Zero-width joiner and non-joiner stay allowed:
 * Persian, Urdu and Indic names need them.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code value} may not be stored as a name, or null when it may. */
    public static String nameProblem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            String problem = controlProblem(cp);
            if (problem != null) {
                return problem;
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT && cp != 0x200C && cp != 0x200D) {
                return "contains an invisible or direction-changing character (U+" + hex(cp) + ")";
            }
            if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE) {
                return "contains a character that is not a letter of any script (U+" + hex(cp) + ")";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** Why {@code value} may not be stored as free text (control characters other than tab and line breaks). */
    public static String textProblem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (cp != '\t' && cp != '\n' && cp != '\r') {
                String problem = controlProblem(cp);
                if (problem != null) {
                    return problem;
                }
            }
            if (Character.getType(cp) == Character.SURROGATE) {
                return "contains a broken character (U+" + hex(cp) + ")";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String controlProblem(int cp) {
        if (Character.getType(cp) == Character.CONTROL) {
            return cp == 0 ? "contains a NUL byte" : "contains a control character (U+" + hex(cp) + ")";
        }
        return null;
    }

    private static String hex(int cp) {
        return String.format("%04X", cp);
    }
}
