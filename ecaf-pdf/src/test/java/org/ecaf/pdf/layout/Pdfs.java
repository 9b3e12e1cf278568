package org.ecaf.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Test helpers that read rendered PDFs back: text per page, glyph positions, page images and veraPDF results. */
public final class Pdfs {

    static final Path PAGE_IMAGES = Path.of("target", "pdf-pages");

    static {
        System.setProperty("java.awt.headless", "true");
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {
    }

    public static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extracted text of every page, in order. */
    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code s} in Unicode's composed form, to compare text as typed with text read back. */
    public static String nfc(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }

    /** Runs poppler's pdftotext on the file (written under target/pdf-text) and returns its UTF-8 output. */
    public static String pdftotext(byte[] pdf, String name) throws IOException, InterruptedException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf-text"));
        java.nio.file.Path file = dir.resolve(name + ".pdf");
        java.nio.file.Path out = dir.resolve(name + ".txt");
        java.nio.file.Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("pdftotext (apt-get install poppler-utils): %s", log).isZero();
        return java.nio.file.Files.readString(out);
    }

    public static String text(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }

    /** Every glyph drawn on every page, with its page number, position, size and whether it is rotated. */
    public static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            Collector collector = new Collector();
            collector.getText(doc);
            return collector.glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rotated (watermark) text of one page, whitespace removed. */
    static String rotatedText(List<Glyph> glyphs, int page) {
        return glyphs.stream().filter(g -> g.page == page && g.rotated).map(g -> g.text)
                .collect(Collectors.joining()).replaceAll("\\s", "");
    }

    /** Writes each page as a PNG at 100 dpi under target/pdf-pages and returns the files. */
    public static List<Path> pageImages(byte[] pdf, String name) {
        try (PDDocument doc = load(pdf)) {
            Files.createDirectories(PAGE_IMAGES);
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 100);
                Path file = PAGE_IMAGES.resolve(name + "-" + (i + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kept for tests written when copies were PDF/A-2u: copies are now tagged and claim PDF/A-2a, whose rules include
     * every 2u rule, so this validates against 2a.
     */
    public static void assertPdfA2u(byte[] pdf) {
        assertPdfA2a(pdf);
    }

    /** Validates against PDF/UA-1 (tagged, accessible) with veraPDF's profile. */
    public static void assertPdfUa1(byte[] pdf) {
        assertConforms(pdf, "ua1", "PDF/UA-1");
    }

    /** Validates against PDF/A-2a (tagged PDF/A with Unicode) with veraPDF; fails with the broken rules. */
    public static void assertPdfA2a(byte[] pdf) {
        assertConforms(pdf, "2a", "PDF/A-2a");
    }

    private static void assertConforms(byte[] pdf, String flavourName, String label) {
        PDFAFlavour flavour = PDFAFlavour.fromString(flavourName);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as("%s violations:\n%s", label, failures).isTrue();
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("veraPDF could not validate the file", e);
        }
    }

    /** One drawn glyph; {@code sizeInPt} is PDFBox's whole-point size, {@code fontSize} the exact Tf size. */
    public record Glyph(int page, String text, float x, float right, float baseline, float sizeInPt, float fontSize, boolean rotated) {
    }

    /** Collects every glyph via the text stripper's positions. */
    private static final class Collector extends PDFTextStripper {
        private final List<Glyph> glyphs = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            boolean rotated = Math.abs(t.getTextMatrix().getShearY()) > 0.01f;
            glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
                    t.getYDirAdj(), t.getFontSizeInPt(), t.getFontSize(), rotated));
            super.processTextPosition(t);
        }
    }
}
