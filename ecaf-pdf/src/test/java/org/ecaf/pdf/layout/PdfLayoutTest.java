package org.ecaf.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders documents and reads them back with PDFBox: text, pages, decoration, metadata, fonts and encryption. */
class PdfLayoutTest {

    private static RenderedPdf longStandard;
    private static List<String> longPages;

    @BeforeAll
    static void renderLongDocument() {
        longStandard = PdfLayout.render(Samples.longAssessment(Style.standard()), Style.standard());
        longPages = Pdfs.pageTexts(longStandard.pdf());
    }

    @Test
    void longDocumentRunsOverManyPagesAndEveryPageSaysPageXOfY() {
        int total = longStandard.pageCount();
        assertThat(total).isBetween(8, 20);
        assertThat(longPages).hasSize(total);
        for (int i = 0; i < total; i++) {
            assertThat(longPages.get(i)).contains("Page " + (i + 1) + " of " + total);
        }
    }

    @Test
    void everyWordOfEveryLongAnswerIsPresentInOrder() {
        List<String> extracted = Samples.words(String.join("\n", longPages));
        for (int section = 1; section <= 30; section++) {
            List<String> answer = Samples.words(Samples.answer(section, 1 + section % 3, 3 + section % 3));
            assertThat(containsInOrder(extracted, answer)).as("answer to section %d", section).isTrue();
        }
    }

    @Test
    void headerRecipientFooterAndWatermarkAreOnEveryPage() {
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(longStandard.pdf());
        for (int i = 0; i < longPages.size(); i++) {
            String page = longPages.get(i);
            assertThat(page).contains(Samples.CASE_REF).contains(Samples.RECIPIENT).contains("Issued 21 November 2026");
            assertThat(Pdfs.rotatedText(glyphs, i + 1)).isEqualTo(Samples.WATERMARK.replaceAll("\\s", ""));
        }
    }

    @Test
    void nothingIsDrawnOutsideTheTextColumn() {
        Style style = Style.standard();
        float rightEdge = style.left() + style.contentWidth();
        for (Pdfs.Glyph g : Pdfs.glyphs(longStandard.pdf())) {
            if (!g.rotated()) {
                assertThat(g.x()).as("'%s' on page %d", g.text(), g.page()).isGreaterThanOrEqualTo(style.left() - 0.5f);
                assertThat(g.right()).as("'%s' on page %d", g.text(), g.page()).isLessThanOrEqualTo(rightEdge + 0.5f);
                assertThat(g.baseline()).isBetween(0f, Style.PAGE_HEIGHT);
            }
        }
    }

    @Test
    void unicodeNamesExtractExactlyEvenWhenTypedDecomposed() {
        String decomposed = "Zoe\u0308 Siobha\u0301n Łucja Nguye\u0302\u0303n W\u0302yn";
        RenderedPdf pdf = PdfLayout.render(Samples.decorated().field("Names", decomposed).build(), Style.standard());
        assertThat(Pdfs.text(pdf.pdf())).contains(Samples.NAMES);
        assertThat(longPages.get(0)).contains(Samples.NAMES);
    }

    @Test
    void otherScriptsAreShownCharactersNoFontHasBecomeAVisibleReplacementAndInvisibleOnesAreDropped() {
        String answer = "Smile \uD83D\uDE00 and 中 here\u200B\u0007 end";
        RenderedPdf pdf = PdfLayout.render(Samples.decorated().field("Odd", answer).build(), Style.standard());
        assertThat(Pdfs.text(pdf.pdf())).contains("Smile \uFFFD and 中 here end");
        Pdfs.assertPdfA2a(pdf.pdf());
    }

    @Test
    void textLeftOutOfTheDocumentIsAbsent() {
        Document familyCopy = Samples.decorated()
                .field("Child or young person", Samples.NAMES)
                .note("Some information has been left out of this copy.")
                .build();
        String text = Pdfs.text(PdfLayout.render(familyCopy, Style.standard()).pdf());
        assertThat(text).contains("Some information has been left out of this copy.").contains("Zoë");
        assertThat(text).doesNotContain("Question").doesNotContain("housing association");
    }

    @Test
    void tableHeaderRepeatsOnEveryPageAndRowsAreNeverSplitWhenTheyFitOnAPage() {
        Document doc = Samples.decorated().heading(1, "Delivery plan").table(Samples.actions(60)).build();
        RenderedPdf pdf = PdfLayout.render(doc, Style.standard());
        List<String> pages = Pdfs.pageTexts(pdf.pdf());
        assertThat(pages).hasSizeGreaterThan(1);
        for (String page : pages) {
            assertThat(page).contains("Action Who By when");
        }
        for (int i = 1; i <= 60; i++) {
            String dueDate = (i + 1) + " December";
            String first = "Action " + i + ":";
            long pagesWithStart = pages.stream().filter(p -> p.contains(first + " ")).count();
            long pagesWithDue = pages.stream().filter(p -> p.contains(first) && p.contains(dueDate)).count();
            assertThat(pagesWithStart).as("row %d starts on one page", i).isEqualTo(1);
            assertThat(pagesWithDue).as("row %d is whole on one page", i).isEqualTo(1);
        }
    }

