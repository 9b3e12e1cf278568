package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ecaf.domain.shared.DomainEntity;

/** One step of an assessment's approval history: requested (submitted), approved or returned, with a comment. Append-only. */
@Entity
@Table(name = "approval_event")
public class ApprovalEvent extends DomainEntity {

    /** What happened. */
    public enum Kind { REQUESTED, APPROVED, RETURNED }

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "revision_number", nullable = false)
    private int revisionNumber;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "comment", length = 4000)
    private String comment;

    protected ApprovalEvent() {
    }

    ApprovalEvent(CafCase cafCase, Assessment assessment, Kind kind, int revisionNumber, String actor, String actorName,
                  OffsetDateTime occurredAt, String comment) {
        this.cafCase = cafCase;
        this.assessment = assessment;
        this.kind = kind;
        this.revisionNumber = revisionNumber;
        this.actor = actor;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public Kind getKind() {
        return kind;
    }

    public int getRevisionNumber() {
        return revisionNumber;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }
}
