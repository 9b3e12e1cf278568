package org.ecaf.domain.child.matching;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two folded name words are: the same, sounding alike, spelt almost the same, or not alike.
 *
 * <ul>
 *   <li><b>Sounds like</b>: the Double Metaphone codes (primary or alternate, up to 6 characters) share a code and
 *       the Jaro-Winkler similarity is at least 0.78 (0.85 when either word has three letters or fewer). The
 *       second test stops Double Metaphone, which ignores most vowels, from calling Tom and Tim or Dan and Don
 *       alike while keeping Mohammed, Muhammad and Mohamed, Jon and John, Smith and Smyth together.</li>
 *   <li><b>Spelt like</b>: both words have at least four letters and one letter is added, dropped, changed, or
 *       two neighbours swapped (two such edits when both words have seven letters or more): Smith and Smiht or
 *       Snith, Lucja and Lucia.</li>
 * </ul>
 * Words in other scripts are only ever the same or not alike. Thread-safe.
 */
final class NameSimilarity {

    enum Likeness { SAME, SOUNDS_LIKE, SPELT_LIKE, NONE }

    private static final DoubleMetaphone COMPARISON_ENCODER = encoder(6);
    private static final DoubleMetaphone KEY_ENCODER = encoder(4);
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /**
     * Codes already worked out, by word: a register holds far fewer distinct names than children, and the check, the
     * search and an import compare the same names again and again. Emptied when it holds {@value #REMEMBERED} words.
     */
    private static final int REMEMBERED = 100_000;
    private static final Map<String, Set<String>> CODES = new ConcurrentHashMap<>();
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private NameSimilarity() {
    }

    private static DoubleMetaphone encoder(int maxCodeLength) {
        DoubleMetaphone encoder = new DoubleMetaphone();
        encoder.setMaxCodeLen(maxCodeLength);
        return encoder;
    }

    static Likeness compare(String a, String b) {
        if (a.equals(b)) {
            return Likeness.SAME;
        }
        if (!NameFolding.isLatin(a) || !NameFolding.isLatin(b)) {
            return Likeness.NONE;
        }
        if (soundsLike(a, b)) {
            return Likeness.SOUNDS_LIKE;
        }
        if (speltLike(a, b)) {
            return Likeness.SPELT_LIKE;
        }
        return Likeness.NONE;
    }

    static boolean soundsLike(String a, String b) {
        Set<String> codesA = codes(a);
        if (codesA.isEmpty() || codes(b).stream().noneMatch(codesA::contains)) {
            return false;
        }
        double needed = Math.min(a.length(), b.length()) <= 3 ? 0.85 : 0.78;
        return JARO_WINKLER.apply(a, b) >= needed;
    }

    static boolean speltLike(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4) {
            return false;
        }
        int allowed = shorter >= 7 ? 2 : 1;
        return Math.abs(a.length() - b.length()) <= allowed && editDistance(a, b) <= allowed;
    }

    /**
     * The phonetic key of one folded word for a database column: its Double Metaphone primary code of up to four
     * characters, or for a word in another script the word itself (at most 16 characters); null for "".
     */
    static String key(String word) {
        if (word == null || word.isEmpty()) {
            return null;
        }
        return remembered(KEYS, word, NameSimilarity::keyOf);
    }

    private static String keyOf(String word) {
        if (!NameFolding.isLatin(word)) {
            int end = word.offsetByCodePoints(0, Math.min(16, word.codePointCount(0, word.length())));
            return word.substring(0, end);
        }
        String code = KEY_ENCODER.doubleMetaphone(word);
        return code == null || code.isEmpty() ? word.substring(0, Math.min(word.length(), 4)) : code;
    }

    private static Set<String> codes(String word) {
        return remembered(CODES, word, NameSimilarity::codesOf);
    }

    private static <T> T remembered(Map<String, T> memory, String word, Function<String, T> work) {
        T known = memory.get(word);
        if (known == null) {
            if (memory.size() >= REMEMBERED) {
                memory.clear();
            }
            known = work.apply(word);
            memory.put(word, known);
        }
        return known;
    }

    private static Set<String> codesOf(String word) {
        String primary = COMPARISON_ENCODER.doubleMetaphone(word);
        String alternate = COMPARISON_ENCODER.doubleMetaphone(word, true);
        if (primary == null || primary.isEmpty()) {
            return Set.of();
        }
        return alternate == null || alternate.isEmpty() || alternate.equals(primary)
                ? Set.of(primary) : Set.of(primary, alternate);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
