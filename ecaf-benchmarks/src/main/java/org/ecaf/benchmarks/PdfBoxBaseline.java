package org.ecaf.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The plain PDFBox way, for reference: the full DejaVu Sans program, {@code getStringWidth} for wrapping and one
 * {@code showText} per line, with the font's GSUB rules applied (PDFBox's default) or switched off.
 */
final class PdfBoxBaseline {

    private static final float SIZE = 10.5f;
    private static final float LEADING = SIZE * 1.42f;
    private static final float LEFT = 56.7f;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;

    private final TrueTypeFont font;
    private final List<String> paragraphs;

    PdfBoxBaseline(boolean gsub, List<String> paragraphs) throws IOException {
        try (InputStream in = PdfBoxBaseline.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
             RandomAccessReadBuffer data = new RandomAccessReadBuffer(in)) {
            font = new TTFParser().parse(data);
        }
        font.setEnableGsub(gsub);
        this.paragraphs = paragraphs;
    }

    /** Writes every paragraph, wrapped, onto as many A4 pages as it takes. */
    byte[] render() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font pdFont = PDType0Font.load(doc, font, true);
            PDPageContentStream cs = null;
            float y = 0;
            for (String paragraph : paragraphs) {
                for (String line : wrap(paragraph, pdFont)) {
                    if (cs == null || y < 70) {
                        if (cs != null) {
                            cs.endText();
                            cs.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        cs.beginText();
                        cs.setFont(pdFont, SIZE);
                        y = 770;
                        cs.newLineAtOffset(LEFT, y);
                    }
                    cs.showText(line);
                    cs.newLineAtOffset(0, -LEADING);
                    y -= LEADING;
                }
                cs.newLineAtOffset(0, -LEADING / 2);
                y -= LEADING / 2;
            }
            cs.endText();
            cs.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text, PDType0Font font) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float space = font.getStringWidth(" ") * SIZE / 1000;
        float used = 0;
        for (String word : text.split(" ")) {
            float w = font.getStringWidth(word) * SIZE / 1000;
            if (line.length() > 0 && used + space + w > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (line.length() > 0) {
                line.append(' ');
                used += space;
            }
            line.append(word);
            used += w;
        }
        lines.add(line.toString());
        return lines;
    }
}
