package org.ecaf.pdf.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Renders a {@link Document} to PDF/A-2a bytes, and optionally to an AES-256 password-protected copy. */
public final class PdfLayout {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PdfLayout() {
    }

    /** Renders the unencrypted PDF/A-2a document; the same document and style always give the same bytes. */
    public static RenderedPdf render(Document document, Style style) {
        return render(document, style, null);
    }

    /**
     * Renders the PDF/A-2a document and, when {@code password} is not null, also an AES-256 encrypted copy of the
     * same document that opens only with that password (printing and copying allowed, changes not).
     */
    public static RenderedPdf render(Document document, Style style, String password) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(style, "style");
        if (password != null && password.isEmpty()) {
            throw new IllegalArgumentException("An empty password would not protect the copy");
        }
        Layout.Result laidOut = Layout.laidOut(document, style);
        List<List<Op>> pages = laidOut.pages();
        Decoration decoration = new Decoration(document, style);
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).addAll(decoration.ops(i + 1, pages.size()));
        }
        try (PDDocument pdf = new PDDocument()) {
            Painter painter = new Painter(pdf, document, pages);
            for (List<Op> page : pages) {
                painter.paint(page);
            }
            StructureTree.write(pdf, laidOut.structure(), painter.pages(), painter.markedContent());
            PdfA.apply(pdf, document.metadata(), documentId(document, style, pages));
            byte[] plain = save(pdf);
            byte[] encrypted = null;
            if (password != null) {
                PdfA.withdrawClaim(pdf, document.metadata());
                pdf.protect(policy(password));
                encrypted = save(pdf);
            }
            return new RenderedPdf(plain, encrypted, pages.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render PDF " + document.metadata().title(), e);
        }
    }

    /**
     * Messages naming each fallback font (and its Debian package) that is not installed; empty when copies can show
     * every script the engine is tested with. A copy that needs a missing font fails with {@link MissingFontException}.
     */
    public static List<String> missingFonts() {
        return FontLibrary.system().missingFonts();
    }

    /**
     * Renders a small document once so fonts, classes and the JIT are ready before the first real copy; logs an error
     * naming the packages of fallback fonts that are missing, and otherwise loads the most used ones (Arabic, Bengali,
     * Chinese) too.
     */
    public static void warmUp() {
        List<String> missing = missingFonts();
        if (!missing.isEmpty()) {
            System.getLogger(PdfLayout.class.getName()).log(System.Logger.Level.ERROR,
                    "PDF copies cannot show every script; copies with these scripts will fail:\n  "
                            + String.join("\n  ", missing));
        }
        Metadata metadata = Metadata.builder("Warm-up", "eCAF", ZonedDateTime.parse("2026-01-01T00:00:00Z"))
                .build();
        Document document = Document.builder(metadata)
                .header("Warm-up", "Nobody")
                .watermark("Warm-up")
                .heading(1, "Warm-up")
                .field("Name", missing.isEmpty() ? "Zoë Siobhán Łucja Nguyễn Ŵyn محمد علی সুমাইয়া 王小明"
                        : "Zoë Siobhán Łucja Nguyễn Ŵyn")
                .bullets("One", "Two")
                .note("Note")
                .table(Table.withColumns(1, 1).header("A", "B").row("1", "2").build())
                .build();
        render(document, Style.standard(), "warm-up");
        render(document, Style.largePrint());
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        pdf.save(out);
        return out.toByteArray();
    }

    private static StandardProtectionPolicy policy(String password) {
        byte[] owner = new byte[24];
        RANDOM.nextBytes(owner);
        AccessPermission permissions = new AccessPermission();
        permissions.setCanModify(false);
        permissions.setCanModifyAnnotations(false);
        permissions.setCanFillInForm(false);
        permissions.setCanAssembleDocument(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(HexFormat.of().formatHex(owner), password, permissions);
        policy.setEncryptionKeyLength(256);
        policy.setPreferAES(true);
        return policy;
    }

    /** A 16-byte ID from the metadata, decoration, style and every line of text as laid out. */
    private static byte[] documentId(Document document, Style style, List<List<Op>> pages) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        Metadata m = document.metadata();
        for (String s : new String[] {m.title(), m.author(), m.subject(), m.keywords(), m.creator(), m.producer(),
                m.language(), m.issued().toString(), document.headerLeft(), document.headerRight(), document.footer(),
                document.watermark(), style.name(), Integer.toString(pages.size())}) {
            update(digest, s);
        }
        for (List<Op> page : pages) {
            for (Op op : page) {
                if (op instanceof Op.TextOp t) {
                    update(digest, t.text());
                }
            }
            update(digest, "\f");
        }
        return Arrays.copyOf(digest.digest(), 16);
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
