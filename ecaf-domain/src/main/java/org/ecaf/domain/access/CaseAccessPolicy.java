package org.ecaf.domain.access;

import java.util.Collection;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;

/**
 * Who may see what, following relationships (DESIGN idea 6):
 * <ul>
 *   <li>an administrator sees no case content and no child;</li>
 *   <li>a team lead sees and works on their team's cases;</li>
 *   <li>a practitioner sees and works on their team's cases and the cases where they are directly involved
 *       (opened it, wrote the assessment, lead professional, Team Around the Child member);</li>
 *   <li>for a <b>shielded</b> child, anyone not directly involved (the team lead of the case's team counts as
 *       involved: they approve its work) sees only name, age band and the lead professional's contact.</li>
 * </ul>
 * A child's own record: full to anyone with full access to one of the child's cases and to whoever registered
 * them; otherwise restricted for a shielded child and full identifying details for any other child, so that a
 * practitioner can tell whether the child is already known (and to whom) before registering them again.
 */
public final class CaseAccessPolicy {

    private CaseAccessPolicy() {
    }

    public static Access toCase(Practitioner who, CafCase cafCase) {
        if (who == null || !who.isActive() || who.hasRole(Role.ADMIN) && !who.hasRole(Role.PRACTITIONER)
                && !who.hasRole(Role.TEAM_LEAD)) {
            return Access.NONE;
        }
        boolean leads = who.leads(cafCase.getTeam());
        boolean involved = cafCase.directlyInvolves(who);
        boolean teamPractitioner = who.hasRole(Role.PRACTITIONER) && who.memberOf(cafCase.getTeam());
        if (leads || involved) {
            return Access.FULL;
        }
        if (teamPractitioner) {
            return cafCase.getChild().isShielded() ? Access.RESTRICTED : Access.FULL;
        }
        return Access.NONE;
    }

    public static Access toChild(Practitioner who, Child child, Collection<CafCase> casesOfChild) {
        if (who == null || !who.isActive() || !(who.hasRole(Role.PRACTITIONER) || who.hasRole(Role.TEAM_LEAD))) {
            return Access.NONE;
        }
        if (who.getUsername().equals(child.getRegisteredBy())
                || casesOfChild.stream().anyMatch(c -> toCase(who, c) == Access.FULL)) {
            return Access.FULL;
        }
        return child.isShielded() ? Access.RESTRICTED : Access.FULL;
    }
}
