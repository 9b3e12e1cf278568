package org.ecaf.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ecaf.pdf.AgencyCopy;
import org.ecaf.pdf.CopyContent;
import org.ecaf.pdf.FamilyCopy;
import org.ecaf.pdf.layout.Document;
import org.ecaf.pdf.layout.PdfLayout;
import org.ecaf.pdf.layout.Style;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Renders the same ten-page document with the layout engine, with Apache FOP (with and without complex scripts), and
 * as bare wrapped text with plain PDFBox (with and without the font's GSUB rules) for reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 10, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dpdfbox.fontcache=target"})
public class RenderBenchmark {

    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    /** FOP logs "Rendered page #n" at INFO for every page; held here so the level setting is not collected. */
    private static final Logger FOP_LOG = Logger.getLogger("org.apache.fop");

    private Document document;
    private Document mixedDocument;
    private byte[] mixedFo;
    private FopFactory fopMixed;
    private CopyContent agencyCopy;
    private CopyContent familyCopy;
    private byte[] fo;
    private FopFactory fop;
    private FopFactory fopWithoutComplexScripts;
    private Path fontDir;
    private PdfBoxBaseline withGsub;
    private PdfBoxBaseline withoutGsub;

    /** Builds both inputs once: the layout document, and the XSL-FO produced by applying the template to the XML. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        FOP_LOG.setLevel(java.util.logging.Level.WARNING);
        document = BenchmarkContent.document();
        agencyCopy = CafCopyContent.agency();
        familyCopy = CafCopyContent.family();
        Templates template;
        try (InputStream xsl = RenderBenchmark.class.getResourceAsStream("assessment-fo.xsl")) {
            template = TransformerFactory.newInstance().newTemplates(new StreamSource(xsl));
        }
        StringWriter foText = new StringWriter();
        template.newTransformer().transform(new StreamSource(new StringReader(BenchmarkContent.xml())),
                new StreamResult(foText));
        fo = foText.toString().getBytes(StandardCharsets.UTF_8);
        mixedDocument = BenchmarkContent.document(true);
        StringWriter mixedText = new StringWriter();
        template.newTransformer().transform(new StreamSource(new StringReader(BenchmarkContent.xml(true))),
                new StreamResult(mixedText));
        mixedFo = mixedText.toString().replace("font-family=\"DejaVu Sans\"",
                "font-family=\"" + BenchmarkContent.MIXED_FAMILIES + "\"").getBytes(StandardCharsets.UTF_8);

        fontDir = Files.createTempDirectory("ecaf-bench-fonts");
        Path regular = copyFont("DejaVuSans.ttf");
        Path bold = copyFont("DejaVuSans-Bold.ttf");
        fop = fopFactory(regular, bold, false);
        fopWithoutComplexScripts = fopFactory(regular, bold, true);
        fopMixed = fopFactory(regular, bold, false, MIXED_FONTS);
        withGsub = new PdfBoxBaseline(true, BenchmarkContent.paragraphs());
        withoutGsub = new PdfBoxBaseline(false, BenchmarkContent.paragraphs());
        PdfLayout.warmUp();
    }

    /** Prints the page count and size of one output of the renderer just measured, so the report can quote them. */
    @TearDown(Level.Trial)
    public void report(BenchmarkParams params) throws Exception {
        String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        byte[] pdf = switch (name) {
            case "engine" -> engine();
            case "engineMixed" -> engineMixed();
            case "fopMixed" -> fopMixed();
            case "agencyCopy" -> agencyCopy();
            case "familyCopy" -> familyCopy();
            case "fop" -> fop();
            case "fopNoComplexScripts" -> fopNoComplexScripts();
            case "pdfboxGsub" -> pdfboxGsub();
            default -> pdfboxNoGsub();
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            System.out.printf("%n[size] %s: %d pages, %d bytes (%.1f KB)%n", name, doc.getNumberOfPages(), pdf.length,
                    pdf.length / 1024.0);
        }
        try (var files = Files.list(fontDir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(fontDir);
    }

    /** The layout engine: PDF/A-2u, DejaVu Sans subset, header, footer, watermark. */
    @Benchmark
    public byte[] engine() {
        return PdfLayout.render(document, Style.standard()).pdf();
    }

    /** The layout engine on the mixed-script document (Latin with Urdu, Bengali and Chinese names and answers). */
    @Benchmark
    public byte[] engineMixed() {
        return PdfLayout.render(mixedDocument, Style.standard()).pdf();
    }

    /** Apache FOP on the same mixed-script text, complex scripts on, with the same fallback fonts. */
    @Benchmark
    public byte[] fopMixed() throws Exception {
        return renderFop(fopMixed, mixedFo);
    }

    /** The real agency copy of a complete CAF with long answers (every answer, child seen, approvals). */
    @Benchmark
    public byte[] agencyCopy() {
        return AgencyCopy.render(agencyCopy, null).pdf();
    }

    /** The real family copy of the same assessment: cover page, family wording, actions table, glossary. */
    @Benchmark
    public byte[] familyCopy() {
        return FamilyCopy.render(familyCopy, false, null).pdf();
    }

    /** Apache FOP with its default configuration (complex scripts enabled). */
    @Benchmark
    public byte[] fop() throws Exception {
        return renderFop(fop, fo);
    }

    /** Apache FOP with {@code <complex-scripts disabled="true"/>}. */
    @Benchmark
    public byte[] fopNoComplexScripts() throws Exception {
        return renderFop(fopWithoutComplexScripts, fo);
    }

    /** Plain PDFBox, one showText per line, full DejaVu Sans with its GSUB rules applied (PDFBox's default). */
    @Benchmark
    public byte[] pdfboxGsub() throws IOException {
        return withGsub.render();
    }

    /** Plain PDFBox as above with {@code TrueTypeFont.setEnableGsub(false)}. */
    @Benchmark
    public byte[] pdfboxNoGsub() throws IOException {
        return withoutGsub.render();
    }

    private byte[] renderFop(FopFactory factory, byte[] fo) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setCreationDate(Date.from(BenchmarkContent.ISSUED.toInstant()));
        Fop renderer = factory.newFop(MimeConstants.MIME_PDF, agent, out);
        Transformer identity = TransformerFactory.newInstance().newTransformer();
        identity.transform(new StreamSource(new ByteArrayInputStream(fo)), new SAXResult(renderer.getDefaultHandler()));
        return out.toByteArray();
    }

    private Path copyFont(String name) throws IOException {
        Path target = fontDir.resolve(name);
        try (InputStream in = RenderBenchmark.class.getResourceAsStream(FONT_FOLDER + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** The system fonts of the mixed-script document (Debian packages, see README): family, weight, file. */
    private static final String[][] MIXED_FONTS = {
        {"Noto Sans Arabic", "normal", "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"},
        {"Noto Sans Arabic", "bold", "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf"},
        {"Noto Sans Bengali", "normal", "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"},
        {"Noto Sans Bengali", "bold", "/usr/share/fonts/truetype/noto/NotoSansBengali-Bold.ttf"},
        {"Droid Sans Fallback", "normal", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"},
        {"Droid Sans Fallback", "bold", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"},
    };

    private static FopFactory fopFactory(Path regular, Path bold, boolean disableComplexScripts) throws Exception {
        return fopFactory(regular, bold, disableComplexScripts, new String[0][]);
    }

    private static FopFactory fopFactory(Path regular, Path bold, boolean disableComplexScripts, String[][] more)
            throws Exception {
        StringBuilder extra = new StringBuilder();
        for (String[] f : more) {
            extra.append("<font embed-url=\"").append(Path.of(f[2]).toUri()).append("\" embedding-mode=\"subset\">")
                    .append("<font-triplet name=\"").append(f[0]).append("\" style=\"normal\" weight=\"")
                    .append(f[1]).append("\"/></font>");
        }
        String config = "<fop version=\"1.0\"><use-cache>false</use-cache>"
                + (disableComplexScripts ? "<complex-scripts disabled=\"true\"/>" : "")
                + "<renderers><renderer mime=\"application/pdf\"><fonts>"
                + font(regular, "normal") + font(bold, "bold") + extra
                + "</fonts></renderer></renderers></fop>";
        URI base = regular.getParent().toUri();
        FopConfParser parser = new FopConfParser(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)), base);
        return parser.getFopFactoryBuilder().build();
    }

    private static String font(Path file, String weight) {
        return "<font embed-url=\"" + file.toUri() + "\" embedding-mode=\"subset\">"
                + "<font-triplet name=\"DejaVu Sans\" style=\"normal\" weight=\"" + weight + "\"/></font>";
    }

}
