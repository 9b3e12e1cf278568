package org.ecaf.pdf.layout;

import java.util.List;

/** One piece of document content, laid out top to bottom. */
sealed interface Block {

    /** A heading of level 1 to 3. */
    record Heading(int level, String text) implements Block {
    }

    /** A wrapping paragraph, optionally bold. */
    record Paragraph(String text, boolean bold) implements Block {
    }

    /** A field label followed by its answer, which may be long, hold several paragraphs and flow across pages. */
    record Field(String label, String value) implements Block {
    }

    /** A bulleted list of wrapping items. */
    record Bullets(List<String> items) implements Block {
    }

    /** A boxed notice such as "Some information has been left out of this copy". */
    record Note(String text) implements Block {
    }

    /** A table whose header row repeats on every page it spans. */
    record TableBlock(Table table) implements Block {
    }

    /** Starts a new page. */
    record PageBreak() implements Block {
    }
}
