package org.ecaf.domain.cases;

import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;

/**
 * Who holds a {@link CafCase}: allocation to a practitioner of the holding team, and transfer to another team. Holds
 * nothing of its own: it works on the case's transfers and Team Around the Child, under the case's lock.
 */
final class CaseHolding {

    private final CafCase kase;
    private final List<CaseTransfer> transfers;
    private final List<TeamMember> teamMembers;

    CaseHolding(CafCase kase, List<CaseTransfer> transfers, List<TeamMember> teamMembers) {
        this.kase = kase;
        this.transfers = transfers;
        this.teamMembers = teamMembers;
    }

    void allocateTo(Practitioner practitioner, String reason, Step step) {
        Practitioner lead = step.by();
        Team team = kase.getTeam();
        kase.requireTeamLead(lead, "allocate or reassign this case");
        List<Violation> rules = new ArrayList<>();
        if (kase.getState() == CaseState.CLOSED) {
            rules.add(new Violation(RefusalCode.CASE_CLOSED, "The case is closed, so it cannot be allocated. A team lead can "
                    + "reopen it first.", null));
        }
        RulesViolated.throwIfAny(rules);
        List<Violation> problems = new ArrayList<>();
        String why = CafCase.blankToNull(reason);
        if (practitioner == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Choose the practitioner to allocate the case to.", "practitionerId"));
        } else if (!kase.canHoldCases(practitioner)) {
            problems.add(new Violation(RefusalCode.NOT_IN_TEAM, practitioner.getDisplayName() + " is not an active practitioner "
                    + "of " + team.getName() + ": a case can only be allocated to someone in the team that holds it.",
                    "practitionerId"));
        } else if (practitioner.equals(kase.getAllocatedTo())) {
            problems.add(new Violation(RefusalCode.ALREADY_ALLOCATED, "The case is already allocated to "
                    + practitioner.getDisplayName() + ".", "practitionerId"));
        }
        if (why != null && why.length() > 1000) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "The reason must be 1,000 characters or fewer.", "reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Practitioner before = kase.getAllocatedTo();
        kase.allocatedTo(practitioner);
        kase.event(step, CafCase.ALLOCATED_EVENT, "Allocated to " + practitioner.getDisplayName() + " by "
                + lead.getDisplayName() + (before == null ? "" : " (previously " + before.getDisplayName() + ")")
                + (why == null ? "" : ": " + why));
    }

    CaseTransfer transferTo(Team to, String requestedBy, String reason, Step step) {
        Practitioner lead = step.by();
        Team team = kase.getTeam();
        kase.requireTeamLead(lead, "transfer this case");
        List<Violation> violations = new ArrayList<>();
        if (kase.getState() == CaseState.CLOSED) {
            violations.add(kase.closedViolation());
        }
        if (to == null || to.equals(team)) {
            violations.add(new Violation(RefusalCode.SAME_TEAM, "The case is already held by " + team.getName() + ".", "team"));
        }
        RulesViolated.throwIfAny(violations);
        Team from = team;
        CaseTransfer transfer = new CaseTransfer(kase, from, to, lead, requestedBy, reason == null ? "" : reason,
                step.at());
        transfers.add(transfer);
        kase.team(to);
        List<String> left = new ArrayList<>();
        for (TeamMember m : teamMembers) {
            if (m.isCurrent() && m.getPractitioner() != null && (m.getPractitioner().memberOf(from)
                    || m.getPractitioner().leads(from))) {
                m.remove(step.at());
                left.add(m.getName());
            }
        }
        String leadNote = "";
        Practitioner leadProfessional = kase.getLeadProfessional();
        if (leadProfessional != null && (leadProfessional.memberOf(from) || leadProfessional.leads(from))) {
            leadNote = "; " + leadProfessional.getDisplayName() + " is no longer lead professional: " + to.getName()
                    + " agrees a new one";
            kase.leadProfessional(null);
        }
        kase.event(step, "TRANSFERRED", "Case transferred from " + from.getName() + " to " + to.getName()
                + " at the request of " + requestedBy + ", decided by " + lead.getDisplayName()
                + (left.isEmpty() ? "" : "; " + String.join(", ", left) + " left the Team Around the Child") + leadNote);
        return transfer;
    }
}
