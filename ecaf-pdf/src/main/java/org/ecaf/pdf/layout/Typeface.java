package org.ecaf.pdf.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The two weights of text. Each is a DejaVu Sans face, parsed and reduced once per JVM, for Latin, Greek, Cyrillic,
 * Armenian and Georgian (the fast path); characters of other scripts are shown with the fallback fonts of
 * {@link FontLibrary} for the same weight, laid out by {@link Shaper}.
 */
enum Typeface {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf");

    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private final FontFace primary;

    Typeface(String file) {
        try {
            primary = FontFace.of(file, reducedProgram(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        }
    }

    /**
     * Parses the font file and keeps only the scripts this engine lays out correctly: left to right, without shaping
     * (Latin, Greek, Cyrillic, Armenian, Georgian, punctuation and common symbols; about 2,350 of DejaVu's 6,250
     * glyphs). Other scripts (Hebrew and Arabic need right-to-left layout and shaping) come from the Noto fonts of
     * {@link FontLibrary}, which are shaped. The GSUB table goes too: PDFBox would apply it word by word, compiling regular expressions
     * each time, and NFC text in the kept scripts needs none of its substitutions.
     */
    private static TrueTypeFont reducedProgram(String file) throws IOException {
        ByteArrayOutputStream reduced = new ByteArrayOutputStream(512 * 1024);
        try (InputStream in = Typeface.class.getResourceAsStream(FONT_FOLDER + file);
             RandomAccessReadBuffer data = new RandomAccessReadBuffer(requireFont(in, file));
             TrueTypeFont full = new TTFParser().parse(data)) {
            TTFSubsetter subsetter = new TTFSubsetter(full, Kept.TABLES);
            for (int[] range : Kept.RANGES) {
                for (int cp = range[0]; cp <= range[1]; cp++) {
                    subsetter.add(cp);
                }
            }
            subsetter.writeToStream(reduced);
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(reduced.toByteArray()));
    }

    private static InputStream requireFont(InputStream in, String file) {
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing: add net.sf.jasperreports:jasperreports-fonts");
        }
        return in;
    }

    /** The reduced DejaVu face: every character it has is shown with it, on the fast path. */
    FontFace primary() {
        return primary;
    }

    /** The reduced font program, shared by every document and only read (see {@link DocumentFont}). */
    TrueTypeFont program() {
        return primary.program();
    }

    /** Whether the reduced DejaVu face has a glyph for the code point (other scripts come from {@link FontLibrary}). */
    boolean supports(int codePoint) {
        return primary.supports(codePoint);
    }

    /** Glyph ID in the reduced program of a supported character. */
    int glyph(char c) {
        return primary.glyph(c);
    }

    /** Advance width in 1/1000 em of a supported code point (text must have been cleaned for this face). */
    int advance(char c) {
        return primary.advance(c);
    }

    /** Width in points of a cleaned string at the given size, shaped with fallback fonts when it needs them. */
    float width(CharSequence text, float size) {
        return units(text, 0, text.length()) * size / 1000f;
    }

    /** Sum of advance widths in 1/1000 em of a cleaned string's range, shaped when it is not all DejaVu. */
    int units(CharSequence text, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            int a = primary.advance(text.charAt(i));
            if (a < 0) {
                return Shaper.units(this, text.subSequence(from, to).toString());
            }
            sum += a;
        }
        return sum;
    }

    /** Whether every character of the string is in the reduced DejaVu face (no fallback, bidi or shaping needed). */
    boolean simple(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (primary.advance(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Ascender height as a fraction of the font size. */
    float ascent() {
        return primary.ascent();
    }

    /** Descender depth (positive) as a fraction of the font size. */
    float descent() {
        return primary.descent();
    }

    /** What the reduced program keeps (a holder, because enum constructors run before the enum's static fields). */
    private static final class Kept {
        static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "OS/2",
                "name", "post", "cvt ", "fpgm", "prep", "gasp");
        static final int[][] RANGES = {
            {0x0020, 0x007E}, {0x00A0, 0x058F}, {0x10A0, 0x10FF}, {0x1E00, 0x1EFF}, {0x2000, 0x206F},
            {0x20A0, 0x20CF}, {0x2100, 0x21FF}, {0x2212, 0x2212}, {0x2248, 0x2248}, {0x2260, 0x2265},
            {0x2460, 0x2473}, {0x25A0, 0x25FF}, {0x2610, 0x2612}, {0x2700, 0x27BF}, {0xFB00, 0xFB06},
            {0xFFFD, 0xFFFD},
        };
    }
}
