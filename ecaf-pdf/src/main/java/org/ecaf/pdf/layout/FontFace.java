package org.ecaf.pdf.layout;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * One font program parsed once per JVM and only read afterwards: advance widths and glyph IDs of every BMP code point
 * in lookup tables, the advance of every glyph (for glyphs produced by shaping), and PDFBox's glyph-substitution
 * worker for the font's script where PDFBox has one.
 */
final class FontFace {

    private static final int BMP = 0x10000;

    private final String name;
    private final TrueTypeFont program;
    /** Advance width of each BMP code point in 1/1000 em as PDFBox writes it into /W, or -1 when the font has no glyph. */
    private final short[] advances = new short[BMP];
    /** Glyph ID of each BMP code point, 0 when missing. */
    private final char[] glyphs = new char[BMP];
    /** Advance of each glyph ID in 1/1000 em. */
    private final short[] glyphAdvances;
    private final float ascent;
    private final float descent;
    private final GsubWorker gsub;
    private final GsubData gsubData;
    private Map<Integer, String> glyphTexts;

    private FontFace(String name, TrueTypeFont program, boolean shapeWithGsub) throws IOException {
        this.name = name;
        this.program = program;
        float scale = 1000f / program.getUnitsPerEm();
        CmapLookup cmap = program.getUnicodeCmapLookup();
        HorizontalMetricsTable metrics = program.getHorizontalMetrics();
        glyphAdvances = new short[program.getNumberOfGlyphs()];
        for (int gid = 0; gid < glyphAdvances.length; gid++) {
            glyphAdvances[gid] = (short) Math.round(metrics.getAdvanceWidth(gid) * scale);
        }
        for (int cp = 0; cp < BMP; cp++) {
            int gid = cmap.getGlyphId(cp);
            advances[cp] = gid <= 0 || gid >= glyphAdvances.length ? -1 : glyphAdvances[gid];
            glyphs[cp] = (char) (advances[cp] < 0 ? 0 : gid);
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
        gsubData = program.getGsubData();
        GsubData data = shapeWithGsub ? gsubData : GsubData.NO_DATA_FOUND;
        gsub = data == null || data == GsubData.NO_DATA_FOUND ? null
                : new GsubWorkerFactory().getGsubWorker(cmap, data);
    }

    /** A program already in memory (the reduced DejaVu faces), used without glyph substitution. */
    static FontFace of(String name, TrueTypeFont program) {
        try {
            return new FontFace(name, program, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + name, e);
        }
    }

    /** Parses a TrueType file; {@code shapeWithGsub} applies PDFBox's GSUB worker for the font's script when shaping. */
    static FontFace file(Path file, boolean shapeWithGsub) {
        try {
            TrueTypeFont program = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            return new FontFace(file.getFileName().toString(), program, shapeWithGsub);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        }
    }

    static FontFace bytes(String name, byte[] data) {
        try {
            return of(name, new TTFParser().parse(new RandomAccessReadBuffer(data)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + name, e);
        }
    }

    String name() {
        return name;
    }

    TrueTypeFont program() {
        return program;
    }

    boolean supports(int codePoint) {
        return codePoint < BMP && advances[codePoint] >= 0;
    }

    int glyph(char c) {
        return glyphs[c];
    }

    int advance(char c) {
        return advances[c];
    }

    int glyphAdvance(int gid) {
        return gid >= 0 && gid < glyphAdvances.length ? glyphAdvances[gid] : 0;
    }

    float ascent() {
        return ascent;
    }

    float descent() {
        return descent;
    }

    /** PDFBox's glyph-substitution worker for this font, or null when it is not shaped with GSUB. */
    GsubWorker gsub() {
        return gsub;
    }

    /**
     * The text each glyph stands for, for the ToUnicode map: the characters the cmap maps to it (Arabic presentation
     * forms as their nominal letters), and for glyphs produced by glyph substitution (conjuncts, ligatures) the text
     * of the glyphs they replace. Computed once, on first use.
     */
    synchronized Map<Integer, String> glyphTexts() {
        if (glyphTexts == null) {
            Map<Integer, String> texts = new HashMap<>();
            for (int cp = BMP - 1; cp > 0; cp--) {
                if (glyphs[cp] != 0) {
                    String text = cp >= 0xFB50 && cp <= 0xFEFF
                            ? Normalizer2.getNFKDInstance().normalize(String.valueOf((char) cp))
                            : String.valueOf((char) cp);
                    if (cp >= 0xFEF5 && cp <= 0xFEFC && text.length() == 2) {
                        // lam-alef ligatures sit in right-to-left runs written in display order: readers reverse them
                        text = new StringBuilder(text).reverse().toString();
                    }
                    String old = texts.get((int) glyphs[cp]);
                    if (old == null || cp < 0xFB50 || old.length() > text.length()) {
                        texts.put((int) glyphs[cp], text);
                    }
                }
            }
            GsubData data = gsubData;
            if (data != null && data != GsubData.NO_DATA_FOUND) {
                List<Map<List<Integer>, Integer>> tables = new ArrayList<>();
                for (String name : data.getSupportedFeatures()) {
                    ScriptFeature feature = data.getFeature(name);
                    Map<List<Integer>, Integer> table = new HashMap<>();
                    for (List<Integer> in : feature.getAllGlyphIdsForSubstitution()) {
                        table.put(in, feature.getReplacementForGlyphs(in));
                    }
                    tables.add(table);
                }
                for (int pass = 0; pass < 4; pass++) {
                    boolean added = false;
                    for (Map<List<Integer>, Integer> table : tables) {
                        for (Map.Entry<List<Integer>, Integer> e : table.entrySet()) {
                            if (texts.containsKey(e.getValue())) {
                                continue;
                            }
                            StringBuilder text = new StringBuilder();
                            for (Integer in : e.getKey()) {
                                String t = texts.get(in);
                                if (t == null) {
                                    text = null;
                                    break;
                                }
                                text.append(t);
                            }
                            if (text != null) {
                                texts.put(e.getValue(), text.toString());
                                added = true;
                            }
                        }
                    }
                    if (!added) {
                        break;
                    }
                }
            }
            glyphTexts = texts;
        }
        return glyphTexts;
    }

    @Override
    public String toString() {
        return name;
    }
}
