package org.ecaf.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** The header and footer drawn on every page: left and right header text, footer text and "Page x of y". */
final class Decoration {

    private static final String ELLIPSIS = "…";

    private final float size;
    private final float left;
    private final float right;
    private final float headerBaseline;
    private final float headerRule;
    private final float footerRule;
    private final float footerBaseline;
    private final String headerLeft;
    private final String headerRight;
    private final String footer;

    Decoration(Document document, Style style) {
        this.size = style.smallSize();
        this.left = style.left();
        this.right = style.left() + style.contentWidth();
        float band = style.bottom();
        this.headerBaseline = Style.PAGE_HEIGHT - band * 0.5f - size * 0.2f;
        this.headerRule = headerBaseline - size * 0.8f;
        this.footerRule = band * 0.62f;
        this.footerBaseline = footerRule - size * 1.5f;
        float gap = size * 2;
        float width = style.contentWidth();
        String rightText = fit(Text.clean(document.headerRight(), Typeface.REGULAR), Typeface.REGULAR, width / 2 - gap);
        float rightWidth = Typeface.REGULAR.width(rightText, size);
        this.headerRight = rightText;
        this.headerLeft = fit(Text.clean(document.headerLeft(), Typeface.BOLD), Typeface.BOLD, width - rightWidth - gap);
        this.footer = fit(Text.clean(document.footer(), Typeface.REGULAR), Typeface.REGULAR, width * 0.6f);
    }

    /** Header and footer instructions for page {@code number} (from 1) of {@code total}. */
    List<Op> ops(int number, int total) {
        List<Op> ops = new ArrayList<>(7);
        if (!headerLeft.isEmpty()) {
            ops.add(new Op.TextOp(left, headerBaseline, Typeface.BOLD, size, Layout.MUTED, headerLeft));
        }
        if (!headerRight.isEmpty()) {
            ops.add(rightAligned(headerRight, headerBaseline));
        }
        ops.add(new Op.LineOp(left, headerRule, right, headerRule, Layout.RULE, 0.5f));
        ops.add(new Op.LineOp(left, footerRule, right, footerRule, Layout.RULE, 0.5f));
        if (!footer.isEmpty()) {
            ops.add(new Op.TextOp(left, footerBaseline, Typeface.REGULAR, size, Layout.MUTED, footer));
        }
        ops.add(rightAligned("Page " + number + " of " + total, footerBaseline));
        return ops;
    }

    private Op rightAligned(String text, float baseline) {
        float x = right - Typeface.REGULAR.width(text, size);
        return new Op.TextOp(x, baseline, Typeface.REGULAR, size, Layout.MUTED, text);
    }

    /** Keeps a single line within the width, cutting it short with an ellipsis when needed. */
    private String fit(String text, Typeface face, float maxWidth) {
        String line = text.replace('\n', ' ');
        if (face.width(line, size) <= maxWidth) {
            return line;
        }
        float budget = maxWidth - face.width(ELLIPSIS, size);
        if (!face.simple(line)) {
            // other scripts: cut between grapheme clusters, measured as shaped
            com.ibm.icu.text.BreakIterator clusters = com.ibm.icu.text.BreakIterator.getCharacterInstance();
            clusters.setText(line);
            int fits = 0;
            for (int b = clusters.next(); b != com.ibm.icu.text.BreakIterator.DONE; b = clusters.next()) {
                if (face.width(line.substring(0, b), size) > budget) {
                    break;
                }
                fits = b;
            }
            return line.substring(0, fits).stripTrailing() + ELLIPSIS;
        }
        int end = 0;
        float used = 0;
        while (end < line.length()) {
            float w = face.advance(line.charAt(end)) * size / 1000f;
            if (used + w > budget) {
                break;
            }
            used += w;
            end++;
        }
        return line.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
