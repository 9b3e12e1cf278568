package org.ecaf.pdf;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.ecaf.domain.cases.ApprovalEvent;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.definition.AnswerWords;
import org.ecaf.pdf.layout.Document;
import org.ecaf.pdf.layout.Metadata;
import org.ecaf.pdf.layout.PdfLayout;
import org.ecaf.pdf.layout.RenderedPdf;
import org.ecaf.pdf.layout.Style;
import org.ecaf.pdf.layout.Table;

/**
 * An agency's copy: the full assessment within the redaction plan (every answer and rating, the people present), the
 * delivery plan (next review and the agreed actions, once), the records of the child being seen and the approval
 * steps (never the internal comments), and what the sharing rests on.
 */
public final class AgencyCopy {

    private static final DateTimeFormatter UK_TIME = UkTime.DATE_TIME;

    private AgencyCopy() {
    }

    public static RenderedPdf render(CopyContent content, String password) {
        return PdfLayout.render(document(content), Style.standard(), password);
    }

    static Document document(CopyContent content) {
        String issued = AnswerWords.date(content.issueDate());
        Metadata metadata = Metadata.builder("CAF assessment for " + content.child().name(), content.issuingAgency().name(),
                        content.issueDate().atStartOfDay(UkTime.ZONE))
                .subject("Common Assessment Framework assessment " + content.caseReference() + ", revision "
                        + content.revision() + ", shared with " + content.recipientName())
                .keywords("CAF; agency copy; " + content.caseReference())
                .build();
        Document.Builder doc = Document.builder(metadata)
                .header(content.caseReference() + " · Revision " + content.revision(), "Copy for " + content.recipientName())
                .footer("Issued " + issued + " by " + content.issuingAgency().name())
                .watermark("Copy for " + content.recipientName() + " — " + issued);

        doc.heading(1, "CAF assessment: " + content.child().name());
        doc.field("Case reference", content.caseReference());
        doc.field("Assessment", "Assessment " + content.assessmentNumber() + ", revision " + content.revision() + " ("
                + content.assessmentStatus().name().toLowerCase().replace('_', ' ') + "), " + content.form().title()
                + " version " + content.form().version());
        doc.field("Shared with", content.recipientName());
        doc.field("Shared under", content.basis());
        doc.field("Issued by", content.issuedBy() + ", " + content.issuingAgency().name() + ", on " + issued);
        if (content.leadProfessional() != null) {
            CopyContent.Contact lead = content.leadProfessional();
            doc.field("Lead professional", lead.name() + (lead.organisation() == null ? "" : ", " + lead.organisation())
                    + (lead.phone() == null ? "" : ", " + lead.phone()) + (lead.email() == null ? "" : ", " + lead.email()));
        }
        doc.heading(2, "The child");
        doc.field("Name", content.child().name());
        if (content.child().dateOfBirth() != null) {
            doc.field("Date of birth", AnswerWords.date(content.child().dateOfBirth()));
        } else if (content.child().expectedDateOfDelivery() != null) {
            doc.field("Expected date of delivery", AnswerWords.date(content.child().expectedDateOfDelivery()));
        }
        if (content.child().address() != null) {
            doc.field("Address", content.child().address()
                    + (content.child().postcode() == null ? "" : ", " + content.child().postcode()));
        }
        if (content.child().nhsNumber() != null) {
            doc.field("NHS number", content.child().nhsNumber());
        }
        doc.note("This information is shared for the purpose of working together to support the child. Keep it "
                + "securely, share it no further without consent, and destroy it when it is no longer needed.");
        for (String note : content.plan().notes()) {
            doc.note(note);
        }

        AssessmentWriter.write(doc, content, 2);

        doc.heading(2, "Delivery plan");
        doc.field("Next review", content.reviewDate() == null ? "Not yet set" : AnswerWords.date(content.reviewDate()));
        Optional<Table> actions = AssessmentWriter.actionsTable(content);
        if (actions.isPresent()) {
            doc.table(actions.get());
        } else {
            doc.paragraph("No actions agreed yet.");
        }

        doc.heading(2, "Child seen");
        if (content.childSeen().isEmpty()) {
            doc.paragraph("No record that the child was seen.");
        } else {
            Table.Builder seen = Table.withColumns(1.4f, 1, 2, 1.6f).header("When", "Seen alone", "Where", "Seen by");
            content.childSeen().forEach(s -> seen.row(UK_TIME.format(s.seenAt()), s.alone() ? "Yes" : "No",
                    s.location(), s.seenBy()));
            doc.table(seen.build());
        }
        doc.heading(2, "Approval");
        if (content.approvals().isEmpty()) {
            doc.paragraph("Not yet submitted for approval.");
        } else {
            // who did which step and when; the team lead's comments are internal to the service and never shared
            Table.Builder approvals = Table.withColumns(1.4f, 1.2f, 1.6f).header("When", "Step", "By");
            content.approvals().forEach(a -> approvals.row(
                    UkTime.dateTime(a.at()), stepWords(a.kind()), a.by()));
            doc.table(approvals.build());
        }
        return doc.build();
    }

    private static String stepWords(ApprovalEvent.Kind kind) {
        return switch (kind) {
            case REQUESTED -> "Submitted";
            case APPROVED -> "Approved";
            case RETURNED -> "Returned";
        };
    }
}
