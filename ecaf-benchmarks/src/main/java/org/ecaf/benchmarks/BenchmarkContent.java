package org.ecaf.benchmarks;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.ecaf.pdf.layout.Document;
import org.ecaf.pdf.layout.Metadata;
import org.ecaf.pdf.layout.Table;
import org.ecaf.pdf.samples.SampleText;

/**
 * The synthetic benchmark document (about ten A4 pages: 30 sections with multi-paragraph answers and a table of ten
 * actions), built both as a layout {@link Document} and as XML for the XSL-FO template; swap it for the real copy.
 */
final class BenchmarkContent {

    static final ZonedDateTime ISSUED = ZonedDateTime.parse("2026-11-21T09:30:00Z[Europe/London]");
    static final String HEADER_LEFT = "CAF-2026-0042 · Revision 3";
    static final String HEADER_RIGHT = "Agency copy for Northshire Health Visiting";
    static final String FOOTER = "Issued 21 November 2026";
    static final String WATERMARK = "Copy for Ms Jane Doe — 21/11/2026";
    static final int SECTIONS = 30;
    static final int ACTIONS = 10;

    private BenchmarkContent() {
    }

    /** Names and answers of the mixed-script document: Urdu, Bengali and Chinese (names as families type them). */
    static final String[] NAMES = {"محمد علی خان", "সুমাইয়া রহমান", "王小明"};
    static final String[] ANSWERS = {
        "میرا بیٹا اسکول جانا پسند کرتا ہے، لیکن صبح کا وقت مشکل ہوتا ہے۔ ہم 3 بچوں کے ساتھ رہتے ہیں۔",
        "আমার মেয়ে স্কুলে ভালো করছে। সে ছবি আঁকতে ভালোবাসে এবং বন্ধুদের সাথে খেলতে পছন্দ করে।",
        "我们一家人住在伦敦，孩子们在附近的学校上学。周末我们经常去公园散步，奶奶也会来帮忙照顾孩子。",
    };
    /** FOP's font-family list for the mixed-script document: the same fonts the engine falls back to. */
    static final String MIXED_FAMILIES = "DejaVu Sans, Noto Sans Arabic, Noto Sans Bengali, Droid Sans Fallback";

    /** The document for the layout engine. */
    static Document document() {
        return document(false);
    }

    /**
     * The document for the layout engine; {@code mixed} names the child and the action owners in Urdu, Bengali and
     * Chinese and adds an answer paragraph in one of those scripts to every section.
     */
    static Document document(boolean mixed) {
        Metadata metadata = Metadata.builder("Common Assessment — Agency copy", "Northshire County Council", ISSUED)
                .subject("Assessment CAF-2026-0042, revision 3").keywords("CAF, assessment").build();
        Document.Builder doc = Document.builder(metadata).header(HEADER_LEFT, HEADER_RIGHT).footer(FOOTER)
                .watermark(WATERMARK)
                .heading(1, "Common Assessment Framework")
                .field("Child or young person", childName(mixed))
                .note("Some information has been left out of this copy.");
        for (int s = 1; s <= SECTIONS; s++) {
            if (s % 10 == 1) {
                doc.heading(2, part(s));
            }
            doc.heading(3, "Section " + s).field(label(s), String.join("\n\n", answer(s, mixed)));
        }
        Table.Builder table = Table.withColumns(4, 2, 1.3f).header("Action", "Who", "By when");
        for (String[] action : actions(mixed)) {
            table.row(action);
        }
        return doc.heading(2, "Delivery plan").table(table.build())
                .bullets("Review in six weeks.", "Share the plan with everyone in the Team Around the Child.")
                .build();
    }

    /** The same text as plain paragraphs (labels, answers, actions), for the plain-PDFBox baseline. */
    static List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (int s = 1; s <= SECTIONS; s++) {
            paragraphs.add("Section " + s);
            paragraphs.add(label(s));
            paragraphs.addAll(answer(s, false));
        }
        for (String[] action : actions(false)) {
            paragraphs.add(String.join(" | ", action));
        }
        return paragraphs;
    }

    /** The same content as XML, the input of {@code assessment-fo.xsl}. */
    static String xml() {
        return xml(false);
    }

    /** The same content as XML; {@code mixed} as for {@link #document(boolean)}. */
    static String xml(boolean mixed) {
        StringBuilder x = new StringBuilder(64 * 1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<document header-left=\"").append(esc(HEADER_LEFT)).append("\" header-right=\"")
                .append(esc(HEADER_RIGHT)).append("\" footer=\"").append(esc(FOOTER)).append("\">\n");
        x.append("<h1>Common Assessment Framework</h1>\n");
        x.append("<field label=\"Child or young person\"><p>").append(childName(mixed)).append("</p></field>\n");
        x.append("<note>Some information has been left out of this copy.</note>\n");
        for (int s = 1; s <= SECTIONS; s++) {
            if (s % 10 == 1) {
                x.append("<h2>").append(part(s)).append("</h2>\n");
            }
            x.append("<h3>Section ").append(s).append("</h3>\n<field label=\"").append(esc(label(s))).append("\">");
            for (String p : answer(s, mixed)) {
                x.append("<p>").append(esc(p)).append("</p>");
            }
            x.append("</field>\n");
        }
        x.append("<h2>Delivery plan</h2>\n<table><head><cell>Action</cell><cell>Who</cell><cell>By when</cell></head>\n");
        for (String[] action : actions(mixed)) {
            x.append("<row>");
            for (String cell : action) {
                x.append("<cell>").append(esc(cell)).append("</cell>");
            }
            x.append("</row>\n");
        }
        x.append("</table>\n<bullets><item>Review in six weeks.</item>")
                .append("<item>Share the plan with everyone in the Team Around the Child.</item></bullets>\n</document>\n");
        return x.toString();
    }

    private static String part(int section) {
        return "Part " + (section / 10 + 1);
    }

    private static String label(int section) {
        return "Question " + section + ": what is happening for the child and family";
    }

    private static String childName(boolean mixed) {
        return mixed ? NAMES[0] : "Zoë Siobhán Łucja Nguyễn Ŵyn";
    }

    /** One to two paragraphs of four sentences each, and with {@code mixed} one in Urdu, Bengali or Chinese. */
    private static List<String> answer(int section, boolean mixed) {
        List<String> paragraphs = new ArrayList<>();
        int n = section;
        for (int p = 0; p < 1 + section % 2; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                text.append(s > 0 ? " " : "").append(SampleText.sentence(n++));
            }
            paragraphs.add(text.toString());
        }
        if (mixed) {
            paragraphs.add(NAMES[section % 3] + ": " + ANSWERS[section % 3]);
        }
        return paragraphs;
    }

    private static List<String[]> actions(boolean mixed) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= ACTIONS; i++) {
            rows.add(new String[] {"Action " + i + ": " + SampleText.sentence(i),
                (mixed ? NAMES[i % 3] + ", " : "") + "Lead professional " + i,
                (i + 1) + " December 2026"});
        }
        return rows;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