    @Test
    void aRowTallerThanAPageSplitsAcrossPagesUnderARepeatedHeader() {
        String huge = Samples.answer(0, 12, 5);
        Table table = Table.withColumns(3, 1).header("Finding", "By").row(huge, "Team").row("Short row", "Me").build();
        RenderedPdf pdf = PdfLayout.render(Samples.decorated().table(table).build(), Style.standard());
        List<String> pages = Pdfs.pageTexts(pdf.pdf());
        assertThat(pages).hasSizeGreaterThan(1);
        pages.forEach(p -> assertThat(p).contains("Finding By"));
        assertThat(containsInOrder(Samples.words(String.join("\n", pages)), Samples.words(huge))).isTrue();
        assertThat(String.join("\n", pages)).contains("Short row");
    }

    @Test
    void narrowColumnsWidenSoThatNoWordIsSplitWhenAllWordsCanFit() {
        Document doc = Samples.decorated().table(Samples.actions(3)).build();
        String text = Pdfs.text(PdfLayout.render(doc, Style.largePrint()).pdf());
        List<String> words = Samples.words(text);
        assertThat(words).contains("December", "professional", "breakfast").doesNotContain("Decemb", "er", "professio");
    }

    @Test
    void anAnswerRunningOntoANewPageRepeatsItsLabelAsContinued() {
        Document doc = Samples.decorated().field("Family history", Samples.answer(2, 14, 5)).build();
        List<String> pages = Pdfs.pageTexts(PdfLayout.render(doc, Style.standard()).pdf());
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(pages.get(1)).contains("Family history (continued)");
    }

