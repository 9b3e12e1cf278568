package org.ecaf.pdf.layout;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Deterministic sample documents for the tests: a long assessment-like document and small focused ones. */
final class Samples {

    static final ZonedDateTime ISSUED = ZonedDateTime.parse("2026-11-21T09:30:00Z[Europe/London]");
    static final String CASE_REF = "CAF-2026-0042 · Revision 3";
    static final String RECIPIENT = "Copy for Ms Jane Doe";
    static final String WATERMARK = "Copy for Ms Jane Doe — 21/11/2026";
    static final String NAMES = "Zoë Siobhán Łucja Nguyễn Ŵyn";

    private static final String[] SENTENCES = {
        "The family told us that mornings are the hardest part of the day because getting three children ready for school takes much longer than the time they have.",
        "Zoë has been attending the breakfast club on Tuesdays and Thursdays, and her teacher says she now arrives calm and ready to learn.",
        "Her mother explained that the housing association has promised to repair the damp in the children's bedroom but no date has been given yet.",
        "The health visitor noticed that the youngest child has missed two developmental reviews, and the family agreed to book the next one together.",
        "School attendance for the autumn term is 87 per cent, which is lower than last year, mostly because of late arrivals rather than whole days missed.",
        "Siobhán, the maternal grandmother, helps with school pick-ups three days a week and would like more support with her own health appointments.",
        "Everyone agreed that the father's new shift pattern makes evening routines difficult, and he would like advice on flexible working.",
        "The young person said that he enjoys football at the youth centre and wants to keep going, but the bus fare is a worry at the end of the month.",
        "Łucja from the family support team will visit fortnightly to help put a simple weekly plan on the fridge that everyone can follow.",
        "The school nurse will check whether the eczema cream prescribed in September is helping and will talk to the GP if it is not.",
        "Mr Nguyễn said he sometimes finds letters from school hard to follow, so the school will phone him as well as sending letters home.",
        "The children's speech and language needs were discussed, and a referral has been made with the parents' agreement.",
        "Ŵyn, the oldest child, said she would like someone to talk to about exam stress, and the school counsellor has a space from January.",
        "The family's strengths include a warm relationship between the siblings, grandparents who live nearby and a strong wish to make things better.",
        "Money has been tight since the benefits review, and a referral to the welfare rights adviser was agreed to check everything is being claimed.",
    };

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
                text.append(SENTENCES[n++ % SENTENCES.length]);
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
            table.row("Action " + i + ": " + SENTENCES[i % SENTENCES.length], "Lead professional " + i,
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
