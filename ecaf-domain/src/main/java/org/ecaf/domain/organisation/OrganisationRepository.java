package org.ecaf.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Agencies, teams and accounts. */
public interface OrganisationRepository {

    Optional<Practitioner> practitioner(long id);

    Optional<Practitioner> practitioner(String username);

    List<Practitioner> members(Team team);

    List<Practitioner> allPractitioners();

    Optional<Agency> agency(long id);

    List<Agency> agencies();

    /** Every account, active or not, by username. */
    List<Practitioner> accounts();

    Optional<Team> team(long id);

    List<Team> teams();

    boolean teamCodeTaken(String code);

    boolean agencyCodeTaken(String code);

    long memberCount(Team team);

    long memberCount(Agency agency);

    /** Stores a new account at once, so a clash of unique keys is known before the audit. */
    void add(Practitioner account);

    void add(Team team);

    void add(Agency agency);
}
