package org.ecaf.pdf.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * Writes laid-out pages into one PDDocument, each page's content stream directly (see {@link ContentWriter}), with
 * the translucent diagonal watermark drawn last over everything. The fonts are embedded up front as subsets of the
 * characters the pages show.
 */
final class Painter {

    private static final int WATERMARK_RGB = 0x7A7A7A;
    private static final float WATERMARK_ALPHA = 0.2f;
    private static final float WATERMARK_MAX_SIZE = 54f;

    private final PDDocument pdf;
    private final String watermark;
    private final float watermarkSize;
    private final float[] watermarkMatrix;
    private final Map<FontFace, DocumentFont> fonts = new HashMap<>();
    /** Lines that are not all DejaVu, shaped once for embedding and painting. */
    private final Map<String, Shaper.Line> shaped = new HashMap<>();
    /** For each page (from 0), the structure element of each marked-content ID. */
    private final List<List<Tag>> marked = new ArrayList<>();
    private final List<PDPage> painted = new ArrayList<>();
    private PDExtendedGraphicsState faint;

    private ContentWriter out;
    private PDResources resources;
    private final Map<FontFace, COSName> fontNames = new HashMap<>();
    private boolean inText;
    private FontFace face;
    private float fontSize;
    private int fill;
    private int stroke;
    private float lineWidth;

    /** Prepares to paint the given pages (body, header and footer instructions) of the document. */
    Painter(PDDocument pdf, Document document, List<List<Op>> pages) throws IOException {
        this.pdf = pdf;
        this.watermark = Text.clean(document.watermark(), Typeface.REGULAR).replace('\n', ' ');
        double angle = Math.atan2(Style.PAGE_HEIGHT, Style.PAGE_WIDTH);
        double diagonal = Math.hypot(Style.PAGE_WIDTH, Style.PAGE_HEIGHT);
        float units = Math.max(1, Typeface.REGULAR.units(watermark, 0, watermark.length()));
        this.watermarkSize = (float) Math.min(WATERMARK_MAX_SIZE, diagonal * 0.62 * 1000 / units);
        float textWidth = units * watermarkSize / 1000f;
        float capHeight = 0.73f * watermarkSize;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        float x = (float) (Style.PAGE_WIDTH / 2 - textWidth / 2 * cos + capHeight / 2 * sin);
        float y = (float) (Style.PAGE_HEIGHT / 2 - textWidth / 2 * sin - capHeight / 2 * cos);
        this.watermarkMatrix = new float[] {(float) cos, (float) sin, (float) -sin, (float) cos, x, y};
        embedFonts(pages);
    }

    /** The painted pages, in order. */
    List<PDPage> pages() {
        return painted;
    }

    /** For each painted page, the structure element of each marked-content ID (index = MCID). */
    List<List<Tag>> markedContent() {
        return marked;
    }

