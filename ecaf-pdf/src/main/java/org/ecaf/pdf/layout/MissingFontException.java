package org.ecaf.pdf.layout;

/** Text needs a font that is not installed on this machine; the message names the Debian package to install. */
public final class MissingFontException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    MissingFontException(String message) {
        super(message);
    }
}
