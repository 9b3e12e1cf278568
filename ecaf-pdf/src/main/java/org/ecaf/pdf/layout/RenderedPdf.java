package org.ecaf.pdf.layout;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The result of a render: the PDF/A-2a bytes, optionally an AES-256 encrypted copy of them, and the page count. */
public final class RenderedPdf {

    private final byte[] pdf;
    private final byte[] encrypted;
    private final int pageCount;

    RenderedPdf(byte[] pdf, byte[] encrypted, int pageCount) {
        this.pdf = pdf;
        this.encrypted = encrypted;
        this.pageCount = pageCount;
    }

    /** The unencrypted, deterministic PDF/A-2a document. */
    public byte[] pdf() {
        return pdf.clone();
    }

    /** The password-protected copy (AES-256), present when a password was given; not PDF/A, which forbids encryption. */
    public Optional<byte[]> encryptedPdf() {
        return Optional.ofNullable(encrypted).map(byte[]::clone);
    }

    /** Number of pages. */
    public int pageCount() {
        return pageCount;
    }

    /** Lower-case hex SHA-256 of {@link #pdf()}, for the disclosure log. */
    public String pdfSha256() {
        return sha256(pdf);
    }

    /** Lower-case hex SHA-256 of {@link #encryptedPdf()}, when present. */
    public Optional<String> encryptedPdfSha256() {
        return Optional.ofNullable(encrypted).map(RenderedPdf::sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