    /** Adds the next page with the given instructions. */
    void paint(List<Op> ops) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        resources = new PDResources();
        page.setResources(resources);
        fontNames.clear();
        page.setStructParents(painted.size());
        marked.add(new ArrayList<>());
        painted.add(page);
        out = new ContentWriter();
        inText = false;
        face = null;
        fill = 0;
        stroke = 0;
        lineWidth = 1;
        for (Op op : ops) {
            draw(op);
        }
        endText();
        drawWatermark();
        PDStream contents = new PDStream(pdf);
        try (OutputStream stream = contents.getCOSObject().createRawOutputStream()) {
            stream.write(out.deflated());
        }
        contents.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
        page.setContents(contents);
        pdf.addPage(page);
        out = null;
        resources = null;
    }

    private void embedFonts(List<List<Op>> pages) throws IOException {
        Map<FontFace, BitSet> chars = new LinkedHashMap<>();
        Map<FontFace, BitSet> glyphs = new HashMap<>();
        for (List<Op> page : pages) {
            for (Op op : page) {
                if (op instanceof Op.TextOp t) {
                    mark(chars, glyphs, t.face(), t.text());
                }
            }
        }
        if (!watermark.isEmpty()) {
            mark(chars, glyphs, Typeface.REGULAR, watermark);
        }
        for (Map.Entry<FontFace, BitSet> e : chars.entrySet()) {
            fonts.put(e.getKey(), DocumentFont.embed(pdf, e.getKey(), e.getValue(),
                    glyphs.getOrDefault(e.getKey(), new BitSet())));
        }
    }

    private void mark(Map<FontFace, BitSet> chars, Map<FontFace, BitSet> glyphs, Typeface typeface, String text) {
        if (typeface.simple(text)) {
            BitSet set = chars.computeIfAbsent(typeface.primary(), t -> new BitSet(0x10000));
            for (int i = 0; i < text.length(); i++) {
                set.set(text.charAt(i));
            }
            return;
        }
        for (Shaper.Run run : shape(typeface, text).runs()) {
            chars.computeIfAbsent(run.font(), t -> new BitSet(0x10000));
            BitSet set = glyphs.computeIfAbsent(run.font(), t -> new BitSet());
            for (int gid : run.glyphs()) {
                set.set(gid);
            }
        }
    }

    private Shaper.Line shape(Typeface typeface, String text) {
        return shaped.computeIfAbsent(typeface.ordinal() + text, k -> Shaper.shape(typeface, text));
    }

    private void draw(Op op) {
        if (op instanceof Op.TextOp t) {
            if (t.tag() == null) {
                beginArtifact();
                text(t);
                out.op("EMC");
            } else {
                List<Tag> mcids = marked.get(marked.size() - 1);
                beginText();
                out.name(t.tag().type()).raw("<</MCID ").num(mcids.size()).raw(">> ").op("BDC");
                t.tag().content(marked.size() - 1, mcids.size());
                mcids.add(t.tag());
                text(t);
                out.op("EMC");
            }
            return;
        }
        endText();
        out.name("Artifact").op("BMC");
        if (op instanceof Op.BoxOp b) {
            out.num(b.x()).num(b.y()).num(b.width()).num(b.height()).op("re");
            if (b.fillRgb() != Op.NONE && b.strokeRgb() != Op.NONE) {
                fill(b.fillRgb());
                stroke(b.strokeRgb(), b.lineWidth());
                out.op("B");
            } else if (b.fillRgb() != Op.NONE) {
                fill(b.fillRgb());
                out.op("f");
            } else {
                stroke(b.strokeRgb(), b.lineWidth());
                out.op("S");
            }
        } else if (op instanceof Op.LineOp l) {
            endText();
            stroke(l.rgb(), l.lineWidth());
            out.num(l.x1()).num(l.y1()).op("m").num(l.x2()).num(l.y2()).op("l").op("S");
        }
        out.op("EMC");
    }

    private void beginArtifact() {
        beginText();
        out.name("Artifact").op("BMC");
    }

    private void beginText() {
        if (!inText) {
            out.op("BT");
            inText = true;
        }
    }

    private void text(Op.TextOp t) {
        beginText();
        fill(t.rgb());
        if (t.face().simple(t.text())) {
            font(t.face().primary(), t.size());
            out.num(1).num(0).num(0).num(1).num(t.x()).num(t.y()).op("Tm");
            out.showGlyphs(fonts.get(t.face().primary()), t.text());
        } else {
            shapedText(shape(t.face(), t.text()), t.text(), t.size(), new float[] {1, 0, 0, 1, t.x(), t.y()});
        }
    }

    /**
     * Shows a shaped line run by run, left to right. Each left-to-right shaped run (Indic conjuncts, reordered vowel
     * signs) sits in a span whose ActualText is the run as typed, so extraction and screen readers get the text, not
     * the glyphs; right-to-left runs are written in display order like any PDF producer's, each glyph mapped to its
     * nominal letter by the ToUnicode map, and readers reorder them. Runs in another script carry a language tag.
     */
    private void shapedText(Shaper.Line line, String logical, float size, float[] matrix) {
        float advance = 0;
        for (Shaper.Run run : line.runs()) {
            String language = run.language();
            boolean actual = !run.rtl() && run.font() != Typeface.REGULAR.primary()
                    && run.font() != Typeface.BOLD.primary();
            if (language != null || actual) {
                out.name("Span").raw("<<");
                if (language != null) {
                    out.raw("/Lang (").raw(language).raw(") ");
                }
                if (actual) {
                    out.raw("/ActualText ").hex(run.text());
                }
                out.raw(">> ").op("BDC");
            }
            font(run.font(), size);
            out.num(matrix[0]).num(matrix[1]).num(matrix[2]).num(matrix[3])
                    .num(matrix[4] + advance * matrix[0]).num(matrix[5] + advance * matrix[1]).op("Tm");
            out.showGlyphIds(fonts.get(run.font()), run.glyphs());
            advance += run.units() * size / 1000f;
            if (language != null || actual) {
                out.op("EMC");
            }
        }
    }

    private void font(FontFace f, float size) {
        if (f != face || size != fontSize) {
            out.name(fontName(f)).num(size).op("Tf");
            face = f;
            fontSize = size;
        }
    }

    private void drawWatermark() {
        if (watermark.isEmpty()) {
            return;
        }
        if (faint == null) {
            faint = new PDExtendedGraphicsState();
            faint.setNonStrokingAlphaConstant(WATERMARK_ALPHA);
        }
        out.name("Artifact").raw("<</Type /Pagination /Subtype /Watermark>> ").op("BDC");
        out.op("q").name(resources.add(faint).getName()).op("gs").op("BT");
        face = null;
        rgb(WATERMARK_RGB).op("rg");
        if (Typeface.REGULAR.simple(watermark)) {
            font(Typeface.REGULAR.primary(), watermarkSize);
            for (float v : watermarkMatrix) {
                out.num(v);
            }
            out.op("Tm");
            out.showGlyphs(fonts.get(Typeface.REGULAR.primary()), watermark);
        } else {
            shapedText(shape(Typeface.REGULAR, watermark), watermark, watermarkSize, watermarkMatrix);
        }
        out.op("ET").op("Q").op("EMC");
    }

    /** The page resource name of the typeface's font, added to this page's resources on first use. */
    private String fontName(FontFace typeface) {
        return fontNames.computeIfAbsent(typeface, t -> resources.add(fonts.get(t).font())).getName();
    }

    private void endText() {
        if (inText) {
            out.op("ET");
            inText = false;
        }
    }

    private void fill(int value) {
        if (value != fill) {
            rgb(value).op("rg");
            fill = value;
        }
    }

    private void stroke(int value, float width) {
        if (value != stroke) {
            rgb(value).op("RG");
            stroke = value;
        }
        if (width != lineWidth) {
            out.num(width).op("w");
            lineWidth = width;
        }
    }

    private ContentWriter rgb(int value) {
        return out.num(((value >> 16) & 0xFF) / 255f).num(((value >> 8) & 0xFF) / 255f).num((value & 0xFF) / 255f);
    }
}
