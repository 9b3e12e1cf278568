package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.ecaf.domain.access.Operation;
import org.ecaf.domain.access.RecordKind;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.AssessmentRevision;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.disclosure.CopyPreview;
import org.ecaf.domain.disclosure.CopySnapshot;
import org.ecaf.domain.disclosure.Disclosure;
import org.ecaf.domain.disclosure.DisclosureDecision;
import org.ecaf.domain.disclosure.DisclosureLog;
import org.ecaf.domain.disclosure.DisclosurePolicy;
import org.ecaf.domain.disclosure.FamilyCopyScope;
import org.ecaf.domain.disclosure.Recipient;
import org.ecaf.domain.disclosure.RedactionPlan;
import org.ecaf.domain.disclosure.WithheldItem;
import org.ecaf.domain.disclosure.Withholding;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.pdf.AgencyCopy;
import org.ecaf.pdf.CopyContent;
import org.ecaf.pdf.FamilyCopy;
import org.ecaf.pdf.layout.RenderedPdf;

/**
 * Issuing copies of an assessment: the disclosure policy decides whether and what, narrowed for a family copy to
 * whose information the recipient may see ({@link FamilyCopyScope}) and less what the practitioner holds back; the
 * copy is rendered from one snapshot of the case ({@link CopySnapshot}); every issue and every refusal goes into the
 * case's disclosure log (with the SHA-256 of what was sent and what was held back) and the audit log. A preview
 * shows what a recipient would receive without issuing or logging a disclosure (it is audited as a read).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class CopyService {

    /** A copy ready to send: the bytes (encrypted when a password was given), a file name and the log entry. */
    public record IssuedCopy(byte[] pdf, String fileName, long disclosureId, String sha256, boolean encrypted) {
    }

    /** An answer or row held back from a copy, as the log shows it. */
    public record WithheldView(String item, String label, String reason) implements java.io.Serializable {
    }

    /** A disclosure as the log shows it. */
    public record DisclosureView(long id, String copyKind, String recipientKind, Long recipientId, String recipientName,
                                 Integer assessment, Integer revision, String outcome, String basis, String refusalCode,
                                 String refusalReason, boolean largePrint, String sha256, String sha256Encrypted,
                                 Integer pages, Integer sizeBytes, String issuedBy, String issuedByName,
                                 OffsetDateTime issuedAt, List<WithheldView> withheld) implements java.io.Serializable {
        static DisclosureView of(Disclosure d) {
            return new DisclosureView(d.getId(), d.getCopyKind(), d.getRecipientKind(), d.getRecipientId(),
                    d.getRecipientName(), d.getAssessmentNumber(), d.getRevisionNumber(), d.getOutcome(), d.getBasis(),
                    d.getRefusalCode(), d.getRefusalReason(), d.isLargePrint(), d.getSha256(), d.getSha256Encrypted(),
                    d.getPages(), d.getSizeBytes(), d.getIssuedBy(), d.getIssuedByName(), d.getIssuedAt(),
                    d.getWithheld().stream().map(w -> new WithheldView(w.getItem(), w.getLabel(), w.getReason()))
                            .toList());
        }
    }

    /**
     * Who a copy is for, as the copy requests name them: a family member ({@code recipient}), another agency
     * ({@code agency}) or the young person ({@code youngPerson}); exactly one.
     */
    public record RecipientChoice(Long familyMemberId, Long agencyId, boolean youngPerson) implements java.io.Serializable {
    }

    /** An answer or row that would appear, as the preview names it for holding back. */
    public record PreviewItem(String item, String label, String section) implements java.io.Serializable {
    }

    /** Something left out of the copy, and why. */
    public record LeftOutView(String item, String label, String reason) implements java.io.Serializable {
    }

    /**
     * What a recipient would receive: refused (with the code and reason the copy would get), or allowed with the
     * basis, the file name, the sections, every answer and row included, what is left out and why, and the notes
     * printed on it.
     */
    public record PreviewView(String copyKind, String recipientKind, Long recipientId, String recipientName,
                              boolean allowed, String refusalCode, String refusalReason, String basis, Integer assessment,
                              Integer revision, String fileName, List<String> sections, List<PreviewItem> included,
                              List<LeftOutView> leftOut, List<String> notes) implements java.io.Serializable {
    }

    /** A copy the disclosure policy refused: 403 with the policy's code and reason. */
    public static final class CopyRefused extends AccessDenied {
        private static final long serialVersionUID = 1L;

        CopyRefused(RefusalCode code, String reason) {
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

    @Inject
    Reauthentication reauthentication;

    public IssuedCopy familyCopy(long caseId, Long familyMemberId, boolean largePrint, Integer revision, String password) {
        if (familyMemberId == null) {
            throw InvalidInput.of(RefusalCode.REQUIRED, "Say which family member the copy is for (recipient).",
                    "recipient");
        }
        return issue(caseId, new RecipientChoice(familyMemberId, null, false), largePrint, revision, password, List.of());
    }

    public IssuedCopy youngPersonCopy(long caseId, boolean largePrint, Integer revision, String password) {
        return issue(caseId, new RecipientChoice(null, null, true), largePrint, revision, password, List.of());
    }

    public IssuedCopy agencyCopy(long caseId, Long agencyId, Integer revision, String password) {
        if (agencyId == null) {
            throw InvalidInput.of(RefusalCode.REQUIRED, "Say which agency the copy is for (agency).", "agency");
        }
        return issue(caseId, new RecipientChoice(null, agencyId, false), false, revision, password, List.of());
    }

    /** What {@code choice} would receive, without issuing or logging a disclosure; audited as a read. */
    public PreviewView preview(long caseId, RecipientChoice choice, Integer revisionNumber) {
        return Audited.run(audit, "copy.preview", "case", caseId, () -> {
            access.staff();
            CafCase c = cases.find(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            access.require(c, RecordKind.COPIES, Operation.READ);
            Recipient recipient = recipient(c, choice);
            String copyKind = copyKind(recipient);
            LocalDate today = LocalDate.now(clock);
            Assessment assessment = c.currentAssessment().orElse(null);
            if (assessment == null || assessment.latest().isEmpty()) {
                return refusedPreview(copyKind, recipient, null, null, RefusalCode.NO_ASSESSMENT,
                        "There is no assessment to copy yet.");
            }
            AssessmentRevision revision = revision(assessment, revisionNumber);
            DisclosureDecision decision = DisclosurePolicy.decide(c, assessment, recipient, today);
            if (!decision.allowed()) {
                return refusedPreview(copyKind, recipient, assessment.getNumber(), revision.getNumber(),
                        decision.refusalCode(), decision.reason());
            }
            Composition composition = compose(c, assessment, revision, recipient, decision, today);
            CopyPreview p = composition.preview();
            return new PreviewView(copyKind, recipient.kind().name(), recipient.id(), recipient.name(), true, null, null,
                    decision.basisDescription(), assessment.getNumber(), revision.getNumber(),
                    fileName(c, copyKind, recipient, today), p.sections(),
                    p.items().stream().map(i -> new PreviewItem(i.item(), i.label(), i.section())).toList(),
                    p.leftOut().stream().map(l -> new LeftOutView(l.item(), l.label(), l.reason())).toList(), p.notes());
        }, p -> (p.allowed() ? "would be issued" : "would be refused " + p.refusalCode()) + " to "
                + p.recipientKind().toLowerCase() + " " + p.recipientId());
    }

    private static PreviewView refusedPreview(String copyKind, Recipient recipient, Integer assessment, Integer revision,
                                              RefusalCode code, String reason) {
        return new PreviewView(copyKind, recipient.kind().name(), recipient.id(), recipient.name(), false, code.name(),
                reason,
                null, assessment, revision, null, List.of(), List.of(), List.of(), List.of());
    }

    public List<DisclosureView> disclosures(long caseId) {
        return Audited.run(audit, "disclosures.read", "case", caseId, () -> {
            access.staff();
            CafCase c = cases.find(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            access.require(c, RecordKind.DISCLOSURES, Operation.READ);
            return disclosures.of(c).stream().map(DisclosureView::of).toList();
        }, list -> list.size() + " disclosure(s)");
    }

    /** The snapshot, the plan narrowed to whose information the recipient may see, and the preview of both. */
    private record Composition(FormDefinition form, CopySnapshot snapshot, RedactionPlan plan, CopyPreview preview) {
    }

    private Composition compose(CafCase c, Assessment assessment, AssessmentRevision revision, Recipient recipient,
                                DisclosureDecision decision, LocalDate today) {
        FormDefinition form = forms.get(assessment.getFormId(), revision.getFormVersion());
        CopySnapshot snapshot = CopySnapshot.of(c, revision);
        RedactionPlan plan = FamilyCopyScope.narrow(decision.plan(), form, snapshot.answers(), c, recipient, today);
        return new Composition(form, snapshot, plan, CopyPreview.of(form, snapshot.answers(), plan));
    }

    private Recipient recipient(CafCase c, RecipientChoice choice) {
        int named = (choice.familyMemberId() != null ? 1 : 0) + (choice.agencyId() != null ? 1 : 0)
                + (choice.youngPerson() ? 1 : 0);
        if (named != 1) {
            throw InvalidInput.of(named == 0 ? RefusalCode.REQUIRED : RefusalCode.ONE_RECIPIENT,
                    "Say who the copy is for: one family "
                    + "member (recipient), one agency (agency) or the young person (youngPerson).", "recipient");
        }
        if (choice.youngPerson()) {
            return new Recipient.YoungPerson(c.getChild());
        }
        if (choice.agencyId() != null) {
            Agency agency = organisation.agency(choice.agencyId()).orElseThrow(() -> InvalidInput.of(
                    RefusalCode.UNKNOWN_AGENCY, "There is no agency " + choice.agencyId() + ".", "agency"));
            return new Recipient.AgencyRecipient(agency);
        }
        FamilyMember member = c.getChild().familyMember(choice.familyMemberId()).orElseThrow(() -> InvalidInput.of(
                RefusalCode.NOT_FAMILY, "Family member " + choice.familyMemberId() + " is not recorded for this child.",
                "recipient"));
        return new Recipient.Family(member);
    }

    private static String copyKind(Recipient recipient) {
        return switch (recipient.kind()) {
            case AGENCY -> "AGENCY";
            case YOUNG_PERSON -> "YOUNG_PERSON";
            case FAMILY_MEMBER -> "FAMILY";
        };
    }

    private static AssessmentRevision revision(Assessment assessment, Integer revisionNumber) {
        return revisionNumber == null ? assessment.latest().get()
                : assessment.revision(revisionNumber).orElseThrow(() -> new NotFound("revision " + revisionNumber
                + " of assessment " + assessment.getNumber()));
    }

    /** {@code <case reference>-<family|agency>-copy-<recipient slug>-<yyyy-mm-dd>.pdf}. */
    static String fileName(CafCase c, String copyKind, Recipient recipient, LocalDate today) {
        return c.getReference() + "-" + ("AGENCY".equals(copyKind) ? "agency" : "family") + "-copy-"
                + slug(recipient.name()) + "-" + today + ".pdf";
    }

    /** Lower-case ASCII letters and digits joined by hyphens ("Lan Nguyễn" gives "lan-nguyen"). */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
                .replace("æ", "ae").replace("ø", "o");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "recipient" : slug;
    }

    /**
     * Issues a copy for {@code choice}: the policy decides, the plan is narrowed to whose information the recipient
     * may see, {@code withheld} (checked against what the copy would show, each with a reason) is held back and kept
     * in the disclosure log.
     */
    public IssuedCopy issue(long caseId, RecipientChoice choice, boolean largePrint, Integer revisionNumber,
                            String password, List<Withholding> withheld) {
        String action = choice.agencyId() != null ? "copy.agency" : choice.youngPerson() ? "copy.young-person"
                : "copy.family";
        return Audited.run(audit, action, "case", caseId, () -> {
            access.staff();
            CafCase c = cases.findForUpdate(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            Practitioner me = access.require(c, RecordKind.COPIES, Operation.WRITE);
            reauthentication.require();
            Recipient recipient = recipient(c, choice);
            String copyKind = copyKind(recipient);
            LocalDate today = LocalDate.now(clock);
            OffsetDateTime now = OffsetDateTime.now(clock);
            Assessment assessment = c.currentAssessment().orElse(null);
            if (assessment == null || assessment.latest().isEmpty()) {
                disclosures.add(Disclosure.refused(c, copyKind, recipient, null, null, RefusalCode.NO_ASSESSMENT,
                        "There is no assessment to copy yet.", me.getUsername(), me.getDisplayName(), now, today));
                throw new CopyRefused(RefusalCode.NO_ASSESSMENT, "There is no assessment to copy yet.");
            }
            AssessmentRevision revision = revision(assessment, revisionNumber);
            DisclosureDecision decision = DisclosurePolicy.decide(c, assessment, recipient, today);
            if (!decision.allowed()) {
                disclosures.add(Disclosure.refused(c, copyKind, recipient, assessment.getNumber(), revision.getNumber(),
                        decision.refusalCode(), decision.reason(), me.getUsername(), me.getDisplayName(), now, today));
                throw new CopyRefused(decision.refusalCode(), decision.reason());
            }
            Composition composition = compose(c, assessment, revision, recipient, decision, today);
            List<Withholding> held = Withholding.validated(withheld == null ? List.of() : withheld,
                    composition.preview().labels().keySet());
            RedactionPlan plan = Withholding.apply(composition.plan(), held, composition.preview().labels());
            CopyContent content = content(c, assessment, revision, recipient, composition.snapshot(), plan,
                    composition.form(), decision, today, me);
            RenderedPdf pdf = "AGENCY".equals(copyKind) ? AgencyCopy.render(content, password)
                    : FamilyCopy.render(content, largePrint, password);
            Disclosure logged = Disclosure.issued(c, copyKind, recipient, assessment.getNumber(), revision.getNumber(),
                    decision, largePrint, pdf.pdfSha256(), pdf.encryptedPdfSha256().orElse(null), pdf.pageCount(),
                    pdf.pdf().length, me.getUsername(), me.getDisplayName(), now, today,
                    held.stream().map(w -> new WithheldItem(w.item(),
                            composition.preview().labels().getOrDefault(w.item(), w.item()), w.reason())).toList());
            disclosures.add(logged);
            c.note(me, now, "COPY_ISSUED", ("AGENCY".equals(copyKind) ? "Agency copy" : "Family copy") + " of revision "
                    + revision.getNumber() + " issued to " + recipient.name() + (largePrint ? " (large print)" : "")
                    + (held.isEmpty() ? "" : "; " + held.size() + " answer(s) or row(s) held back"));
            cases.flush();
            byte[] bytes = pdf.encryptedPdf().orElse(pdf.pdf());
            return new IssuedCopy(bytes, fileName(c, copyKind, recipient, today), logged.getId(), pdf.pdfSha256(),
                    pdf.encryptedPdf().isPresent());
        }, copy -> "disclosure " + copy.disclosureId() + " sha256 " + copy.sha256());
    }

    private CopyContent content(CafCase c, Assessment assessment, AssessmentRevision revision, Recipient recipient,
                                CopySnapshot snapshot, RedactionPlan plan, FormDefinition form,
                                DisclosureDecision decision, LocalDate today, Practitioner me) {
        Child child = c.getChild();
        boolean address = plan.childAddressShown();
        Agency issuing = c.getTeam().getAgency();
        return new CopyContent(c.getReference(), assessment.getNumber(), revision.getNumber(),
                assessment.getStatus(), form, snapshot.answers(), plan, recipient.name(), recipient.kind().name(),
                today,
                new CopyContent.Child(child.displayName(), child.getDateOfBirth(), child.getExpectedDateOfDelivery(),
                        address ? child.getAddress() : null,
                        address ? child.getPostcode().map(p -> p.value()).orElse(null) : null,
                        child.getNhsNumber().map(n -> n.formatted()).orElse(null)),
                new CopyContent.Contact(issuing.getName(), issuing.getName(), issuing.getPhone(), issuing.getEmail(),
                        issuing.getAddress()),
                snapshot.leadName() == null ? null : new CopyContent.Contact(snapshot.leadName(),
                        snapshot.leadOrganisation(), snapshot.leadPhone(), snapshot.leadEmail(), null),
                snapshot.nextReview(), decision.basisDescription(),
                c.getChildSeen().stream().map(s -> new CopyContent.Seen(s.getSeenAt(), s.isSeenAlone(), s.getLocation(),
                        s.getSeenBy().getDisplayName())).toList(),
                // the steps only: a team lead's return or approval comments are internal and never part of a copy
                c.getApprovals().stream().filter(a -> a.getAssessment().equals(assessment))
                        .map(a -> new CopyContent.Approval(a.getKind(), a.getActorName(), a.getOccurredAt()))
                        .toList(),
                me.getDisplayName());
    }
}
