package org.ecaf.pdf.layout;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lays out one line of text that is not all DejaVu: the Unicode bidirectional algorithm (ICU {@link Bidi}) orders
 * its runs for display, each run is split where the font changes (DejaVu first, then the {@link FontLibrary} face of
 * the character's script), and each piece is shaped: Arabic script by ICU {@link ArabicShaping} into presentation
 * forms (joining and lam-alef ligatures), Bengali, Devanagari and Gujarati by PDFBox's GSUB workers (conjuncts,
 * reordered vowel signs), Gurmukhi and Tamil by a small reordering of pre-base vowel signs here. Not done: mark
 * positioning (GPOS), Nastaliq for Urdu (Naskh-style Noto Sans Arabic is used), conjuncts in Gurmukhi and Tamil.
 */
final class Shaper {

    private static final int ARABIC_OPTIONS = ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK
            | ArabicShaping.TEXT_DIRECTION_LOGICAL;
    private static final char REPLACEMENT = '\uFFFD';

    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, Line> CACHE = new ConcurrentHashMap<>();

    private Shaper() {
    }

    /** One run of glyphs in one font, in display order, with the logical text it shows. */
    record Run(FontFace font, int[] glyphs, int units, String text, int script, boolean rtl) {

        /** A BCP 47 tag for the run's script when it is not the document's (e.g. {@code und-Arab}), else null. */
        String language() {
            if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.LATIN
                    || script == UScript.UNKNOWN) {
                return null;
            }
            return "und-" + UScript.getShortName(script);
        }
    }

    /** A shaped line: runs left to right, total advance in 1/1000 em, and whether its base direction is right to left. */
    record Line(List<Run> runs, int units, boolean rtl) {
    }

    static int units(Typeface face, String text) {
        return shape(face, text).units();
    }

    /**
     * Shapes a cleaned line, from a per-JVM cache: the same names and words come back line after line and copy after
     * copy, and PDFBox's GSUB workers compile their patterns on every call. Shaped lines are never changed after.
     */
    static Line shape(Typeface face, String text) {
        String key = face == Typeface.BOLD ? "B" + text : "R" + text;
        Line line = CACHE.get(key);
        if (line == null) {
            line = shapeUncached(face, text);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, line);
        }
        return line;
    }

    private static Line shapeUncached(Typeface face, String text) {
        FontLibrary library = FontLibrary.system();
        if (!hasRightToLeft(text)) {
            List<Run> runs = new ArrayList<>(4);
            itemize(face, library, text, 0, text.length(), false, runs);
            return line(runs, false);
        }
        Bidi bidi = new Bidi(text, Bidi.LEVEL_DEFAULT_LTR);
        List<Run> runs = new ArrayList<>(8);
        for (int i = 0; i < bidi.countRuns(); i++) {
            BidiRun run = bidi.getVisualRun(i);
            List<Run> pieces = new ArrayList<>(4);
            itemize(face, library, text, run.getStart(), run.getLimit(), run.isOddRun(), pieces);
            if (run.isOddRun()) {
                Collections.reverse(pieces);
            }
            runs.addAll(pieces);
        }
        return line(runs, (bidi.getParaLevel() & 1) == 1);
    }

    private static Line line(List<Run> runs, boolean rtl) {
        int units = 0;
        for (Run r : runs) {
            units += r.units();
        }
        return new Line(runs, units, rtl);
    }

    /** Whether any character needs the bidirectional algorithm (Hebrew, Arabic and their presentation forms). */
    static boolean hasRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && (c <= 0x08FF || c >= 0xFB1D && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF)) {
                return true;
            }
        }
        return false;
    }

    /** Splits a logical range of one direction into runs of one font each, shaped, in logical order. */
    private static void itemize(Typeface face, FontLibrary library, String text, int from, int to, boolean rtl,
                                List<Run> out) {
        FontFace primary = face.primary();
        FontFace current = null;
        int start = from;
        StringBuilder piece = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            FontFace font = choose(primary, library, face == Typeface.BOLD, cp, current);
            int shown = cp;
            if (font == null) {
                font = primary;
                shown = REPLACEMENT;
            }
            if (font != current && current != null) {
                out.add(shapeRun(current, piece.toString(), text.substring(start, i), rtl));
                piece.setLength(0);
                start = i;
            }
            current = font;
            piece.appendCodePoint(rtl ? UCharacter.getMirror(shown) : shown);
            i += n;
        }
        if (current != null) {
            out.add(shapeRun(current, piece.toString(), text.substring(start, to), rtl));
        }
    }

    private static FontFace choose(FontFace primary, FontLibrary library, boolean bold, int cp, FontFace current) {
        if (current != null && current != primary && current.supports(cp)) {
            int script = UScript.getScript(cp);
            if (script == UScript.COMMON || script == UScript.INHERITED) {
                return current;
            }
        }
        if (primary.supports(cp)) {
            return primary;
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return current != null ? current : primary;
        }
        return library.faceFor(cp, bold, current == primary ? null : current);
    }

    private static Run shapeRun(FontFace font, String shown, String logical, boolean rtl) {
        int script = scriptOf(logical);
        String chars = shown;
        if (script == UScript.ARABIC) {
            try {
                chars = new ArabicShaping(ARABIC_OPTIONS).shape(shown);
            } catch (ArabicShapingException e) {
                chars = shown;
            }
        } else if (script == UScript.TAMIL || script == UScript.GURMUKHI) {
            chars = reorderPreBase(shown, script);
        }
        List<Integer> glyphs = new ArrayList<>(chars.length());
        List<Integer> word = new ArrayList<>(16);
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            int gid = font.glyph(c);
            if (gid == 0) {
                if (Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.NON_SPACING_MARK
                        && !font.supports(c)) {
                    continue;
                }
                if (c >= 0xFB50) {
                    // a presentation form the font lacks: show the nominal letter instead
                    int nominal = ArabicNominal.of(c);
                    gid = nominal > 0 ? font.glyph((char) nominal) : 0;
                }
            }
            if (c == ' ') {
                flush(font, word, glyphs);
                glyphs.add(gid);
            } else {
                word.add(gid);
            }
        }
        flush(font, word, glyphs);
        int[] ids = new int[glyphs.size()];
        int units = 0;
        for (int i = 0; i < ids.length; i++) {
            ids[rtl ? ids.length - 1 - i : i] = glyphs.get(i);
            units += font.glyphAdvance(glyphs.get(i));
        }
        return new Run(font, ids, units, logical, script, rtl);
    }

    /** Applies the font's GSUB worker to one word's glyphs (PDFBox shapes word by word). */
    private static void flush(FontFace font, List<Integer> word, List<Integer> into) {
        if (word.isEmpty()) {
            return;
        }
        if (font.gsub() != null) {
            List<Integer> shaped;
            synchronized (font) {
                shaped = font.gsub().applyTransforms(new ArrayList<>(word));
            }
            into.addAll(shaped);
        } else {
            into.addAll(word);
        }
        word.clear();
    }

    /** The first script of the text that is not Common or Inherited, or Common. */
    private static int scriptOf(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED) {
                return script;
            }
            i += Character.charCount(cp);
        }
        return UScript.COMMON;
    }

    /**
     * Moves each pre-base vowel sign in front of the consonant it follows, and splits Tamil two-part vowels around
     * it (what a shaping engine does before the font's substitutions): Gurmukhi U+0A3F, Tamil U+0BC6 to U+0BC8 and the
     * first parts of U+0BCA to U+0BCC. A consonant cluster with a virama is moved as a whole.
     */
    static String reorderPreBase(String text, int script) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        int clusterStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char pre = 0;
            char post = 0;
            if (script == UScript.GURMUKHI && c == '\u0A3F') {
                pre = c;
            } else if (script == UScript.TAMIL) {
                switch (c) {
                    case '\u0BC6', '\u0BC7', '\u0BC8' -> pre = c;
                    case '\u0BCA' -> { pre = '\u0BC6'; post = '\u0BBE'; }
                    case '\u0BCB' -> { pre = '\u0BC7'; post = '\u0BBE'; }
                    case '\u0BCC' -> { pre = '\u0BC6'; post = '\u0BD7'; }
                    default -> { }
                }
            }
            if (pre != 0 && out.length() > clusterStart) {
                out.insert(clusterStart, pre);
                if (post != 0) {
                    out.append(post);
                }
                clusterStart = out.length();
                continue;
            }
            boolean joins = i > 0 && (text.charAt(i - 1) == '\u0A4D' || text.charAt(i - 1) == '\u0BCD');
            if (!joins && !isMark(c)) {
                clusterStart = out.length();
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Nominal letter of an Arabic presentation form, via ICU's decomposition. */
    private static final class ArabicNominal {
        static int of(char c) {
            String d = com.ibm.icu.text.Normalizer2.getNFKDInstance().getDecomposition(c);
            return d == null || d.isEmpty() ? 0 : d.codePointAt(0);
        }
    }
}
