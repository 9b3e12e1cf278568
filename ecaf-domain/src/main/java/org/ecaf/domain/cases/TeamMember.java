package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.DomainEntity;

/**
 * A member of the Team Around the Child: a practitioner with an eCAF account (who then may open the case) or a
 * person from a service without one (a GP, a housing officer), named with role and contact.
 */
@Entity
@Table(name = "tac_member")
public class TeamMember extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @ManyToOne
    @JoinColumn(name = "practitioner_id")
    private Practitioner practitioner;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "role", nullable = false, length = 200)
    private String role;

    @Column(name = "organisation", length = 200)
    private String organisation;

    @Column(name = "contact", length = 200)
    private String contact;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    @Column(name = "removed_at")
    private OffsetDateTime removedAt;

    protected TeamMember() {
    }

    TeamMember(CafCase cafCase, Practitioner practitioner, String name, String role, String organisation, String contact,
               OffsetDateTime addedAt) {
        this.cafCase = cafCase;
        this.practitioner = practitioner;
        this.name = name;
        this.role = role;
        this.organisation = organisation;
        this.contact = contact;
        this.addedAt = addedAt;
    }

    void remove(OffsetDateTime at) {
        this.removedAt = at;
    }

    public boolean isCurrent() {
        return removedAt == null;
    }

    public boolean is(Practitioner p) {
        return practitioner != null && practitioner.equals(p);
    }

    public Practitioner getPractitioner() {
        return practitioner;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getContact() {
        return contact;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }

    public OffsetDateTime getRemovedAt() {
        return removedAt;
    }
}
