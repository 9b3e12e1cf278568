package org.ecaf.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** Measures a document's blocks and paginates them into drawing instructions, one list per page. */
final class Layout {

    static final int TEXT = 0x1A1A1A;
    static final int HEADING = 0x1F3A5F;
    static final int LABEL = 0x243447;
    static final int MUTED = 0x55606B;
    static final int RULE = 0x8C99A6;
    static final int TABLE_HEAD = 0xE3E9F1;
    static final int NOTE_FILL = 0xEDF2F7;

    private static final String CONTINUED = " (continued)";
    private static final String EMPTY_ANSWER = "—";

    private final float left;
    private final float width;
    private final float body;
    private final float lead;
    private final float top;
    private final float bottom;
    private final float gap;
    private final float pad;
    private final List<List<Op>> pages = new ArrayList<>();
    private final Tag root = Tag.document();
    private List<Op> ops;
    private float y;
    private boolean atTop;

    private Layout(Style style) {
        this.left = style.left();
        this.width = style.contentWidth();
        this.body = style.bodySize();
        this.lead = style.leading(body);
        this.top = style.top();
        this.bottom = style.bottom();
        this.gap = style.blockGap();
        this.pad = style.padding();
    }

    /** Lays the document out; the result has at least one page. */
    static List<List<Op>> pages(Document document, Style style) {
        return laidOut(document, style).pages();
    }

    /** Pages of drawing instructions and the structure tree their text is tagged with. */
    record Result(List<List<Op>> pages, Tag structure) {
    }

    /** Lays the document out and builds its logical structure in reading order. */
    static Result laidOut(Document document, Style style) {
        Layout layout = new Layout(style);
        List<Piece> pieces = new ArrayList<>(document.blocks().size());
        for (Block block : document.blocks()) {
            pieces.add(layout.measure(block, style));
        }
        layout.newPage();
        for (int i = 0; i < pieces.size(); i++) {
            float keepNext = i + 1 < pieces.size() ? pieces.get(i + 1).keepHeight() : 0;
            pieces.get(i).place(keepNext);
        }
        return new Result(layout.pages, layout.root);
    }

    private Piece measure(Block block, Style style) {
        if (block instanceof Block.Heading h) {
            return new HeadingPiece(h.level(), h.text(), style.headingSize(h.level()));
        } else if (block instanceof Block.Paragraph p) {
            return new ParagraphPiece(p.text(), p.bold() ? Typeface.BOLD : Typeface.REGULAR);
        } else if (block instanceof Block.Field f) {
            return new FieldPiece(f.label(), f.value());
        } else if (block instanceof Block.Bullets b) {
            return new BulletPiece(b.items());
        } else if (block instanceof Block.Note n) {
            return new NotePiece(n.text());
        } else if (block instanceof Block.TableBlock t) {
            return new TablePiece(t.table());
        }
        return new BreakPiece();
    }

    private void newPage() {
        ops = new ArrayList<>(128);
        pages.add(ops);
        y = top;
        atTop = true;
    }

    private boolean fits(float height) {
        return y - height >= bottom - 0.01f;
    }

    /** Starts a new page unless the height fits here or this page is still empty. */
    private void ensure(float height) {
        if (!atTop && !fits(height)) {
            newPage();
        }
    }

    /** Vertical space between blocks, dropped at the top of a page. */
    private void space(float amount) {
        if (!atTop) {
            y -= amount;
        }
    }

    /** Adds a line of text whose line box starts at the current position, and moves below it. */
    private void line(float x, float avail, String text, Typeface face, float size, int rgb, float lineHeight, Tag tag) {
        float at = x;
        if (Shaper.hasRightToLeft(text) && !face.simple(text) && Shaper.shape(face, text).rtl()) {
            at = x + Math.max(0, avail - face.width(text, size)); // right-to-left lines start at the right edge
        }
        ops.add(new Op.TextOp(at, baseline(y, face, size, lineHeight), face, size, rgb, text, tag));
        y -= lineHeight;
        atTop = false;
    }

    private static float baseline(float boxTop, Typeface face, float size, float lineHeight) {
        float inked = (face.ascent() + face.descent()) * size;
        return boxTop - (lineHeight - inked) / 2 - face.ascent() * size;
    }

