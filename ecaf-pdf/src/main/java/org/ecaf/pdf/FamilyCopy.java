package org.ecaf.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.definition.AnswerWords;
import org.ecaf.pdf.layout.Document;
import org.ecaf.pdf.layout.Metadata;
import org.ecaf.pdf.layout.PdfLayout;
import org.ecaf.pdf.layout.RenderedPdf;
import org.ecaf.pdf.layout.Style;
import org.ecaf.pdf.layout.Table;

/**
 * The family's copy of an assessment in plain language: a cover page (what this is, who to contact, what happens
 * next, how to ask for a correction, withdraw consent or complain), the sections the redaction plan allows in the
 * family wording, the agreed actions as a table, and a glossary. Standard or large print (16 pt body text).
 */
public final class FamilyCopy {

    private FamilyCopy() {
    }

    public static RenderedPdf render(CopyContent content, boolean largePrint, String password) {
        return PdfLayout.render(document(content), largePrint ? Style.largePrint() : Style.standard(), password);
    }

    static Document document(CopyContent content) {
        String issued = AnswerWords.date(content.issueDate());
        String child = content.child().name();
        CopyContent.Contact lead = content.leadProfessional();
        CopyContent.Contact agency = content.issuingAgency();
        Metadata metadata = Metadata.builder("Family copy of the CAF assessment for " + child, agency.name(),
                        content.issueDate().atStartOfDay(UkTime.ZONE))
                .subject("Common Assessment Framework assessment " + content.caseReference() + ", revision "
                        + content.revision() + ", copy for " + content.recipientName())
                .keywords("CAF; family copy; " + content.caseReference())
                .build();
        Document.Builder doc = Document.builder(metadata)
                .header(content.caseReference() + " · Revision " + content.revision(), "Copy for " + content.recipientName())
                .footer("Issued " + issued + " by " + agency.name())
                .watermark("Copy for " + content.recipientName() + " — " + issued);

        doc.heading(1, "What we have written down about " + child);
        doc.paragraph("This is your copy of the Common Assessment Framework (CAF) assessment for " + child
                + (content.child().dateOfBirth() == null ? "" : ", born " + AnswerWords.date(content.child().dateOfBirth()))
                + ". It is for " + content.recipientName() + " and was printed on " + issued + ".");
        if (content.child().address() != null) {
            doc.field("Address", content.child().address() + (content.child().postcode() == null ? ""
                    : ", " + content.child().postcode()));
        }
        doc.heading(2, "What this is");
        doc.paragraph("A CAF assessment is a record of what is going well for " + child + " and what help is needed. "
                + "It was written with you and the people who work with your family. It helps everyone agree what "
                + "to do next. This copy is revision " + content.revision() + " of the assessment ("
                + statusWords(content.assessmentStatus()) + ").");
        doc.heading(2, "Who to contact");
        CopyContent.Contact contact = lead != null ? lead : agency;
        doc.paragraph((lead != null ? "Your lead professional is " + lead.name()
                + (lead.organisation() == null ? "" : ", " + lead.organisation()) + ". They are the person to talk to."
                : "Contact " + agency.name() + "."));
        List<String> ways = new ArrayList<>();
        if (contact.phone() != null) {
            ways.add("Phone: " + contact.phone());
        }
        if (contact.email() != null) {
            ways.add("Email: " + contact.email());
        }
        if (!ways.isEmpty()) {
            doc.bullets(ways);
        }
        doc.heading(2, "What happens next");
        boolean anyActions = AssessmentWriter.actionsTable(content).isPresent();
        doc.paragraph((content.reviewDate() == null
                ? "The people working with your family will agree a plan with you and a date to meet again."
                : "We will meet again to see how things are going on " + AnswerWords.date(content.reviewDate()) + ".")
                + (anyActions ? " The actions we agreed are listed at the end of this copy." : ""));
        doc.heading(2, "If something is wrong");
        doc.paragraph("If anything in this copy is wrong, tell " + contact.name() + ". We will correct it, or add "
                + "what you say to the record if we cannot agree.");
        doc.heading(2, "If you want to stop");
        doc.paragraph("Taking part is your choice. You can withdraw your consent at any time by telling "
                + contact.name() + ". We will then stop recording and sharing information, unless a child is at risk "
                + "of significant harm.");
        doc.heading(2, "If you are unhappy");
        doc.paragraph("If you are unhappy with how you have been treated, you can complain to " + agency.name()
                + (agency.phone() == null ? "" : " on " + agency.phone())
                + (agency.email() == null ? "" : " or at " + agency.email())
                + (agency.address() == null ? "" : ", " + agency.address()) + ".");
        for (String note : content.plan().notes()) {
            doc.note(note);
        }

        doc.pageBreak();
        doc.heading(1, "The assessment");
        AssessmentWriter.write(doc, content, 2);

        Optional<Table> actions = AssessmentWriter.actionsTable(content);
        if (actions.isPresent()) {
            doc.heading(2, "What we agreed to do");
            doc.table(actions.get());
        }

        doc.heading(2, "Words we use");
        glossary(doc);
        return doc.build();
    }

    private static String statusWords(Assessment.Status status) {
        return switch (status) {
            case APPROVED -> "agreed by a manager";
            case SUBMITTED -> "waiting to be agreed by a manager";
            case IN_PROGRESS -> "still being written";
        };
    }

    private static void glossary(Document.Builder doc) {
        doc.field("Assessment", "Finding out, with you, what is going well and what help is needed.");
        doc.field("Lead professional", "The one person who keeps in touch with you and makes sure the plan happens.");
        doc.field("Team Around the Child", "The people from different services who work together to help.");
        doc.field("Delivery plan", "The list of things people have agreed to do, who will do them and by when.");
        doc.field("Review", "A meeting to check how things are going and change the plan if needed.");
        doc.field("Consent", "Your agreement to what is written down and who it is shared with. You can change your "
                + "mind at any time.");
        doc.field("Parental responsibility", "The legal rights and duties a parent has for a child.");
        doc.field("Strength", "Something that is going well.");
        doc.field("Need", "Something where help would make a difference.");
    }
}
