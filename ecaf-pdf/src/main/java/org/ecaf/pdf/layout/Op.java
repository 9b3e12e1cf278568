package org.ecaf.pdf.layout;

/** A drawing instruction on one page, in PDF points with the origin at the bottom left. */
sealed interface Op {

    /**
     * One line of text; {@code y} is the baseline. {@code tag} is the structure element the line belongs to, or null
     * for an artifact (header, footer, a repeated table header or label).
     */
    record TextOp(float x, float y, Typeface face, float size, int rgb, String text, Tag tag) implements Op {

        /** An artifact line (page decoration). */
        TextOp(float x, float y, Typeface face, float size, int rgb, String text) {
            this(x, y, face, size, rgb, text, null);
        }
    }

    /** A rectangle, filled when {@code fillRgb} is not {@link #NONE}, stroked when {@code strokeRgb} is not. */
    record BoxOp(float x, float y, float width, float height, int fillRgb, int strokeRgb, float lineWidth) implements Op {
    }

    /** A straight stroked line. */
    record LineOp(float x1, float y1, float x2, float y2, int rgb, float lineWidth) implements Op {
    }

    /** Colour value meaning "do not paint". */
    int NONE = -1;
}
