package org.ecaf.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the document's logical structure (PDF/UA, ISO 32000-1 14.8.4): a standard structure type such as H1, P,
 * L, LI, Lbl, LBody, Table, TR, TH or TD, its children in reading order, and the marked content of its text on the
 * pages. The layout builds the tree in reading order; {@link StructureTree} writes it after painting.
 */
final class Tag {

    private final String type;
    private final List<Object> kids = new ArrayList<>(4);
    private String language;

    private Tag(String type) {
        this.type = type;
    }

    /** The root {@code Document} element. */
    static Tag document() {
        return new Tag("Document");
    }

    /** Appends a child element of the given standard type and returns it. */
    Tag add(String childType) {
        Tag child = new Tag(childType);
        kids.add(child);
        return child;
    }

    /** Records that marked content {@code mcid} on page {@code pageIndex} (from 0) belongs to this element. */
    void content(int pageIndex, int mcid) {
        kids.add(new Content(pageIndex, mcid));
    }

    String type() {
        return type;
    }

    List<Object> kids() {
        return kids;
    }

    /** The element's language when it differs from the document's (BCP 47), or null. */
    String language() {
        return language;
    }

    Tag language(String value) {
        this.language = value;
        return this;
    }

    /** A marked-content sequence of this element on one page. */
    record Content(int pageIndex, int mcid) {
    }
}
