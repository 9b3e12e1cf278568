package org.ecaf.domain.disclosure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.domain.shared.RefusalCode;

/**
 * One line of a case's disclosure log: a copy issued (who issued it, to whom, which revision, under which consent
 * or decision, the SHA-256 of the bytes sent and of the encrypted copy if there was one) or a copy refused (with
 * the refusal code), with the answers and rows the practitioner held back from it and why. Never changed after it is
 * written.
 */
@Entity
@Table(name = "disclosure")
public class Disclosure extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Column(name = "copy_kind", nullable = false, length = 20)
    private String copyKind;

    @Column(name = "recipient_kind", nullable = false, length = 20)
    private String recipientKind;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(name = "assessment_number")
    private Integer assessmentNumber;

    @Column(name = "revision_number")
    private Integer revisionNumber;

    @Column(name = "outcome", nullable = false, length = 30)
    private String outcome;

    @Column(name = "basis_id")
    private Long basisId;

    @Column(name = "basis", length = 400)
    private String basis;

    @Column(name = "refusal_code", length = 40)
    private String refusalCode;

    @Column(name = "refusal_reason", length = 1000)
    private String refusalReason;

    @Column(name = "large_print", nullable = false)
    private boolean largePrint;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "sha256_encrypted", length = 64)
    private String sha256Encrypted;

    @Column(name = "pages")
    private Integer pages;

    @Column(name = "size_bytes")
    private Integer sizeBytes;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "issued_by", nullable = false, length = 60)
    private String issuedBy;

    @Column(name = "issued_by_name", nullable = false, length = 200)
    private String issuedByName;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disclosure_withheld", joinColumns = @JoinColumn(name = "disclosure_id"))
    @OrderColumn(name = "position")
    private List<WithheldItem> withheld = new ArrayList<>();

    protected Disclosure() {
    }

    private Disclosure(CafCase cafCase, String copyKind, Recipient recipient, Integer assessmentNumber,
                       Integer revisionNumber, String issuedBy, String issuedByName, OffsetDateTime issuedAt,
                       LocalDate issueDate) {
        this.cafCase = cafCase;
        this.copyKind = copyKind;
        this.recipientKind = recipient.kind().name();
        this.recipientId = recipient.id();
        this.recipientName = recipient.name();
        this.assessmentNumber = assessmentNumber;
        this.revisionNumber = revisionNumber;
        this.issuedBy = issuedBy;
        this.issuedByName = issuedByName;
        this.issuedAt = issuedAt;
        this.issueDate = issueDate;
    }

    /** A copy that was issued. */
    public static Disclosure issued(CafCase cafCase, String copyKind, Recipient recipient, int assessmentNumber,
                                    int revisionNumber, DisclosureDecision decision, boolean largePrint, String sha256,
                                    String sha256Encrypted, int pages, int sizeBytes, String issuedBy,
                                    String issuedByName, OffsetDateTime issuedAt, LocalDate issueDate) {
        Disclosure d = new Disclosure(cafCase, copyKind, recipient, assessmentNumber, revisionNumber, issuedBy,
                issuedByName, issuedAt, issueDate);
        d.outcome = decision.outcome().name();
        d.basisId = decision.basisId();
        d.basis = decision.basisDescription();
        d.largePrint = largePrint;
        d.sha256 = sha256;
        d.sha256Encrypted = sha256Encrypted;
        d.pages = pages;
        d.sizeBytes = sizeBytes;
        return d;
    }

    /** A copy that was issued with answers or rows held back by the practitioner. */
    public static Disclosure issued(CafCase cafCase, String copyKind, Recipient recipient, int assessmentNumber,
                                    int revisionNumber, DisclosureDecision decision, boolean largePrint, String sha256,
                                    String sha256Encrypted, int pages, int sizeBytes, String issuedBy,
                                    String issuedByName, OffsetDateTime issuedAt, LocalDate issueDate,
                                    List<WithheldItem> withheld) {
        Disclosure d = issued(cafCase, copyKind, recipient, assessmentNumber, revisionNumber, decision, largePrint,
                sha256, sha256Encrypted, pages, sizeBytes, issuedBy, issuedByName, issuedAt, issueDate);
        d.withheld = new ArrayList<>(withheld);
        return d;
    }

    /** A copy that was asked for and refused. */
    public static Disclosure refused(CafCase cafCase, String copyKind, Recipient recipient, Integer assessmentNumber,
                                     Integer revisionNumber, RefusalCode code, String reason, String issuedBy,
                                     String issuedByName, OffsetDateTime at, LocalDate issueDate) {
        Disclosure d = new Disclosure(cafCase, copyKind, recipient, assessmentNumber, revisionNumber, issuedBy,
                issuedByName, at, issueDate);
        d.outcome = DisclosureDecision.Outcome.REFUSED.name();
        d.refusalCode = code.name();
        d.refusalReason = reason;
        return d;
    }

    public CafCase getCafCase() {
        return cafCase;
    }

    public String getCopyKind() {
        return copyKind;
    }

    public String getRecipientKind() {
        return recipientKind;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Integer getAssessmentNumber() {
        return assessmentNumber;
    }

    public Integer getRevisionNumber() {
        return revisionNumber;
    }

    public String getOutcome() {
        return outcome;
    }

    public Long getBasisId() {
        return basisId;
    }

    public String getBasis() {
        return basis;
    }

    public String getRefusalCode() {
        return refusalCode;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public boolean isLargePrint() {
        return largePrint;
    }

    public String getSha256() {
        return sha256;
    }

    public String getSha256Encrypted() {
        return sha256Encrypted;
    }

    public Integer getPages() {
        return pages;
    }

    public Integer getSizeBytes() {
        return sizeBytes;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getIssuedByName() {
        return issuedByName;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    /** What the practitioner held back from this copy, in the order given. */
    public List<WithheldItem> getWithheld() {
        return List.copyOf(withheld);
    }
}
