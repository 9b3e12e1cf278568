package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.DomainEntity;

/** A record that a practitioner saw the child: when, whether alone, where. An assessment needs one to be submitted. */
@Entity
@Table(name = "child_seen")
public class ChildSeen extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Column(name = "seen_at", nullable = false)
    private LocalDateTime seenAt;

    @Column(name = "seen_alone", nullable = false)
    private boolean seenAlone;

    @Column(name = "location", nullable = false, length = 200)
    private String location;

    @Column(name = "notes", length = 1000)
    private String notes;

    @ManyToOne(optional = false)
    @JoinColumn(name = "seen_by", nullable = false)
    private Practitioner seenBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected ChildSeen() {
    }

    ChildSeen(CafCase cafCase, LocalDateTime seenAt, boolean seenAlone, String location, String notes,
              Practitioner seenBy, OffsetDateTime recordedAt) {
        this.cafCase = cafCase;
        this.seenAt = seenAt;
        this.seenAlone = seenAlone;
        this.location = location;
        this.notes = notes;
        this.seenBy = seenBy;
        this.recordedAt = recordedAt;
    }

    /** Local (London) date and time the child was seen. */
    public LocalDateTime getSeenAt() {
        return seenAt;
    }

    public boolean isSeenAlone() {
        return seenAlone;
    }

    public String getLocation() {
        return location;
    }

    public String getNotes() {
        return notes;
    }

    public Practitioner getSeenBy() {
        return seenBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
