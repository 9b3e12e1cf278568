package org.ecaf.pdf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecaf.domain.cases.ApprovalEvent;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.disclosure.RedactionPlan;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;

/**
 * Everything one copy shows, taken from one assessment revision and its case at the moment of issue: an immutable
 * snapshot, so the same snapshot and issue date always give the same PDF. The redaction plan decides what of it
 * appears; the address is already left out here when the plan does not allow it. The answers are the snapshot's
 * ({@code org.ecaf.domain.disclosure.CopySnapshot}): the agreed actions are the live plan's, and the next review date
 * and lead professional are given once, here, not again among the answers. Internal workflow comments (a team lead's
 * return or approval remarks) are not part of a copy's content at all.
 */
public record CopyContent(String caseReference, int assessmentNumber, int revision, Assessment.Status assessmentStatus,
                          FormDefinition form, Answers answers, RedactionPlan plan,
                          String recipientName, String recipientDescription, LocalDate issueDate,
                          Child child, Contact issuingAgency, Contact leadProfessional, LocalDate reviewDate,
                          String basis, List<Seen> childSeen, List<Approval> approvals, String issuedBy) {

    /** The child as the copy names them. {@code address} is null when the plan leaves it out. */
    public record Child(String name, LocalDate dateOfBirth, LocalDate expectedDateOfDelivery, String address,
                        String postcode, String nhsNumber) {
    }

    /** A person or organisation and how to reach them. */
    public record Contact(String name, String organisation, String phone, String email, String address) {
    }

    /** A record that the child was seen. */
    public record Seen(LocalDateTime seenAt, boolean alone, String location, String seenBy) {
    }

    /** A step of the approval history: who and when, never the internal comment. */
    public record Approval(ApprovalEvent.Kind kind, String by, OffsetDateTime at) {
    }

    public CopyContent {
        childSeen = List.copyOf(childSeen);
        approvals = List.copyOf(approvals);
    }
}
