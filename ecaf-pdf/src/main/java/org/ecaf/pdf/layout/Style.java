package org.ecaf.pdf.layout;

/** Type sizes and page geometry (A4, points): standard print or large print with body text of 16 pt. */
public final class Style {

    static final float PAGE_WIDTH = 595.2756f;
    static final float PAGE_HEIGHT = 841.8898f;

    private static final Style STANDARD = new Style("standard", 10.5f, 20f, 15f, 12.5f, 8.5f, 56.7f, 62f);
    private static final Style LARGE_PRINT = new Style("large-print", 16f, 28f, 22f, 18f, 13f, 45.4f, 78f);

    private final String name;
    private final float body;
    private final float h1;
    private final float h2;
    private final float h3;
    private final float small;
    private final float sideMargin;
    private final float band;

    private Style(String name, float body, float h1, float h2, float h3, float small, float sideMargin, float band) {
        this.name = name;
        this.body = body;
        this.h1 = h1;
        this.h2 = h2;
        this.h3 = h3;
        this.small = small;
        this.sideMargin = sideMargin;
        this.band = band;
    }

    /** Body text 10.5 pt, for ordinary copies. */
    public static Style standard() {
        return STANDARD;
    }

    /** Body text 16 pt and headings 18–28 pt, for readers who need large print. */
    public static Style largePrint() {
        return LARGE_PRINT;
    }

    /** Body text size in points. */
    public float bodySize() {
        return body;
    }

    /** A stable name, part of the document ID. */
    String name() {
        return name;
    }

    float headingSize(int level) {
        return switch (level) {
            case 1 -> h1;
            case 2 -> h2;
            default -> h3;
        };
    }

    /** Size of header and footer text. */
    float smallSize() {
        return small;
    }

    /** Distance between a baseline and the next for text of the given size. */
    float leading(float size) {
        return size * 1.42f;
    }

    float left() {
        return sideMargin;
    }

    float contentWidth() {
        return PAGE_WIDTH - 2 * sideMargin;
    }

    /** Top of the content area; the header sits in the band above it. */
    float top() {
        return PAGE_HEIGHT - band;
    }

    /** Bottom of the content area; the footer sits in the band below it. */
    float bottom() {
        return band;
    }

    /** Vertical gap after a block, before the next. */
    float blockGap() {
        return body * 0.8f;
    }

    /** Padding inside table cells and note boxes. */
    float padding() {
        return body * 0.45f;
    }
}