    /**
     * Lays out lines at body size, moving to a new page whenever the next line does not fit, or when a paragraph after
     * a gap would leave only its first line at the foot of the page.
     */
    private void flow(List<String> lines, float x, float avail, Typeface face, int rgb, Tag tag, Runnable onNewPage) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isEmpty()) {
                space(lead * 0.5f);
                boolean twoLines = i + 2 < lines.size() && !lines.get(i + 2).isEmpty();
                if (twoLines && !fits(2 * lead)) {
                    newPage();
                    onNewPage.run();
                }
                continue;
            }
            if (!fits(lead)) {
                newPage();
                onNewPage.run();
            }
            line(x, avail, text, face, body, rgb, lead, tag);
        }
    }

    private List<String> wrap(String raw, Typeface face, float size, float maxWidth) {
        return LineBreaker.wrap(Text.clean(raw, face), face, size, maxWidth);
    }

    private float firstLines(List<String> lines) {
        return Math.min(2, lines.size()) * lead;
    }

    /** A measured block that can place itself. */
    private interface Piece {

        /** Height that must fit below a preceding heading so the heading is not left alone at a page foot. */
        float keepHeight();

        /** Places the block at the current position; {@code keepNext} is the next block's keep height. */
        void place(float keepNext);
    }

    /** A heading, kept with the start of what follows it. */
    private final class HeadingPiece implements Piece {
        private final int level;
        private final float size;
        private final float lineHeight;
        private final List<String> lines;
        private final Tag tag;

        HeadingPiece(int level, String text, float size) {
            this.tag = root.add("H" + level);
            this.level = level;
            this.size = size;
            this.lineHeight = size * 1.25f;
            this.lines = wrap(text, Typeface.BOLD, size, width);
        }

        @Override
        public float keepHeight() {
            return lines.size() * lineHeight;
        }

        @Override
        public void place(float keepNext) {
            space(level == 1 ? body * 0.9f : body * 0.5f);
            float after = level == 1 ? body * 0.75f : body * 0.3f;
            ensure(keepHeight() + after + keepNext);
            for (String text : lines) {
                line(left, width, text, Typeface.BOLD, size, HEADING, lineHeight, tag);
            }
            if (level == 1) {
                y -= body * 0.2f;
                ops.add(new Op.LineOp(left, y, left + width, y, HEADING, 0.8f));
            }
            y -= after;
        }
    }

    /** A plain or bold paragraph. */
    private final class ParagraphPiece implements Piece {
        private final Typeface face;
        private final List<String> lines;
        private final Tag tag = root.add("P");

        ParagraphPiece(String text, Typeface face) {
            this.face = face;
            this.lines = wrap(text, face, body, width);
        }

        @Override
        public float keepHeight() {
            return firstLines(lines);
        }

        @Override
        public void place(float keepNext) {
            ensure(keepHeight());
            flow(lines, left, width, face, TEXT, tag, () -> { });
            space(gap);
        }
    }

    /** A label and its answer; when the answer runs onto a new page the label is repeated, marked as continued. */
    private final class FieldPiece implements Piece {
        private final List<String> label;
        private final List<String> continuedLabel;
        private final List<String> value;
        private final Tag labelTag = root.add("P");
        private final Tag valueTag = root.add("P");

        FieldPiece(String labelText, String valueText) {
            this.label = wrap(labelText, Typeface.BOLD, body, width);
            this.continuedLabel = wrap(labelText + CONTINUED, Typeface.BOLD, body, width);
            List<String> lines = wrap(valueText, Typeface.REGULAR, body, width);
            this.value = lines.isEmpty() ? List.of(EMPTY_ANSWER) : lines;
        }

        @Override
        public float keepHeight() {
            return label.size() * lead + body * 0.15f + firstLines(value);
        }

        @Override
        public void place(float keepNext) {
            ensure(keepHeight());
            labelLines(label, LABEL, labelTag);
            flow(value, left, width, Typeface.REGULAR, TEXT, valueTag, () -> labelLines(continuedLabel, MUTED, null));
            space(gap);
        }

        private void labelLines(List<String> lines, int rgb, Tag tag) {
            for (String text : lines) {
                line(left, width, text, Typeface.BOLD, body, rgb, lead, tag);
            }
            y -= body * 0.15f;
        }
    }

    /** A bulleted list; each item keeps its first two lines together. */
    private final class BulletPiece implements Piece {
        private final List<List<String>> items = new ArrayList<>();
        private final List<Tag> itemTags = new ArrayList<>();
        private final float indent = body * 1.3f;

        BulletPiece(List<String> texts) {
            Tag list = root.add("L");
            for (String text : texts) {
                List<String> lines = wrap(text, Typeface.REGULAR, body, width - indent);
                items.add(lines);
                itemTags.add(lines.isEmpty() ? null : list.add("LI"));
            }
        }

        @Override
        public float keepHeight() {
            return items.isEmpty() ? 0 : firstLines(items.get(0));
        }

        @Override
        public void place(float keepNext) {
            for (int n = 0; n < items.size(); n++) {
                List<String> item = items.get(n);
                if (item.isEmpty()) {
                    continue;
                }
                ensure(firstLines(item));
                ops.add(new Op.TextOp(left + body * 0.3f, baseline(y, Typeface.REGULAR, body, lead),
                        Typeface.REGULAR, body, TEXT, "•", itemTags.get(n).add("Lbl")));
                flow(item, left + indent, width - indent, Typeface.REGULAR, TEXT, itemTags.get(n).add("LBody"), () -> { });
                y -= body * 0.2f;
            }
            space(gap);
        }
    }

    /** A shaded note with an accent bar, kept on one page when it fits on one. */
    private final class NotePiece implements Piece {
        private final float accent = 3f;
        private final List<String> lines;
        private final Tag tag = root.add("P");

        NotePiece(String text) {
            this.lines = wrap(text, Typeface.REGULAR, body, width - 2 * pad - accent);
        }

        @Override
        public float keepHeight() {
            return Math.min(lines.size() * lead + 2 * pad, top - bottom);
        }

        @Override
        public void place(float keepNext) {
            ensure(keepHeight());
            int i = 0;
            while (i < lines.size()) {
                if (!fits(2 * pad + lead)) {
                    newPage();
                }
                int k = Math.max(1, Math.min(lines.size() - i, (int) ((y - bottom - 2 * pad) / lead)));
                float h = k * lead + 2 * pad;
                ops.add(new Op.BoxOp(left, y - h, width, h, NOTE_FILL, Op.NONE, 0));
                ops.add(new Op.BoxOp(left, y - h, accent, h, HEADING, Op.NONE, 0));
                float rowTop = y;
                y -= pad;
                for (int j = i; j < i + k; j++) {
                    line(left + accent + pad, width - 2 * pad - accent, lines.get(j), Typeface.REGULAR, body, TEXT, lead, tag);
                }
                y = rowTop - h;
                i += k;
            }
            space(gap);
        }
    }

    /** A table: the header row repeats on each page; a row moves whole to the next page, or splits if taller than a page. */
    private final class TablePiece implements Piece {
        private final float[] x;
        private final float[] w;
        private final List<List<String>> header = new ArrayList<>();
        private final int headerLines;
        private final List<List<List<String>>> rows = new ArrayList<>();
        private final int[] rowLines;
        private final Tag tableTag = root.add("Table");
        private final List<Tag> headerTags = new ArrayList<>();
        private final List<List<Tag>> rowTags = new ArrayList<>();
        private boolean headerTagged;

        TablePiece(Table table) {
            int columns = table.columns();
            if (!table.header().isEmpty()) {
                Tag tr = tableTag.add("TR");
                for (int c = 0; c < columns; c++) {
                    headerTags.add(tr.add("TH"));
                }
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Tag tr = tableTag.add("TR");
                List<Tag> cellTags = new ArrayList<>(columns);
                for (int c = 0; c < columns; c++) {
                    cellTags.add(tr.add("TD"));
                }
                rowTags.add(cellTags);
            }
            List<String> headerTexts = clean(table.header(), Typeface.BOLD);
            List<List<String>> rowTexts = new ArrayList<>(table.rows().size());
            for (List<String> row : table.rows()) {
                rowTexts.add(clean(row, Typeface.REGULAR));
            }
            w = columnWidths(table.fractions(), headerTexts, rowTexts);
            x = new float[columns];
            float at = left;
            for (int c = 0; c < columns; c++) {
                x[c] = at;
                at += w[c];
            }
            headerLines = cells(headerTexts, Typeface.BOLD, header);
            rowLines = new int[rowTexts.size()];
            for (int r = 0; r < rowLines.length; r++) {
                List<List<String>> row = new ArrayList<>();
                rowLines[r] = Math.max(1, cells(rowTexts.get(r), Typeface.REGULAR, row));
                rows.add(row);
            }
        }

        private List<String> clean(List<String> texts, Typeface face) {
            List<String> cleaned = new ArrayList<>(texts.size());
            for (String text : texts) {
                cleaned.add(Text.clean(text, face));
            }
            return cleaned;
        }

        /**
         * Widths from the relative widths, then widened where a column's longest word would not fit, taking the
         * room from columns with space to spare; words are only split when the words of all columns cannot fit.
         */
        private float[] columnWidths(float[] fractions, List<String> headerTexts, List<List<String>> rowTexts) {
            int columns = fractions.length;
            float[] widths = new float[columns];
            float[] minimum = new float[columns];
            float needed = 0;
            for (int c = 0; c < columns; c++) {
                widths[c] = fractions[c] * width;
                int units = headerTexts.isEmpty() ? 0 : LineBreaker.widestWord(headerTexts.get(c), Typeface.BOLD);
                for (List<String> row : rowTexts) {
                    units = Math.max(units, LineBreaker.widestWord(row.get(c), Typeface.REGULAR));
                }
                minimum[c] = units * body / 1000f + 2 * pad + 0.5f;
                needed += minimum[c];
            }
            if (needed > width) {
                return widths;
            }
            float deficit = 0;
            float slack = 0;
            for (int c = 0; c < columns; c++) {
                deficit += Math.max(0, minimum[c] - widths[c]);
                slack += Math.max(0, widths[c] - minimum[c]);
            }
            if (deficit > 0) {
                for (int c = 0; c < columns; c++) {
                    widths[c] = widths[c] < minimum[c] ? minimum[c]
                            : widths[c] - (widths[c] - minimum[c]) * deficit / slack;
                }
            }
            return widths;
        }

        private int cells(List<String> texts, Typeface face, List<List<String>> into) {
            int most = 0;
            for (int c = 0; c < texts.size(); c++) {
                List<String> lines = LineBreaker.wrap(texts.get(c), face, body, w[c] - 2 * pad);
                into.add(lines);
                most = Math.max(most, lines.size());
            }
            return most;
        }

        private float headerHeight() {
            return headerLines == 0 ? 0 : headerLines * lead + 2 * pad;
        }

        @Override
        public float keepHeight() {
            float first = rowLines.length == 0 ? 0 : Math.min(rowLines[0], 2) * lead + 2 * pad;
            return headerHeight() + first;
        }

        @Override
        public void place(float keepNext) {
            ensure(keepHeight());
            drawHeader();
            for (int r = 0; r < rows.size(); r++) {
                int n = rowLines[r];
                float whole = n * lead + 2 * pad;
                if (!fits(whole) && whole <= top - bottom - headerHeight()) {
                    continueOnNewPage();
                }
                int from = 0;
                boolean fresh = false;
                while (from < n) {
                    int k = (int) Math.floor((y - bottom - 2 * pad + 0.01f) / lead);
                    if (k < Math.min(2, n - from) && !fresh) {
                        continueOnNewPage();
                        fresh = true;
                        continue;
                    }
                    k = Math.max(1, Math.min(k, n - from));
                    drawSlice(rows.get(r), rowTags.get(r), from, from + k);
                    from += k;
                    fresh = false;
                }
            }
            space(gap);
        }

        private void continueOnNewPage() {
            newPage();
            drawHeader();
        }

        private void drawHeader() {
            if (headerLines == 0) {
                return;
            }
            float h = headerHeight();
            ops.add(new Op.BoxOp(left, y - h, width, h, TABLE_HEAD, Op.NONE, 0));
            // the header is read once; its repetitions on later pages are artifacts
            drawCells(header, headerTagged ? null : headerTags, 0, headerLines, Typeface.BOLD, h);
            headerTagged = true;
        }

        private void drawSlice(List<List<String>> row, List<Tag> tags, int from, int to) {
            drawCells(row, tags, from, to, Typeface.REGULAR, (to - from) * lead + 2 * pad);
        }

        private void drawCells(List<List<String>> cells, List<Tag> tags, int from, int to, Typeface face, float h) {
            float rowTop = y;
            for (int c = 0; c < cells.size(); c++) {
                ops.add(new Op.BoxOp(x[c], rowTop - h, w[c], h, Op.NONE, RULE, 0.6f));
                List<String> lines = cells.get(c);
                y = rowTop - pad;
                for (int i = from; i < Math.min(to, lines.size()); i++) {
                    if (!lines.get(i).isEmpty()) {
                        line(x[c] + pad, w[c] - 2 * pad, lines.get(i), face, body, TEXT, lead,
                                tags == null ? null : tags.get(c));
                    } else {
                        y -= lead;
                    }
                }
            }
            y = rowTop - h;
            atTop = false;
        }
    }

    /** An explicit page break. */
    private final class BreakPiece implements Piece {
        @Override
        public float keepHeight() {
            return 0;
        }

        @Override
        public void place(float keepNext) {
            if (!atTop) {
                newPage();
            }
        }
    }
}
