package org.ecaf.pdf.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;
import java.util.EnumMap;
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
    private final Map<Typeface, DocumentFont> fonts = new EnumMap<>(Typeface.class);
    private PDExtendedGraphicsState faint;

    private ContentWriter out;
    private PDResources resources;
    private final Map<Typeface, COSName> fontNames = new EnumMap<>(Typeface.class);
    private boolean inText;
    private Typeface face;
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

    /** Adds the next page with the given instructions. */
    void paint(List<Op> ops) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        resources = new PDResources();
        page.setResources(resources);
        fontNames.clear();
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
        Map<Typeface, BitSet> used = new EnumMap<>(Typeface.class);
        for (List<Op> page : pages) {
            for (Op op : page) {
                if (op instanceof Op.TextOp t) {
                    mark(used, t.face(), t.text());
                }
            }
        }
        if (!watermark.isEmpty()) {
            mark(used, Typeface.REGULAR, watermark);
        }
        for (Map.Entry<Typeface, BitSet> e : used.entrySet()) {
            fonts.put(e.getKey(), DocumentFont.embed(pdf, e.getKey(), e.getValue()));
        }
    }

    private static void mark(Map<Typeface, BitSet> used, Typeface typeface, String text) {
        BitSet set = used.computeIfAbsent(typeface, t -> new BitSet(0x10000));
        for (int i = 0; i < text.length(); i++) {
            set.set(text.charAt(i));
        }
    }

    private void draw(Op op) {
        if (op instanceof Op.TextOp t) {
            text(t);
        } else if (op instanceof Op.BoxOp b) {
            endText();
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
    }

    private void text(Op.TextOp t) {
        if (!inText) {
            out.op("BT");
            inText = true;
        }
        if (t.face() != face || t.size() != fontSize) {
            out.name(fontName(t.face())).num(t.size()).op("Tf");
            face = t.face();
            fontSize = t.size();
        }
        fill(t.rgb());
        out.num(1).num(0).num(0).num(1).num(t.x()).num(t.y()).op("Tm");
        out.showGlyphs(fonts.get(t.face()), t.text());
    }

    private void drawWatermark() {
        if (watermark.isEmpty()) {
            return;
        }
        if (faint == null) {
            faint = new PDExtendedGraphicsState();
            faint.setNonStrokingAlphaConstant(WATERMARK_ALPHA);
        }
        out.op("q").name(resources.add(faint).getName()).op("gs").op("BT");
        out.name(fontName(Typeface.REGULAR)).num(watermarkSize).op("Tf");
        rgb(WATERMARK_RGB).op("rg");
        for (float v : watermarkMatrix) {
            out.num(v);
        }
        out.op("Tm");
        out.showGlyphs(fonts.get(Typeface.REGULAR), watermark);
        out.op("ET").op("Q");
    }

    /** The page resource name of the typeface's font, added to this page's resources on first use. */
    private String fontName(Typeface typeface) {
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
