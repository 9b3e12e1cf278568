package org.ecaf.domain.child.matching;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Folds a name into the form names are compared in: upper case, accents removed, apostrophes dropped, every other
 * character that is not a letter (hyphens, full stops, digits, spaces) turned into a single space.
 *
 * <p>"Zoë" and "ZOE" fold to "ZOE", "Siobhán" to "SIOBHAN", "Łucja" to "LUCJA" (Ł, Ø, Đ, Þ, Æ, Œ and ß do not
 * decompose into a letter plus accent, so they are mapped explicitly), "O'Neill" to "ONEILL", "Smith-Jones" to
 * "SMITH JONES". Letters of other scripts (Arabic, Cyrillic, Chinese …) are kept as they are and only ever
 * compared exactly.
 */
public final class NameFolding {

    private NameFolding() {
    }

    /** The folded name; "" for null or a name with no letters. */
    public static String fold(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        StringBuilder withoutApostrophes = new StringBuilder(name.length());
        name.codePoints().filter(c -> !isApostrophe(c)).forEach(withoutApostrophes::appendCodePoint);
        String decomposed = Normalizer.normalize(withoutApostrophes, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String replacement = replacementFor(c);
            if (replacement == null && !Character.isLetter(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The folded name split into words: "Mary-Jane O'Neill" gives [MARY, JANE, ONEILL]. */
    public static List<String> words(String name) {
        String folded = fold(name);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** Whether a folded word is plain A–Z, so that phonetic codes mean something for it. */
    static boolean isLatin(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BC' || c == '\u02BB'
                || c == '\u00B4' || c == '\uFF07';
    }

    /** Letters that NFKD leaves whole although English readers treat them as plain letters. */
    private static String replacementFor(int c) {
        switch (c) {
            case 'Ł': case 'ł': return "L";
            case 'Ø': case 'ø': return "O";
            case 'Đ': case 'đ': case 'Ð': case 'ð': return "D";
            case 'Þ': case 'þ': return "TH";
            case 'Æ': case 'æ': return "AE";
            case 'Œ': case 'œ': return "OE";
            case 'ß': case 'ẞ': return "SS";
            case 'Ħ': case 'ħ': return "H";
            case 'Ŧ': case 'ŧ': return "T";
            case 'ı': return "I";
            case 'ĸ': return "K";
            case 'Ŋ': case 'ŋ': return "NG";
            default: return null;
        }
    }
}
