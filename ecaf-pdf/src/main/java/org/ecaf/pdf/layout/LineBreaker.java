package org.ecaf.pdf.layout;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Greedy line breaking of cleaned text at spaces, splitting words longer than a line; lines in other scripts break at
 * Unicode line-break opportunities and split only between grapheme clusters.
 */
final class LineBreaker {

    /** ICU break iterators are costly to create and not thread-safe: one of each per thread. */
    private static final ThreadLocal<BreakIterator> LINES =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(Locale.ROOT));
    private static final ThreadLocal<BreakIterator> CLUSTERS =
            ThreadLocal.withInitial(() -> BreakIterator.getCharacterInstance(Locale.ROOT));

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
            } else if (face.simple(text.subSequence(start, end))) {
                wrapLine(text, start, end, face, limit, space, lines);
            } else {
                wrapComplex(text.substring(start, end), face, limit, space, lines);
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
        if (!face.simple(text)) {
            int widest = 0;
            BreakIterator words = LINES.get();
            words.setText(text);
            for (int a = words.first(), b = words.next(); b != BreakIterator.DONE; a = b, b = words.next()) {
                String word = text.substring(a, b).strip();
                widest = Math.max(widest, word.isEmpty() ? 0 : face.units(word, 0, word.length()));
            }
            return widest;
        }
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

    /**
     * Breaks a line holding text in other scripts at the opportunities of the Unicode line-breaking algorithm (ICU:
     * spaces, and between ideographs in Chinese and Japanese), never inside a grapheme cluster, measuring each piece
     * with the fonts and shaping it is shown with. Pieces between opportunities are measured apart (shaping never
     * joins across them).
     */
    private static void wrapComplex(String text, Typeface face, int limit, int space, List<String> lines) {
        BreakIterator breaks = LINES.get();
        breaks.setText(text);
        int lineStart = 0;
        int lineUnits = 0;
        int pendingSpaces = 0;
        for (int a = breaks.first(), b = breaks.next(); b != BreakIterator.DONE; a = b, b = breaks.next()) {
            int wordEnd = b;
            while (wordEnd > a && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int spaces = b - wordEnd;
            int wordUnits = wordEnd > a ? face.units(text, a, wordEnd) : 0;
            if (a > lineStart && lineUnits + pendingSpaces * space + wordUnits > limit) {
                lines.add(text.substring(lineStart, a).stripTrailing());
                lineStart = a;
                lineUnits = 0;
                pendingSpaces = 0;
            }
            if (a == lineStart && wordUnits > limit) {
                lineStart = splitClusters(text, a, wordEnd, face, limit, lines);
                lineUnits = face.units(text, lineStart, wordEnd);
            } else {
                lineUnits += pendingSpaces * space + wordUnits;
            }
            pendingSpaces = spaces;
        }
        if (lineStart < text.length()) {
            String last = text.substring(lineStart).stripTrailing();
            if (!last.isEmpty()) {
                lines.add(last);
            }
        }
    }

    /** Emits full-width pieces of a too-long word, cut between grapheme clusters, and returns where the rest starts. */
    private static int splitClusters(String text, int from, int to, Typeface face, int limit, List<String> lines) {
        BreakIterator clusters = CLUSTERS.get();
        clusters.setText(text);
        int pieceStart = from;
        int previous = from;
        for (int b = clusters.following(from); b != BreakIterator.DONE && b <= to; b = clusters.next()) {
            if (face.units(text, pieceStart, b) > limit && previous > pieceStart) {
                lines.add(text.substring(pieceStart, previous));
                pieceStart = previous;
            }
            previous = b;
        }
        return pieceStart;
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
