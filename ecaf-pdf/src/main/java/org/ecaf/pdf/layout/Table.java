package org.ecaf.pdf.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** An immutable table: relative column widths, a header row repeated on each page, and wrapping body rows. */
public final class Table {

    private final float[] widths;
    private final List<String> header;
    private final List<List<String>> rows;

    private Table(Builder builder) {
        this.widths = builder.widths.clone();
        this.header = List.copyOf(builder.header);
        this.rows = List.copyOf(builder.rows);
    }

    /** Starts a table with the given relative column widths (e.g. {@code 3, 1, 1}); their count fixes the columns. */
    public static Builder withColumns(float... relativeWidths) {
        return new Builder(relativeWidths);
    }

    int columns() {
        return widths.length;
    }

    /** Column widths as fractions of the table width, summing to 1. */
    float[] fractions() {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] fractions = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            fractions[i] = widths[i] / total;
        }
        return fractions;
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    /** Collects a table's header and rows. */
    public static final class Builder {
        private final float[] widths;
        private List<String> header = List.of();
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(float[] relativeWidths) {
            if (relativeWidths == null || relativeWidths.length == 0) {
                throw new IllegalArgumentException("A table needs at least one column");
            }
            for (float w : relativeWidths) {
                if (!(w > 0)) {
                    throw new IllegalArgumentException("Column widths must be positive: " + Arrays.toString(relativeWidths));
                }
            }
            this.widths = relativeWidths.clone();
        }

        /** Sets the header row, repeated at the top of the table on every page. */
        public Builder header(String... cells) {
            this.header = cells(cells);
            return this;
        }

        /** Adds a body row; cells wrap and a tall row splits across pages. */
        public Builder row(String... cells) {
            rows.add(cells(cells));
            return this;
        }

        /** Builds the immutable table. */
        public Table build() {
            return new Table(this);
        }

        private List<String> cells(String... cells) {
            if (cells.length != widths.length) {
                throw new IllegalArgumentException("Expected " + widths.length + " cells but got " + cells.length);
            }
            return Arrays.stream(cells).map(c -> Objects.requireNonNullElse(c, "")).toList();
        }
    }
}
