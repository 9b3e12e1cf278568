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
}
