package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Role;
import org.ecaf.web.application.view.PersonRef;

/** Agencies and practitioners, for choosing whom consent covers and who joins the Team Around the Child. */
@ApplicationScoped
@Transactional
public class DirectoryService {

    /** An agency. */
    public record AgencyView(long id, String code, String name, String kind, String phone, String email) {
        static AgencyView of(Agency a) {
            return new AgencyView(a.getId(), a.getCode(), a.getName(), a.getKind(), a.getPhone(), a.getEmail());
        }
    }

    @Inject
    OrganisationRepository organisation;

    @Inject
    CurrentUser currentUser;

    public List<AgencyView> agencies() {
        currentUser.get();
        return organisation.agencies().stream().map(AgencyView::of).toList();
    }

    public List<PersonRef> practitioners() {
        currentUser.get();
        return organisation.allPractitioners().stream().map(PersonRef::of).toList();
    }

    /** Active accounts that work on cases (practitioners and team leads): who can be a lead professional or a member. */
    public List<PersonRef> caseWorkers() {
        currentUser.get();
        return organisation.allPractitioners().stream()
                .filter(p -> p.hasRole(Role.PRACTITIONER) || p.hasRole(Role.TEAM_LEAD))
                .map(PersonRef::of).toList();
    }
}
