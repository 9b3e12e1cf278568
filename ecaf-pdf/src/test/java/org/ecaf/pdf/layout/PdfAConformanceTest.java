package org.ecaf.pdf.layout;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Checks with veraPDF that rendered documents conform to PDF/A-2a, and that the check itself catches a bad file. */
class PdfAConformanceTest {

    @Test
    void standardPrintConforms() {
        Pdfs.assertPdfA2a(PdfLayout.render(Samples.longAssessment(Style.standard()), Style.standard()).pdf());
    }

    @Test
    void largePrintConforms() {
        Pdfs.assertPdfA2a(PdfLayout.render(Samples.longAssessment(Style.largePrint()), Style.largePrint()).pdf());
    }

    @Test
    void aPlainPdfBoxFileIsRejected() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        assertThatThrownBy(() -> Pdfs.assertPdfA2a(out.toByteArray())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PDF/A-2a violations");
    }
}
