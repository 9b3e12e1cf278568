package org.ecaf.pdf.layout;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** An immutable generic document: metadata, page decoration and a sequence of content blocks. */
public final class Document {

    private static final DateTimeFormatter ISSUE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Metadata metadata;
    private final String headerLeft;
    private final String headerRight;
    private final String footer;
    private final String watermark;
    private final List<Block> blocks;

    private Document(Builder b) {
        this.metadata = b.metadata;
        this.headerLeft = b.headerLeft;
        this.headerRight = b.headerRight;
        this.footer = b.footer != null ? b.footer : "Issued " + ISSUE_DATE.format(b.metadata.issued());
        this.watermark = b.watermark;
        this.blocks = List.copyOf(b.blocks);
    }

    /** Starts a document with its metadata. */
    public static Builder builder(Metadata metadata) {
        return new Builder(metadata);
    }

    public Metadata metadata() {
        return metadata;
    }

    String headerLeft() {
        return headerLeft;
    }

    String headerRight() {
        return headerRight;
    }

    String footer() {
        return footer;
    }

    String watermark() {
        return watermark;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** Collects page decoration and content in reading order. */
    public static final class Builder {
        private final Metadata metadata;
        private final List<Block> blocks = new ArrayList<>();
        private String headerLeft = "";
        private String headerRight = "";
        private String footer;
        private String watermark = "";

        private Builder(Metadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata");
        }

        /** Sets the header shown on every page: left (e.g. case reference and revision) and right (e.g. recipient). */
        public Builder header(String left, String right) {
            this.headerLeft = Objects.requireNonNullElse(left, "");
            this.headerRight = Objects.requireNonNullElse(right, "");
            return this;
        }

        /** Sets the footer's left text; defaults to "Issued" and the issue date. "Page x of y" is always on the right. */
        public Builder footer(String text) {
            this.footer = Objects.requireNonNull(text, "footer");
            return this;
        }

        /** Sets the light diagonal text drawn across every page, e.g. "Copy for Ms Jane Doe — 21/11/2026". */
        public Builder watermark(String text) {
            this.watermark = Objects.requireNonNullElse(text, "");
            return this;
        }

        /** Adds a heading of level 1 (largest) to 3. */
        public Builder heading(int level, String text) {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("Heading level must be 1, 2 or 3: " + level);
            }
            blocks.add(new Block.Heading(level, text));
            return this;
        }

        /** Adds a wrapping paragraph; {@code \n} breaks a line and a blank line starts a new paragraph. */
        public Builder paragraph(String text) {
            blocks.add(new Block.Paragraph(text, false));
            return this;
        }

        /** Adds a bold paragraph. */
        public Builder boldParagraph(String text) {
            blocks.add(new Block.Paragraph(text, true));
            return this;
        }

        /** Adds a field label and its answer; the answer wraps and flows across pages. */
        public Builder field(String label, String value) {
            blocks.add(new Block.Field(label, value));
            return this;
        }

        /** Adds a bulleted list. */
        public Builder bullets(List<String> items) {
            blocks.add(new Block.Bullets(List.copyOf(items)));
            return this;
        }

        /** Adds a bulleted list. */
        public Builder bullets(String... items) {
            return bullets(List.of(items));
        }

        /** Adds a boxed note, e.g. "Some information has been left out of this copy". */
        public Builder note(String text) {
            blocks.add(new Block.Note(text));
            return this;
        }

        /** Adds a table. */
        public Builder table(Table table) {
            blocks.add(new Block.TableBlock(Objects.requireNonNull(table, "table")));
            return this;
        }

        /** Starts a new page (ignored at the top of a page). */
        public Builder pageBreak() {
            blocks.add(new Block.PageBreak());
            return this;
        }

        /** Builds the immutable document. */
        public Document build() {
            return new Document(this);
        }
    }
}
