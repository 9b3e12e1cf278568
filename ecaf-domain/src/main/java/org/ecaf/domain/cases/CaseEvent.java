package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ecaf.domain.shared.DomainEntity;

/** One line of a case's timeline: what happened, who did it, when. Append-only. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "summary", nullable = false, length = 1000)
    private String summary;

    protected CaseEvent() {
    }

    CaseEvent(CafCase cafCase, OffsetDateTime occurredAt, String actor, String kind, String summary) {
        this.cafCase = cafCase;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.summary = summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }
}
