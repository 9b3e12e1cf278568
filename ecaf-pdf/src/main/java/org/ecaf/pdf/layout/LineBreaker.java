package org.ecaf.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** Greedy line breaking of cleaned text at spaces, splitting words longer than a line. */
final class LineBreaker {

    private LineBreaker() {
    }

    /**
     * Breaks cleaned text into lines no wider than {@code maxWidth} points; each {@code \n} starts a new line and a
     * blank line (one or more) becomes a single empty string, which callers show as a paragraph gap.
     */
    static List<String> wrap(String text, Typeface face, float size, float maxWidth) {
        List<String> lines = new ArrayList<>(Math.max(4, text.length() / 60));
        int limit = (int) Math.floor(maxWidth * 1000f / size);
        int space = face.advance(' ');
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end == start) {
                if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                    lines.add("");
                }
            } else {
                wrapLine(text, start, end, face, limit, space, lines);
            }
            start = end + 1;
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Width in 1/1000 em of the widest word (run between spaces or line breaks) of cleaned text. */
    static int widestWord(String text, Typeface face) {
        int widest = 0;
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n') {
                units = 0;
            } else {
                units += face.advance(c);
                widest = Math.max(widest, units);
            }
        }
        return widest;
    }

    private static void wrapLine(String text, int from, int to, Typeface face, int limit, int space, List<String> lines) {
        int lineStart = from;
        int lineUnits = 0;
        int wordStart = from;
        while (wordStart < to) {
            int wordEnd = text.indexOf(' ', wordStart);
            if (wordEnd < 0 || wordEnd > to) {
                wordEnd = to;
            }
            int wordUnits = face.units(text, wordStart, wordEnd);
            if (wordStart == lineStart) {
                lineUnits = wordUnits;
            } else if (lineUnits + space + wordUnits <= limit) {
                lineUnits += space + wordUnits;
            } else {
                lines.add(text.substring(lineStart, wordStart - 1));
                lineStart = wordStart;
                lineUnits = wordUnits;
            }
            if (lineUnits > limit) {
                lineStart = splitLongWord(text, lineStart, wordEnd, face, limit, lines);
                lineUnits = face.units(text, lineStart, wordEnd);
            }
            wordStart = wordEnd + 1;
        }
        if (lineStart < to) {
            lines.add(text.substring(lineStart, to));
        }
    }

    /** Emits full-width pieces of a too-long run and returns where its last, partial piece starts. */
    private static int splitLongWord(String text, int from, int to, Typeface face, int limit, List<String> lines) {
        int pieceStart = from;
        int units = 0;
        for (int i = from; i < to; i++) {
            int w = face.advance(text.charAt(i));
            if (units + w > limit && i > pieceStart) {
                lines.add(text.substring(pieceStart, i));
                pieceStart = i;
                units = 0;
            }
            units += w;
        }
        return pieceStart;
    }
}
