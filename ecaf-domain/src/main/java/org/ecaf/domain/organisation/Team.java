package org.ecaf.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.ecaf.domain.shared.DomainEntity;

/** A team of practitioners within an agency, led by its team leads. A case belongs to one team. */
@Entity
@Table(name = "team")
public class Team extends DomainEntity {

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    protected Team() {
    }

    public Team(String code, String name, Agency agency) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.agency = Objects.requireNonNull(agency);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Agency getAgency() {
        return agency;
    }

    /** False once an administrator has deactivated it: it keeps its records but takes no new members or cases. */
    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** A new name; the code, which other records and the API use, stays. */
    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }
}
