package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecaf.domain.access.Operation;
import org.ecaf.domain.access.RecordKind;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.AssessmentRevision;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.disclosure.Disclosure;
import org.ecaf.domain.disclosure.DisclosureDecision;
import org.ecaf.domain.disclosure.DisclosureLog;
import org.ecaf.domain.disclosure.DisclosurePolicy;
import org.ecaf.domain.disclosure.Recipient;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.pdf.AgencyCopy;
import org.ecaf.pdf.CopyContent;
import org.ecaf.pdf.FamilyCopy;
import org.ecaf.pdf.layout.RenderedPdf;

/**
 * Issuing copies of an assessment: the disclosure policy decides whether and what; the copy is rendered from the
 * revision's snapshot; every issue and every refusal goes into the case's disclosure log (with the SHA-256 of
 * what was sent) and the audit log.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class CopyService {

    /** A copy ready to send: the bytes (encrypted when a password was given), a file name and the log entry. */
    public record IssuedCopy(byte[] pdf, String fileName, long disclosureId, String sha256, boolean encrypted) {
    }

    /** A disclosure as the log shows it. */
    public record DisclosureView(long id, String copyKind, String recipientKind, Long recipientId, String recipientName,
                                 Integer assessment, Integer revision, String outcome, String basis, String refusalCode,
                                 String refusalReason, boolean largePrint, String sha256, String sha256Encrypted,
                                 Integer pages, Integer sizeBytes, String issuedBy, String issuedByName,
                                 OffsetDateTime issuedAt) {
        static DisclosureView of(Disclosure d) {
            return new DisclosureView(d.getId(), d.getCopyKind(), d.getRecipientKind(), d.getRecipientId(),
                    d.getRecipientName(), d.getAssessmentNumber(), d.getRevisionNumber(), d.getOutcome(), d.getBasis(),
                    d.getRefusalCode(), d.getRefusalReason(), d.isLargePrint(), d.getSha256(), d.getSha256Encrypted(),
                    d.getPages(), d.getSizeBytes(), d.getIssuedBy(), d.getIssuedByName(), d.getIssuedAt());
        }
    }

    /** A copy the disclosure policy refused: 403 with the policy's code and reason. */
    public static final class CopyRefused extends AccessDenied {
        private static final long serialVersionUID = 1L;

        CopyRefused(String code, String reason) {
            super(code, reason);
        }
    }

    @Inject
    CaseRepository cases;

    @Inject
    OrganisationRepository organisation;

    @Inject
    DisclosureLog disclosures;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessDecisions access;

    @Inject
    Audit audit;

    @Inject
    Forms forms;

    @Inject
    Clock clock;

    public IssuedCopy familyCopy(long caseId, Long familyMemberId, boolean largePrint, Integer revision, String password) {
        return issue(caseId, "FAMILY", "copy.family", largePrint, revision, password, c -> {
            if (familyMemberId == null) {
                throw InvalidInput.of("REQUIRED", "Say which family member the copy is for (recipient).", "recipient");
            }
            FamilyMember member = c.getChild().familyMember(familyMemberId).orElseThrow(() -> InvalidInput.of(
                    "NOT_FAMILY", "Family member " + familyMemberId + " is not recorded for this child.", "recipient"));
            return new Recipient.Family(member);
        });
    }

    public IssuedCopy youngPersonCopy(long caseId, boolean largePrint, Integer revision, String password) {
        return issue(caseId, "YOUNG_PERSON", "copy.young-person", largePrint, revision, password,
                c -> new Recipient.YoungPerson(c.getChild()));
    }

    public IssuedCopy agencyCopy(long caseId, Long agencyId, Integer revision, String password) {
        return issue(caseId, "AGENCY", "copy.agency", false, revision, password, c -> {
            if (agencyId == null) {
                throw InvalidInput.of("REQUIRED", "Say which agency the copy is for (agency).", "agency");
            }
            Agency agency = organisation.agency(agencyId).orElseThrow(() -> InvalidInput.of("UNKNOWN_AGENCY",
                    "There is no agency " + agencyId + ".", "agency"));
            return new Recipient.AgencyRecipient(agency);
        });
    }

    public List<DisclosureView> disclosures(long caseId) {
        return Audited.run(audit, "disclosures.read", "case", caseId, () -> {
            access.staff();
            CafCase c = cases.find(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            access.require(c, RecordKind.DISCLOSURES, Operation.READ);
            return disclosures.of(c).stream().map(DisclosureView::of).toList();
        }, list -> list.size() + " disclosure(s)");
    }

    private interface RecipientOf {
        Recipient of(CafCase c);
    }

    private IssuedCopy issue(long caseId, String copyKind, String action, boolean largePrint, Integer revisionNumber,
                             String password, RecipientOf recipientOf) {
        return Audited.run(audit, action, "case", caseId, () -> {
            access.staff();
            CafCase c = cases.findForUpdate(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            Practitioner me = access.require(c, RecordKind.COPIES, Operation.WRITE);
            Recipient recipient = recipientOf.of(c);
            LocalDate today = LocalDate.now(clock);
            OffsetDateTime now = OffsetDateTime.now(clock);
            Assessment assessment = c.currentAssessment().orElse(null);
            if (assessment == null || assessment.latest().isEmpty()) {
                disclosures.add(Disclosure.refused(c, copyKind, recipient, null, null, "NO_ASSESSMENT",
                        "There is no assessment to copy yet.", me.getUsername(), me.getDisplayName(), now, today));
                throw new CopyRefused("NO_ASSESSMENT", "There is no assessment to copy yet.");
            }
            AssessmentRevision revision = revisionNumber == null ? assessment.latest().get()
                    : assessment.revision(revisionNumber).orElseThrow(() -> new NotFound("revision " + revisionNumber
                    + " of assessment " + assessment.getNumber()));
            DisclosureDecision decision = DisclosurePolicy.decide(c, assessment, recipient, today);
            if (!decision.allowed()) {
                disclosures.add(Disclosure.refused(c, copyKind, recipient, assessment.getNumber(), revision.getNumber(),
                        decision.refusalCode(), decision.reason(), me.getUsername(), me.getDisplayName(), now, today));
                throw new CopyRefused(decision.refusalCode(), decision.reason());
            }
            CopyContent content = content(c, assessment, revision, recipient, decision, today, me);
            RenderedPdf pdf = "AGENCY".equals(copyKind) ? AgencyCopy.render(content, password)
                    : FamilyCopy.render(content, largePrint, password);
            Disclosure logged = Disclosure.issued(c, copyKind, recipient, assessment.getNumber(), revision.getNumber(),
                    decision, largePrint, pdf.pdfSha256(), pdf.encryptedPdfSha256().orElse(null), pdf.pageCount(),
                    pdf.pdf().length, me.getUsername(), me.getDisplayName(), now, today);
            disclosures.add(logged);
            c.note(me, now, "COPY_ISSUED", ("AGENCY".equals(copyKind) ? "Agency copy" : "Family copy") + " of revision "
                    + revision.getNumber() + " issued to " + recipient.name() + (largePrint ? " (large print)" : ""));
            cases.flush();
            byte[] bytes = pdf.encryptedPdf().orElse(pdf.pdf());
            String fileName = c.getReference() + "-" + copyKind.toLowerCase().replace('_', '-') + "-copy-r"
                    + revision.getNumber() + ".pdf";
            return new IssuedCopy(bytes, fileName, logged.getId(), pdf.pdfSha256(), pdf.encryptedPdf().isPresent());
        }, copy -> "disclosure " + copy.disclosureId() + " sha256 " + copy.sha256());
    }

    private CopyContent content(CafCase c, Assessment assessment, AssessmentRevision revision, Recipient recipient,
                                DisclosureDecision decision, LocalDate today, Practitioner me) {
        Child child = c.getChild();
        boolean address = decision.plan().childAddressShown();
        Agency issuing = c.getTeam().getAgency();
        Practitioner lead = c.getLeadProfessional();
        return new CopyContent(c.getReference(), assessment.getNumber(), revision.getNumber(),
                assessment.getStatus().name(), forms.get(assessment.getFormId(), revision.getFormVersion()),
                revision.answers(), decision.plan(), recipient.name(), recipient.kind().name(), today,
                new CopyContent.Child(child.displayName(), child.getDateOfBirth(), child.getExpectedDateOfDelivery(),
                        address ? child.getAddress() : null,
                        address ? child.getPostcode().map(p -> p.value()).orElse(null) : null,
                        child.getNhsNumber().map(n -> n.formatted()).orElse(null)),
                new CopyContent.Contact(issuing.getName(), issuing.getName(), issuing.getPhone(), issuing.getEmail(),
                        issuing.getAddress()),
                lead == null ? null : new CopyContent.Contact(lead.getDisplayName(),
                        lead.getAgency() == null ? null : lead.getAgency().getName(), lead.getPhone(), lead.getEmail(), null),
                c.getReviewDate(), decision.basisDescription(),
                c.getChildSeen().stream().map(s -> new CopyContent.Seen(s.getSeenAt(), s.isSeenAlone(), s.getLocation(),
                        s.getSeenBy().getDisplayName())).toList(),
                c.getApprovals().stream().filter(a -> a.getAssessment().equals(assessment))
                        .map(a -> new CopyContent.Approval(a.getKind().name(), a.getActorName(), a.getOccurredAt(),
                                a.getComment())).toList(),
                me.getDisplayName());
    }
}
