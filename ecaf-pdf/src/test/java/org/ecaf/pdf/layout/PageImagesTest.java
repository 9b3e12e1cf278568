package org.ecaf.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renders sample documents to PNG under target/pdf-pages so a person can look at them. */
class PageImagesTest {

    @Test
    void standardPagesAreRenderedToImages() throws Exception {
        RenderedPdf pdf = PdfLayout.render(Samples.longAssessment(Style.standard()), Style.standard());
        List<Path> files = Pdfs.pageImages(pdf.pdf(), "standard");
        assertThat(files).hasSize(pdf.pageCount());
        for (Path file : files) {
            assertThat(Files.size(file)).isPositive();
        }
    }

    @Test
    void largePrintPagesAreRenderedToImages() {
        RenderedPdf pdf = PdfLayout.render(Samples.longAssessment(Style.largePrint()), Style.largePrint());
        assertThat(Pdfs.pageImages(pdf.pdf(), "large-print")).hasSize(pdf.pageCount());
    }
}
