package org.ecaf.pdf.layout;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.pdf.samples.SampleText;

/** Deterministic sample documents for the tests: a long assessment-like document and small focused ones. */
final class Samples {

    static final ZonedDateTime ISSUED = ZonedDateTime.parse("2026-11-21T09:30:00Z[Europe/London]");
    static final String CASE_REF = "CAF-2026-0042 · Revision 3";
    static final String RECIPIENT = "Copy for Ms Jane Doe";
    static final String WATERMARK = "Copy for Ms Jane Doe — 21/11/2026";
    static final String NAMES = "Zoë Siobhán Łucja Nguyễn Ŵyn";

    private Samples() {
    }

    static Metadata metadata() {
        return Metadata.builder("Common Assessment — Agency copy", "Northshire County Council Children's Services", ISSUED)
                .subject("Assessment CAF-2026-0042, revision 3")
                .keywords("CAF, assessment, agency copy")
                .build();
    }

    static Document.Builder decorated() {
        return Document.builder(metadata()).header(CASE_REF, RECIPIENT).watermark(WATERMARK);
    }

    /** An answer of {@code paragraphs} paragraphs, each of {@code sentences} sentences, starting at sentence {@code seed}. */
    static String answer(int seed, int paragraphs, int sentences) {
        StringBuilder text = new StringBuilder();
        int n = seed;
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                text.append(SampleText.sentence(n++));
            }
        }
        return text.toString();
    }

    /** About ten pages in standard print: 30 sections with long answers, a table of actions, bullets and a note. */
    static Document longAssessment(Style style) {
        Document.Builder doc = decorated()
                .heading(1, "Common Assessment Framework")
                .field("Child or young person", NAMES)
                .note("Some information has been left out of this copy.");
        for (int section = 1; section <= 30; section++) {
            if (section % 10 == 1) {
                doc.heading(2, "Part " + (section / 10 + 1));
            }
            doc.heading(3, "Section " + section);
            doc.field("Question " + section + " for the family", answer(section, 1 + section % 3, 3 + section % 3));
        }
        doc.heading(2, "Delivery plan");
        doc.table(actions(10));
        doc.bullets("Review in six weeks.", "Share the plan with everyone in the Team Around the Child.",
                "Phone the family before each meeting.");
        return doc.build();
    }

    static Table actions(int count) {
        Table.Builder table = Table.withColumns(4, 2, 1.3f).header("Action", "Who", "By when");
        for (int i = 1; i <= count; i++) {
            table.row("Action " + i + ": " + SampleText.sentence(i), "Lead professional " + i,
                    (i + 1) + " December 2026");
        }
        return table.build();
    }

    /** Every word of a text, split at whitespace. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
