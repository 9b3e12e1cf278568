package org.ecaf.pdf.layout;

import java.text.Normalizer;
import java.util.Locale;

/** Cleans text for one typeface: NFC, single spaces, {@code \n} line breaks, and U+FFFD for characters no font shows. */
final class Text {

    private static final System.Logger LOG = System.getLogger(Text.class.getName());

    private Text() {
    }

    /**
     * Returns the text in NFC with tabs and other spaces made single spaces, runs of spaces collapsed, spaces around
     * line breaks removed, control and format characters dropped (except joiners and direction marks), and characters
     * no installed font shows replaced by U+FFFD.
     */
    static String clean(String raw, Typeface face) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = mayNeedComposing(raw) ? Normalizer.normalize(raw, Normalizer.Form.NFC) : raw;
        char[] out = new char[text.length()];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.charAt(i);
            if (cp > ' ' && cp < 0x7F) {
                if (pendingSpace) {
                    out[n++] = ' ';
                    pendingSpace = false;
                }
                out[n++] = (char) cp;
                i++;
                continue;
            }
            cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue;
                }
                cp = '\n';
            }
            if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
                out[n++] = '\n';
                pendingSpace = false;
            } else if (cp == ' ' || cp == '\t' || (Character.isWhitespace(cp) && cp != 0xA0)) {
                pendingSpace = n > 0 && out[n - 1] != '\n';
            } else if (!isInvisible(cp)) {
                if (pendingSpace) {
                    out[n++] = ' ';
                    pendingSpace = false;
                }
                out[n++] = face.supports(cp) ? (char) cp : fallback(cp, face);
            }
        }
        return new String(out, 0, n);
    }

    /**
     * A character DejaVu lacks: kept when a font of {@link FontLibrary} shows it (a missing font is a
     * {@link MissingFontException} naming its package), else U+FFFD, with a warning naming the character.
     */
    private static char fallback(int cp, Typeface face) {
        if (cp < 0x10000 && FontLibrary.system().faceFor(cp, face == Typeface.BOLD, null) != null) {
            return (char) cp;
        }
        LOG.log(System.Logger.Level.WARNING, () -> String.format(Locale.ROOT,
                "No font shows U+%04X; it is printed as U+FFFD", cp));
        return '\uFFFD';
    }

    /** Whether the text may change under NFC; text made only of characters below U+0300 never does. */
    private static boolean mayNeedComposing(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x300) {
                return !Normalizer.isNormalized(text, Normalizer.Form.NFC);
            }
        }
        return false;
    }

    private static boolean isInvisible(int cp) {
        if (cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F || cp == 0x061C) {
            return false; // joiners and direction marks steer shaping and the bidirectional algorithm
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }
}