    @Test
    void headingsBulletsNotesAndPageBreaksAllRender() {
        Document doc = Samples.decorated()
                .heading(1, "One").heading(2, "Two").heading(3, "Three")
                .paragraph("Plain paragraph.").boldParagraph("Bold paragraph.")
                .bullets("First point", "Second point")
                .pageBreak()
                .note("A note on the second page.")
                .field("Empty answer", "")
                .build();
        RenderedPdf pdf = PdfLayout.render(doc, Style.standard());
        List<String> pages = Pdfs.pageTexts(pdf.pdf());
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).contains("One", "Two", "Three", "Plain paragraph.", "Bold paragraph.", "• First point");
        assertThat(pages.get(1)).contains("A note on the second page.", "Empty answer", "—");
    }

    @Test
    void largePrintUsesAtLeastSixteenPointForAllContentText() {
        Style style = Style.largePrint();
        RenderedPdf large = PdfLayout.render(Samples.longAssessment(style), style);
        List<Pdfs.Glyph> content = Pdfs.glyphs(large.pdf()).stream()
                .filter(g -> !g.rotated() && !g.text().isBlank())
                .filter(g -> g.baseline() > style.bottom() && g.baseline() < Style.PAGE_HEIGHT - style.bottom())
                .toList();
        assertThat(content).hasSizeGreaterThan(10_000);
        assertThat(content).allSatisfy(g -> assertThat(g.sizeInPt()).isGreaterThanOrEqualTo(16f));
        assertThat(large.pageCount()).isGreaterThan(longStandard.pageCount());
        assertThat(containsInOrder(Samples.words(Pdfs.text(large.pdf())),
                Samples.words(Samples.answer(7, 2, 4)))).isTrue();
    }

    @Test
    void standardPrintBodyIsTenAndAHalfPoint() {
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(longStandard.pdf());
        assertThat(glyphs.stream().filter(g -> g.text().equals("Z") && g.page() == 1).findFirst())
                .hasValueSatisfying(g -> assertThat(g.fontSize()).isEqualTo(10.5f));
    }

    @Test
    void metadataComesFromTheGivenIssueDateAndMatchesTheXmp() throws Exception {
        try (PDDocument doc = Pdfs.load(longStandard.pdf())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Common Assessment — Agency copy");
            assertThat(info.getAuthor()).isEqualTo("Northshire County Council Children's Services");
            assertThat(info.getSubject()).isEqualTo("Assessment CAF-2026-0042, revision 3");
            assertThat(info.getKeywords()).isEqualTo("CAF, assessment, agency copy");
            assertThat(info.getCreator()).isEqualTo("eCAF");
            assertThat(info.getProducer()).startsWith("eCAF");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Samples.ISSUED.toInstant());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(Samples.ISSUED.toInstant());
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getVersion()).isEqualTo(1.7f);

            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertThat(dc.getTitle()).isEqualTo(info.getTitle());
            assertThat(dc.getCreators()).containsExactly(info.getAuthor());
            assertThat(dc.getDescription()).isEqualTo(info.getSubject());
            assertThat(dc.getLanguages()).containsExactly("en-GB");
            assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo(info.getKeywords());
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(info.getProducer());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            assertThat(basic.getCreatorTool()).isEqualTo(info.getCreator());
            assertThat(basic.getCreateDate().toInstant()).isEqualTo(Samples.ISSUED.toInstant());
            assertThat(basic.getModifyDate().toInstant()).isEqualTo(Samples.ISSUED.toInstant());
            PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
            assertThat(pdfa.getPart()).isEqualTo(2);
            assertThat(pdfa.getConformance()).isEqualTo("A");
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsOfDejaVuSans() throws IOException {
        try (PDDocument doc = Pdfs.load(longStandard.pdf())) {
            PDPage page = doc.getPage(0);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
                fonts++;
            }
            assertThat(fonts).isEqualTo(2);
        }
        assertThat(longStandard.pdf().length).isLessThan(200 * 1024);
    }

    @Test
    void theSameContentAndIssueDateGiveIdenticalBytes() throws IOException {
        RenderedPdf again = PdfLayout.render(Samples.longAssessment(Style.standard()), Style.standard());
        assertThat(again.pdf()).isEqualTo(longStandard.pdf());
        assertThat(again.pdfSha256()).isEqualTo(longStandard.pdfSha256()).hasSize(64);
        try (PDDocument doc = Pdfs.load(again.pdf())) {
            assertThat(doc.getDocument().getDocumentID().size()).isEqualTo(2);
        }
    }

    @Test
    void differentContentGivesADifferentDocumentId() throws IOException {
        RenderedPdf other = PdfLayout.render(Samples.decorated().paragraph("Something else").build(), Style.standard());
        try (PDDocument a = Pdfs.load(other.pdf()); PDDocument b = Pdfs.load(longStandard.pdf())) {
            assertThat(a.getDocument().getDocumentID().getString(0))
                    .isNotEqualTo(b.getDocument().getDocumentID().getString(0));
        }
    }

    @Test
    void passwordProtectedCopyOpensOnlyWithThePasswordAndUsesAes256() throws Exception {
        RenderedPdf pdf = PdfLayout.render(Samples.longAssessment(Style.standard()), Style.standard(), "s3cret-Pa55");
        byte[] encrypted = pdf.encryptedPdf().orElseThrow();
        assertThat(pdf.encryptedPdfSha256()).hasValue(RenderedPdf.sha256(encrypted));
        assertThat(pdf.pdf()).isEqualTo(longStandard.pdf());

        assertThatThrownBy(() -> Loader.loadPDF(encrypted)).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(encrypted, "wrong")).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument doc = Loader.loadPDF(encrypted, "s3cret-Pa55")) {
            assertThat(doc.isEncrypted()).isTrue();
            PDEncryption encryption = doc.getEncryption();
            assertThat(encryption.getLength()).isEqualTo(256);
            assertThat(encryption.getVersion()).isEqualTo(5);
            assertThat(encryption.getStdCryptFilterDictionary().getCryptFilterMethod()).isEqualTo(COSName.AESV3);
            assertThat(doc.getNumberOfPages()).isEqualTo(pdf.pageCount());
            assertThat(doc.getCurrentAccessPermission().canPrint()).isTrue();
            assertThat(doc.getCurrentAccessPermission().canModify()).isFalse();
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema()).as("an encrypted file cannot claim PDF/A").isNull();
        }
        try (PDDocument plain = Pdfs.load(pdf.pdf())) {
            assertThat(plain.isEncrypted()).isFalse();
        }
        try (PDDocument doc = Loader.loadPDF(encrypted, "s3cret-Pa55")) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(Samples.NAMES);
        }
    }

    @Test
    void plainRenderHasNoEncryptedCopy() {
        assertThat(longStandard.encryptedPdf()).isEmpty();
        assertThat(longStandard.encryptedPdfSha256()).isEmpty();
        assertThatThrownBy(() -> PdfLayout.render(Samples.decorated().build(), Style.standard(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyDocumentStillHasOneDecoratedPage() {
        RenderedPdf pdf = PdfLayout.render(Samples.decorated().build(), Style.standard());
        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(Pdfs.text(pdf.pdf())).contains("Page 1 of 1", Samples.RECIPIENT);
    }

    @Test
    void warmUpRendersWithoutError() {
        PdfLayout.warmUp();
    }

    @Test
    void issueTimeIsKeptInItsOwnZone() throws IOException {
        try (PDDocument doc = Loader.loadPDF(longStandard.pdf())) {
            Calendar created = doc.getDocumentInformation().getCreationDate();
            assertThat(created.get(Calendar.HOUR_OF_DAY)).isEqualTo(9);
            assertThat(created.get(Calendar.MINUTE)).isEqualTo(30);
        }
        assertThat(new ByteArrayInputStream(longStandard.pdf()).readNBytes(8)).isEqualTo("%PDF-1.7".getBytes());
    }

    /** Whether {@code needle} occurs as a subsequence of {@code haystack}. */
    static boolean containsInOrder(List<String> haystack, List<String> needle) {
        int j = 0;
        for (int i = 0; i < haystack.size() && j < needle.size(); i++) {
            if (haystack.get(i).equals(needle.get(j))) {
                j++;
            }
        }
        return j == needle.size();
    }
}
