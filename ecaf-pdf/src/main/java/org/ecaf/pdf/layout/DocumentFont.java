package org.ecaf.pdf.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One typeface embedded in one document as a subset of exactly the characters the laid-out document shows. The subset
 * is cut before the font is loaded, so PDFBox never builds widths for the whole program nor subsets again at save.
 */
final class DocumentFont {

    /** Tables PDFBox needs to load and embed a TrueType program (cmap, OS/2, name and post included). */
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "OS/2",
            "name", "post", "cvt ", "fpgm", "prep", "gasp");
    private static final String TAG_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Typeface face;
    private final PDType0Font font;
    /** Glyph ID in the subset for each glyph ID of the shared program (0 for glyphs not in the subset). */
    private final int[] subsetGlyph;

    private DocumentFont(Typeface face, PDType0Font font, int[] subsetGlyph) {
        this.face = face;
        this.font = font;
        this.subsetGlyph = subsetGlyph;
    }

    /** Subsets the face to the given characters (all supported by it) and embeds the subset in the document. */
    static DocumentFont embed(PDDocument pdf, Typeface face, BitSet characters) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(face.program(), TABLES);
        for (int c = characters.nextSetBit(0); c >= 0; c = characters.nextSetBit(c + 1)) {
            subsetter.add(c);
        }
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        int[] subsetGlyph = new int[face.program().getNumberOfGlyphs()];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            subsetGlyph[e.getValue()] = e.getKey();
        }
        subsetter.setPrefix(tag(characters));
        ByteArrayOutputStream program = new ByteArrayOutputStream(32 * 1024);
        subsetter.writeToStream(program);
        TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(program.toByteArray()));
        return new DocumentFont(face, PDType0Font.load(pdf, subset, false), subsetGlyph);
    }

    Typeface face() {
        return face;
    }

    PDType0Font font() {
        return font;
    }

    /** Glyph ID in the embedded subset of a character included at {@link #embed}; with Identity-H, its code. */
    int glyph(char c) {
        return subsetGlyph[face.glyph(c)];
    }

    /** The six-letter subset tag, derived from the characters so equal content gives an equal name. */
    private static String tag(BitSet characters) {
        long hash = 1125899906842597L;
        for (long word : characters.toLongArray()) {
            hash = 31 * hash + word;
        }
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append(TAG_LETTERS.charAt((int) Math.floorMod(hash, 26L)));
            hash /= 26;
        }
        return tag.append('+').toString();
    }
}
