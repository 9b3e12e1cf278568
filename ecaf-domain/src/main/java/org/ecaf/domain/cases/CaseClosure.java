package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.forms.answers.Answers;

/** A closure of a case on the {@code closure} form, with its reason, and — if it was reopened — when, by whom and why. */
@Entity
@Table(name = "case_closure")
public class CaseClosure extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Column(name = "reason", nullable = false, length = 60)
    private String reason;

    @Column(name = "form_version", nullable = false)
    private int formVersion;

    @Lob
    @Column(name = "answers", nullable = false)
    private String answers;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_from", nullable = false, length = 30)
    private CaseState closedFrom;

    @Column(name = "closed_by", nullable = false, length = 60)
    private String closedBy;

    @Column(name = "closed_at", nullable = false)
    private OffsetDateTime closedAt;

    @Column(name = "reopened_by", length = 60)
    private String reopenedBy;

    @Column(name = "reopened_at")
    private OffsetDateTime reopenedAt;

    @Column(name = "reopen_reason", length = 2000)
    private String reopenReason;

    protected CaseClosure() {
    }

    CaseClosure(CafCase cafCase, String reason, int formVersion, Answers answers, CaseState closedFrom, String closedBy,
                OffsetDateTime closedAt) {
        this.cafCase = cafCase;
        this.reason = reason;
        this.formVersion = formVersion;
        this.answers = answers.toCanonicalJson();
        this.closedFrom = closedFrom;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    void reopen(String by, OffsetDateTime at, String why) {
        this.reopenedBy = by;
        this.reopenedAt = at;
        this.reopenReason = why;
    }

    public boolean isReopened() {
        return reopenedAt != null;
    }

    public String getReason() {
        return reason;
    }

    public Answers answers() {
        return Answers.fromJson(answers);
    }

    public CaseState getClosedFrom() {
        return closedFrom;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getReopenedBy() {
        return reopenedBy;
    }

    public OffsetDateTime getReopenedAt() {
        return reopenedAt;
    }

    public String getReopenReason() {
        return reopenReason;
    }
}
