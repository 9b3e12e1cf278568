package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.application.view.TeamDashboard;

/**
 * A team lead's view of their own team: the approval queue, the caseload per practitioner and the dashboard's
 * figures. Only a team lead with a team may ask ({@code NOT_TEAM_LEAD} otherwise); every read is audited.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class DashboardService {

    /** Time to approval is shown for the assessments approved in this many days up to today. */
    public static final int APPROVAL_WINDOW_DAYS = 90;

    @Inject
    CaseRepository cases;

    @Inject
    OrganisationRepository organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** The whole dashboard of the caller's team. */
    public TeamDashboard dashboard() {
        return Audited.run(audit, "team.dashboard.read", "team", teamIdOrNull(), () -> {
            Team team = ledTeam();
            return TeamFigures.dashboard(team.getName(), cases.ofTeam(team), organisation.members(team),
                    LocalDate.now(clock), APPROVAL_WINDOW_DAYS);
        }, d -> d.openCases() + " open case(s), " + d.awaitingApproval().size() + " awaiting approval");
    }

    /** The team's assessments waiting for approval, the longest waiting first. */
    public List<TeamDashboard.AwaitingApproval> awaitingApproval() {
        return Audited.run(audit, "team.approvals.read", "team", teamIdOrNull(), () -> TeamFigures.awaitingApproval(
                cases.inState(ledTeam(), CaseState.SUBMITTED), LocalDate.now(clock)), list -> list.size() + " waiting");
    }

    /** Open cases per practitioner of the team. */
    public List<TeamDashboard.CaseloadRow> caseload() {
        return Audited.run(audit, "team.caseload.read", "team", teamIdOrNull(), () -> {
            Team team = ledTeam();
            return TeamFigures.caseload(cases.ofTeam(team), organisation.members(team));
        }, list -> list.size() + " practitioner(s)");
    }

    private Team ledTeam() {
        Practitioner me = currentUser.get();
        if (!me.hasRole(Role.TEAM_LEAD) || me.getTeam() == null) {
            throw new AccessDenied(RefusalCode.NOT_TEAM_LEAD,
                    "Only a team lead can see their team's approvals, caseload and "
                    + "dashboard.");
        }
        return me.getTeam();
    }

    private Long teamIdOrNull() {
        return currentUser.find().map(Practitioner::getTeam).map(Team::getId).orElse(null);
    }
}
