package org.ecaf.domain.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.ecaf.domain.shared.DomainEntity;

/**
 * A person with an eCAF account: a practitioner, a team lead or an administrator. A team lead leads the team they
 * belong to. Credentials are not part of the domain; they live beside the account in the security layer.
 */
@Entity
@Table(name = "practitioner")
public class Practitioner extends DomainEntity {

    @Column(name = "username", nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    @ManyToOne
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practitioner_role", joinColumns = @JoinColumn(name = "practitioner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Practitioner() {
    }

    public Practitioner(String username, String displayName, Agency agency, Team team, Set<Role> roles) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.agency = agency;
        this.team = team;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Practitioner withContact(String jobTitle, String email, String phone) {
        this.jobTitle = jobTitle;
        this.email = email;
        this.phone = phone;
        return this;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Team getTeam() {
        return team;
    }

    public Agency getAgency() {
        return agency;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** True for a team lead of {@code other}. */
    public boolean leads(Team other) {
        return hasRole(Role.TEAM_LEAD) && team != null && team.equals(other);
    }

    public boolean memberOf(Team other) {
        return team != null && team.equals(other);
    }

    /** An administrator's correction of the account's details; the username never changes. */
    public void update(String newDisplayName, String newJobTitle, String newEmail, String newPhone, Agency newAgency,
                       Set<Role> newRoles) {
        this.displayName = Objects.requireNonNull(newDisplayName);
        this.jobTitle = newJobTitle;
        this.email = newEmail;
        this.phone = newPhone;
        this.agency = newAgency;
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    /** Moves the person to another team (or none); the records they wrote keep their name. */
    public void moveTo(Team newTeam) {
        this.team = newTeam;
        if (newTeam != null) {
            this.agency = newTeam.getAgency();
        }
    }
}
