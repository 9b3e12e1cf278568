package org.ecaf.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.zip.Inflater;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Unit tests for the direct content-stream writer and the reduced font programs. */
class ContentWriterTest {

    @Test
    void numbersAreRoundedToThousandthsWithoutTrailingZeros() {
        String written = new String(new ContentWriter().num(0).num(12).num(12.5f).num(-3.25f).num(0.0004f)
                .num(595.2756f).num(1 / 3f).op("x").toByteArray(), StandardCharsets.US_ASCII);
        assertThat(written).isEqualTo("0 12 12.5 -3.25 0 595.276 0.333 x\n");
    }

    @Test
    void glyphCodesMatchWhatPdfBoxWouldEncode() throws IOException {
        String text = Text.clean("Zoë Siobhán Łucja Nguyễn Ŵyn — “Олександр” Γιώργος Արամ ✓ £5", Typeface.REGULAR);
        assertThat(text).doesNotContain("?");
        try (PDDocument doc = new PDDocument()) {
            DocumentFont font = DocumentFont.embed(doc, Typeface.REGULAR, characters(text));
            assertThat(shownBytes(new ContentWriter().showGlyphs(font, text))).isEqualTo(font.font().encode(text));
            assertThat(font.font().getName()).matches("[A-Z]{6}\\+DejaVuSans");
        }
    }

    @Test
    void glyphCodesContainingDelimitersBackslashesOrLineEndsSurviveParsing() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0x20; c < 0x2800; c++) {
            if (Typeface.BOLD.supports(c)) {
                all.append(c);
            }
        }
        try (PDDocument doc = new PDDocument()) {
            DocumentFont font = DocumentFont.embed(doc, Typeface.BOLD, characters(all.toString()));
            StringBuilder awkward = new StringBuilder();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (char c : all.toString().toCharArray()) {
                int gid = font.glyph(c);
                if (isAwkward(gid >> 8) || isAwkward(gid & 0xFF)) {
                    awkward.append(c);
                    expected.write(gid >> 8);
                    expected.write(gid & 0xFF);
                }
            }
            assertThat(awkward.length()).isGreaterThan(5);
            assertThat(shownBytes(new ContentWriter().showGlyphs(font, awkward.toString())))
                    .isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void theSubsetHoldsOnlyTheCharactersShownAndItsNameDependsOnThem() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentFont abc = DocumentFont.embed(doc, Typeface.REGULAR, characters("abc"));
            DocumentFont again = DocumentFont.embed(doc, Typeface.REGULAR, characters("cab"));
            DocumentFont other = DocumentFont.embed(doc, Typeface.REGULAR, characters("abd"));
            assertThat(abc.font().getName()).isEqualTo(again.font().getName()).isNotEqualTo(other.font().getName());
            assertThat(abc.glyph('a')).isPositive();
            assertThat(abc.glyph('z')).isZero();
        }
    }

    private static BitSet characters(String text) {
        BitSet set = new BitSet();
        text.chars().forEach(set::set);
        return set;
    }

    @Test
    void deflatedContentInflatesBackToTheSameBytes() throws Exception {
        ContentWriter writer = new ContentWriter();
        for (int i = 0; i < 2000; i++) {
            writer.num(i).num(i / 7f).op("Td");
        }
        Inflater inflater = new Inflater();
        inflater.setInput(writer.deflated());
        byte[] back = new byte[writer.toByteArray().length + 10];
        int n = inflater.inflate(back);
        inflater.end();
        assertThat(Arrays.copyOf(back, n)).isEqualTo(writer.toByteArray());
    }

    @Test
    void reducedProgramsHaveNoGlyphSubstitutionAndAboutAThirdOfTheGlyphs() throws IOException {
        for (Typeface face : Typeface.values()) {
            assertThat(face.program().getGsub()).isNull();
            assertThat(face.program().getNumberOfGlyphs()).isBetween(1500, 2600);
            assertThat(face.supports('ễ')).isTrue();
            assertThat(face.supports('Ж')).isTrue();
            assertThat(face.supports('中')).isFalse();
        }
    }

    @Test
    void greekCyrillicAndArmenianNamesRenderAndExtract() {
        String names = "Олександр Шевченко, Γιώργος Παπαδόπουλος, Արամ";
        RenderedPdf pdf = PdfLayout.render(Samples.decorated().field("Also known", names).build(), Style.standard());
        assertThat(Pdfs.text(pdf.pdf())).contains(names);
    }

    private static boolean isAwkward(int b) {
        return b == '(' || b == ')' || b == '\\' || b == '\n' || b == '\r';
    }

    /** Parses the written operators with PDFBox and returns the bytes of the single string shown by Tj. */
    private static byte[] shownBytes(ContentWriter writer) throws IOException {
        List<Object> tokens = new PDFStreamParser(writer.toByteArray()).parse();
        assertThat(tokens).hasSize(2);
        assertThat(((Operator) tokens.get(1)).getName()).isEqualTo("Tj");
        return ((COSString) tokens.get(0)).getBytes();
    }
}
