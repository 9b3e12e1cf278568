package org.ecaf.pdf.layout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
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

    private final FontFace face;
    private final PDType0Font font;
    /** Glyph ID in the subset for each glyph ID of the shared program (0 for glyphs not in the subset). */
    private final int[] subsetGlyph;

    private DocumentFont(FontFace face, PDType0Font font, int[] subsetGlyph) {
        this.face = face;
        this.font = font;
        this.subsetGlyph = subsetGlyph;
    }

    /** Subsets a DejaVu face to the given characters (all supported by it) and embeds the subset in the document. */
    static DocumentFont embed(PDDocument pdf, Typeface face, BitSet characters) throws IOException {
        return embed(pdf, face.primary(), characters, new BitSet());
    }

    /**
     * Subsets the face to the given characters (all supported by it) and shaped glyphs, and embeds the subset in the
     * document. When there are shaped glyphs, the ToUnicode map is written here so every glyph, conjuncts and
     * presentation forms included, maps to the text it shows (PDF/A); the fast path keeps PDFBox's own map.
     */
    static DocumentFont embed(PDDocument pdf, FontFace face, BitSet characters, BitSet shapedGlyphs)
            throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(face.program(), TABLES);
        for (int c = characters.nextSetBit(0); c >= 0; c = characters.nextSetBit(c + 1)) {
            subsetter.add(c);
        }
        if (!shapedGlyphs.isEmpty()) {
            Set<Integer> ids = new HashSet<>();
            shapedGlyphs.stream().forEach(ids::add);
            subsetter.addGlyphIds(ids);
        }
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        int[] subsetGlyph = new int[face.program().getNumberOfGlyphs()];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            subsetGlyph[e.getValue()] = e.getKey();
        }
        BitSet all = (BitSet) characters.clone();
        shapedGlyphs.stream().forEach(g -> all.set(0x10000 + g));
        subsetter.setPrefix(tag(all));
        ByteArrayOutputStream program = new ByteArrayOutputStream(32 * 1024);
        subsetter.writeToStream(program);
        TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(program.toByteArray()));
        PDType0Font font = PDType0Font.load(pdf, subset, false);
        if (!shapedGlyphs.isEmpty()) {
            font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode(pdf, face, newToOld));
        }
        return new DocumentFont(face, font, subsetGlyph);
    }

    /** A ToUnicode CMap from each subset glyph (its code under Identity-H) to the text it shows. */
    private static PDStream toUnicode(PDDocument pdf, FontFace face, Map<Integer, Integer> newToOld) throws IOException {
        Map<Integer, String> texts = face.glyphTexts();
        StringBuilder entries = new StringBuilder(newToOld.size() * 16);
        int count = 0;
        StringBuilder cmap = new StringBuilder(newToOld.size() * 16 + 512);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(newToOld).entrySet()) {
            if (e.getKey() == 0) {
                continue;
            }
            String text = texts.getOrDefault(e.getValue(), "\uFFFD");
            entries.append(String.format(Locale.ROOT, "<%04X> <", e.getKey()));
            for (int i = 0; i < text.length(); i++) {
                entries.append(String.format(Locale.ROOT, "%04X", (int) text.charAt(i)));
            }
            entries.append(">\n");
            if (++count == 100) {
                cmap.append(count).append(" beginbfchar\n").append(entries).append("endbfchar\n");
                entries.setLength(0);
                count = 0;
            }
        }
        if (count > 0) {
            cmap.append(count).append(" beginbfchar\n").append(entries).append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return new PDStream(pdf, new ByteArrayInputStream(cmap.toString().getBytes(StandardCharsets.US_ASCII)),
                COSName.FLATE_DECODE);
    }

    FontFace face() {
        return face;
    }

    PDType0Font font() {
        return font;
    }

    /** Glyph ID in the embedded subset of a character included at {@link #embed}; with Identity-H, its code. */
    int glyph(char c) {
        return subsetGlyph[face.glyph(c)];
    }

    /** Glyph ID in the embedded subset of a glyph of the shared program included at {@link #embed}. */
    int subsetGlyph(int programGlyph) {
        return programGlyph < subsetGlyph.length ? subsetGlyph[programGlyph] : 0;
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
