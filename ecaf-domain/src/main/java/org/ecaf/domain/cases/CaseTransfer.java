package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.DomainEntity;

/**
 * A case moved from one team to another: the history, revisions and disclosures travel with the case; the former team
 * keeps only a summary (it is a former holder) and its contributions stay in the record under its members' names.
 */
@Entity
@Table(name = "case_transfer")
public class CaseTransfer extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_team_id", nullable = false)
    private Team fromTeam;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_team_id", nullable = false)
    private Team toTeam;

    @ManyToOne(optional = false)
    @JoinColumn(name = "decided_by", nullable = false)
    private Practitioner decidedBy;

    @Column(name = "requested_by", nullable = false, length = 200)
    private String requestedBy;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "transferred_at", nullable = false)
    private OffsetDateTime transferredAt;

    protected CaseTransfer() {
    }

    CaseTransfer(CafCase cafCase, Team fromTeam, Team toTeam, Practitioner decidedBy, String requestedBy, String reason,
                 OffsetDateTime at) {
        this.cafCase = cafCase;
        this.fromTeam = fromTeam;
        this.toTeam = toTeam;
        this.decidedBy = decidedBy;
        this.requestedBy = requestedBy;
        this.reason = reason;
        this.transferredAt = at;
    }

    public Team getFromTeam() {
        return fromTeam;
    }

    public Team getToTeam() {
        return toTeam;
    }

    public Practitioner getDecidedBy() {
        return decidedBy;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getTransferredAt() {
        return transferredAt;
    }
}
