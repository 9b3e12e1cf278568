package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.DomainEntity;

/**
 * A team lead's recorded decision to record, or share with named agencies, without consent: only where the child
 * is at risk of significant harm, to prevent or detect serious crime, or where seeking consent would increase
 * the risk. The ground, the reason in words and who authorised it are kept.
 */
@Entity
@Table(name = "without_consent_decision")
public class WithoutConsentDecision extends DomainEntity {

    /** The lawful grounds for acting without consent. */
    public enum Ground {
        SIGNIFICANT_HARM("The child is at risk of significant harm"),
        SERIOUS_CRIME("To prevent or detect serious crime"),
        CONSENT_WOULD_INCREASE_RISK("Seeking consent would increase the risk or cause harmful delay");

        private final String label;

        Ground(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 40)
    private Ground ground;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "covers_recording", nullable = false)
    private boolean coversRecording;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "without_consent_agency", joinColumns = @JoinColumn(name = "decision_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new HashSet<>();

    @ManyToOne(optional = false)
    @JoinColumn(name = "decided_by", nullable = false)
    private Practitioner decidedBy;

    @Column(name = "decided_at", nullable = false)
    private OffsetDateTime decidedAt;

    protected WithoutConsentDecision() {
    }

    WithoutConsentDecision(CafCase cafCase, Ground ground, String reason, boolean coversRecording, Set<Agency> agencies,
                           Practitioner decidedBy, OffsetDateTime decidedAt) {
        this.cafCase = cafCase;
        this.ground = ground;
        this.reason = reason;
        this.coversRecording = coversRecording;
        this.agencies = new HashSet<>(agencies);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public boolean covers(Agency agency) {
        return agencies.contains(agency);
    }

    public Ground getGround() {
        return ground;
    }

    public String getReason() {
        return reason;
    }

    public boolean isCoversRecording() {
        return coversRecording;
    }

    public List<Agency> getAgencies() {
        return agencies.stream().sorted(java.util.Comparator.comparing(Agency::getName)).toList();
    }

    public Practitioner getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }
}
