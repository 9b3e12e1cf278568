package org.ecaf.pdf.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** The DejaVu Sans faces, each parsed and reduced once per JVM, with advance widths and glyph IDs in lookup tables. */
enum Typeface {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf");

    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final int BMP = 0x10000;

    private final TrueTypeFont program;
    /** Advance width of each BMP code point in 1/1000 em as PDFBox writes it into /W, or -1 when the font has no glyph. */
    private final short[] advances = new short[BMP];
    /** Glyph ID in the reduced program of each BMP code point, 0 when missing. */
    private final char[] glyphs = new char[BMP];
    private final float ascent;
    private final float descent;

    Typeface(String file) {
        try {
            program = reducedProgram(file);
            float scale = 1000f / program.getUnitsPerEm();
            CmapLookup cmap = program.getUnicodeCmapLookup();
            HorizontalMetricsTable metrics = program.getHorizontalMetrics();
            for (int cp = 0; cp < BMP; cp++) {
                int gid = cmap.getGlyphId(cp);
                advances[cp] = gid <= 0 ? -1 : (short) Math.round(metrics.getAdvanceWidth(gid) * scale);
                glyphs[cp] = (char) Math.max(gid, 0);
            }
            ascent = program.getHorizontalHeader().getAscender() / (float) program.getUnitsPerEm();
            descent = -program.getHorizontalHeader().getDescender() / (float) program.getUnitsPerEm();
            // load the tables the subsetter reads, so concurrent renders never race to parse them lazily
            program.getGlyph();
            program.getIndexToLocation();
            program.getMaximumProfile();
            program.getPostScript();
            program.getOS2Windows();
            program.getNaming();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        }
    }

    /**
     * Parses the font file and keeps only the scripts this engine lays out correctly: left to right, without shaping
     * (Latin, Greek, Cyrillic, Armenian, Georgian, punctuation and common symbols; about 2,350 of DejaVu's 6,250
     * glyphs). Text in other scripts (Hebrew and Arabic need right-to-left layout and shaping) shows as '?' rather than
     * as misleading glyphs. The GSUB table goes too: PDFBox would apply it word by word, compiling regular expressions
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

    /** The reduced font program, shared by every document and only read (see {@link DocumentFont}). */
    TrueTypeFont program() {
        return program;
    }

    /** Whether the face has a glyph for the code point. */
    boolean supports(int codePoint) {
        return codePoint < BMP && advances[codePoint] >= 0;
    }

    /** Glyph ID in the reduced program of a supported character. */
    int glyph(char c) {
        return glyphs[c];
    }

    /** Advance width in 1/1000 em of a supported code point (text must have been cleaned for this face). */
    int advance(char c) {
        return advances[c];
    }

    /** Width in points of a cleaned string at the given size. */
    float width(CharSequence text, float size) {
        return units(text, 0, text.length()) * size / 1000f;
    }

    /** Sum of advance widths in 1/1000 em of a cleaned string's range. */
    int units(CharSequence text, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += advances[text.charAt(i)];
        }
        return sum;
    }

    /** Ascender height as a fraction of the font size. */
    float ascent() {
        return ascent;
    }

    /** Descender depth (positive) as a fraction of the font size. */
    float descent() {
        return descent;
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
