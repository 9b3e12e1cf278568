package org.ecaf.pdf.layout;

import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * Writes the operators of one page content stream straight into a byte buffer: numbers rounded to 1/1000, text as
 * two-byte glyph IDs of an Identity-H font, so showing a line costs two table lookups per character.
 */
final class ContentWriter {

    private byte[] buf = new byte[16 * 1024];
    private int len;

    /** The bytes written so far. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /**
     * The bytes written so far, zlib-compressed for {@code /FlateDecode} at the fastest level: page content is so
     * repetitive that the default level spent most of a render compressing it, for a file only a few per cent smaller.
     */
    byte[] deflated() {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(buf, 0, len);
            deflater.finish();
            byte[] out = new byte[len / 3 + 64];
            int size = 0;
            while (!deflater.finished()) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                size += deflater.deflate(out, size, out.length - size);
            }
            return Arrays.copyOf(out, size);
        } finally {
            deflater.end();
        }
    }

    ContentWriter op(String operator) {
        for (int i = 0; i < operator.length(); i++) {
            put((byte) operator.charAt(i));
        }
        put((byte) '\n');
        return this;
    }

    /** Writes a resource name operand such as {@code /F1}. */
    ContentWriter name(String name) {
        put((byte) '/');
        for (int i = 0; i < name.length(); i++) {
            put((byte) name.charAt(i));
        }
        put((byte) ' ');
        return this;
    }

    /** Writes a number operand, rounded to three decimals, without exponent or trailing zeros. */
    ContentWriter num(float value) {
        long thousandths = Math.round(value * 1000.0);
        if (thousandths < 0) {
            put((byte) '-');
            thousandths = -thousandths;
        }
        digits(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            put((byte) '.');
            int divisor = 100;
            while (fraction != 0) {
                put((byte) ('0' + fraction / divisor));
                fraction %= divisor;
                divisor /= 10;
            }
        }
        put((byte) ' ');
        return this;
    }

    /** Writes {@code (glyph IDs) Tj} for text whose characters are all in the font, as a binary literal string. */
    ContentWriter showGlyphs(DocumentFont font, String text) {
        ensure(text.length() * 4 + 6);
        buf[len++] = '(';
        for (int i = 0; i < text.length(); i++) {
            int gid = font.glyph(text.charAt(i));
            literal((byte) (gid >> 8));
            literal((byte) gid);
        }
        return endShowText();
    }

    /** Writes glyph IDs of the shared program, as their codes in the document's subset, with {@code Tj}. */
    ContentWriter showGlyphIds(DocumentFont font, int[] glyphs) {
        ensure(glyphs.length * 4 + 6);
        buf[len++] = '(';
        for (int g : glyphs) {
            int gid = font.subsetGlyph(g);
            literal((byte) (gid >> 8));
            literal((byte) gid);
        }
        return endShowText();
    }

    /** Writes ASCII text as is (dictionary delimiters, keys). */
    ContentWriter raw(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            put((byte) ascii.charAt(i));
        }
        return this;
    }

    /** Writes a text string as a UTF-16BE hexadecimal string with byte order mark, e.g. for ActualText. */
    ContentWriter hex(String text) {
        raw("<FEFF");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            for (int shift = 12; shift >= 0; shift -= 4) {
                put((byte) "0123456789ABCDEF".charAt((c >> shift) & 0xF));
            }
        }
        put((byte) '>');
        return this;
    }

    /** Writes one byte of a literal string, escaping the delimiters, the backslash and line ends. */
    private void literal(byte b) {
        switch (b) {
            case '(', ')', '\\' -> {
                buf[len++] = '\\';
                buf[len++] = b;
            }
            case '\n' -> {
                buf[len++] = '\\';
                buf[len++] = 'n';
            }
            case '\r' -> {
                buf[len++] = '\\';
                buf[len++] = 'r';
            }
            default -> buf[len++] = b;
        }
    }

    private void digits(long value) {
        if (value >= 10) {
            digits(value / 10);
        }
        put((byte) ('0' + value % 10));
    }

    private void put(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    /** Closes a string of glyph codes and shows it: {@code ) Tj}. */
    private ContentWriter endShowText() {
        buf[len++] = ')';
        buf[len++] = ' ';
        buf[len++] = 'T';
        buf[len++] = 'j';
        buf[len++] = '\n';
        return this;
    }
}
