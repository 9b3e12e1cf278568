package org.ecaf.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 5: copies were not tagged, so even the large-print copy was unusable with a screen reader. Every copy
 * now has a structure tree in reading order (headings, paragraphs, lists, tables with header cells), a document
 * language, a title shown as the window title, page decoration as artifacts, and passes veraPDF's PDF/UA-1 and
 * PDF/A-2a profiles, in standard and large print, in Latin and in mixed scripts.
 */
class TaggedCopiesTest {

    @Test
    void latinCopiesAreTaggedPdfUa1AndPdfA2aInStandardAndLargePrint() {
        for (Style style : List.of(Style.standard(), Style.largePrint())) {
            byte[] pdf = PdfLayout.render(Samples.longAssessment(style), style).pdf();
            Pdfs.assertPdfUa1(pdf);
            Pdfs.assertPdfA2a(pdf);
        }
    }

    @Test
    void mixedScriptCopiesAreTaggedPdfUa1AndPdfA2aInStandardAndLargePrint() {
        for (Style style : List.of(Style.standard(), Style.largePrint())) {
            byte[] pdf = PdfLayout.render(OtherScriptsTest.mixedScript(style), style).pdf();
            Pdfs.assertPdfUa1(pdf);
            Pdfs.assertPdfA2a(pdf);
        }
    }

    @Test
    void theStructureTreeHoldsHeadingsParagraphsListsAndTablesInReadingOrder() throws IOException {
        byte[] pdf = PdfLayout.render(OtherScriptsTest.mixedScript(Style.standard()), Style.standard()).pdf();
        try (PDDocument doc = Pdfs.load(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isNotBlank();
            List<String> types = new ArrayList<>();
            List<String> languages = new ArrayList<>();
            walk(catalog.getStructureTreeRoot(), types, languages);
            assertThat(types.get(0)).isEqualTo("Document");
            assertThat(types).contains("H1", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD");
            assertThat(types.indexOf("H1")).isLessThan(types.indexOf("P"));
            assertThat(types.indexOf("L")).isLessThan(types.indexOf("Table"));
            assertThat(types.stream().filter("TH"::equals).count()).isEqualTo(3);
            String content = new String(doc.getPage(0).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).contains("/Artifact BMC").contains("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC")
                    .contains("/Lang (und-Arab)").contains("/Lang (und-Beng)").contains("/Lang (und-Hani)");
        }
    }

    @Test
    void theXmpDeclaresPdfUaAndPdfAAndKeepsTitlesAsTyped() throws Exception {
        String title = "Copy for محمد علی خان & <family> @@AUTHOR@@";
        Metadata metadata = Metadata.builder(title, "Northshire & Co", Samples.ISSUED).build();
        byte[] pdf = PdfLayout.render(Document.builder(metadata).paragraph("Text").build(), Style.standard()).pdf();
        try (PDDocument doc = Pdfs.load(pdf)) {
            byte[] packet = doc.getDocumentCatalog().getMetadata().toByteArray();
            org.apache.xmpbox.XMPMetadata xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(packet);
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(title);
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Northshire & Co");
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(new String(packet, java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>").contains("pdfaExtension:schemas");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(title);
        }
        Pdfs.assertPdfUa1(pdf);
        Pdfs.assertPdfA2a(pdf);
    }

    private static void walk(PDStructureNode node, List<String> types, List<String> languages) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                if (e.getLanguage() != null) {
                    languages.add(e.getLanguage());
                }
                walk(e, types, languages);
            }
        }
    }
}
