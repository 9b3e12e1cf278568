package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.AccountService;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.DashboardService;
import org.ecaf.web.application.view.CaseSummary;
import org.ecaf.web.application.view.TeamDashboard;

/** The home page's lists, which differ by role. */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    AccountService accounts;

    @Inject
    DashboardService dashboard;

    @Inject
    Fmt fmt;

    private List<AccountRow> accountRows;
    private List<CaseSummary> myCases;

    @Inject
    CaseService cases;

    @Inject
    org.ecaf.web.application.CaseRequestService requests;

    private org.ecaf.web.application.CaseRequestService.Requests requestLists;

    @Inject
    UserSession userSession;
    private List<ApprovalRow> approvalRows;
    private List<CaseloadLine> caseloadRows;

    /** An account as the administrator's list shows it. */
    public static final class AccountRow {
        private final Practitioner p;

        AccountRow(Practitioner p) {
            this.p = p;
        }

        public String getUsername() {
            return p.getUsername();
        }

        public String getDisplayName() {
            return p.getDisplayName();
        }

        public String getRoles() {
            return p.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
        }

        public String getTeam() {
            return p.getTeam() == null ? "–" : p.getTeam().getName();
        }

        public String getAgency() {
            return p.getAgency() == null ? "–" : p.getAgency().getName();
        }

        public boolean isActive() {
            return p.isActive();
        }
    }

    /** Join and transfer requests: those the signed-in person made, and those waiting for their decision. */
    public org.ecaf.web.application.CaseRequestService.Requests getRequests() {
        if (requestLists == null) {
            if (!userSession.isPractitioner() && !userSession.isTeamLead()) {
                requestLists = new org.ecaf.web.application.CaseRequestService.Requests(List.of(), List.of());
                return requestLists;
            }
            try {
                requestLists = requests.mine();
            } catch (Refusal r) {
                requestLists = new org.ecaf.web.application.CaseRequestService.Requests(List.of(), List.of());
            }
        }
        return requestLists;
    }

    @Inject
    org.ecaf.web.application.WorkTrayService trays;

    private org.ecaf.web.application.WorkTrayService.WorkTray tray;

    /** The practitioner's work tray (returned assessments, stale drafts, actions and reviews due); empty for others. */
    public org.ecaf.web.application.WorkTrayService.WorkTray getTray() {
        if (tray == null) {
            if (!userSession.isPractitioner()) {
                tray = org.ecaf.web.application.WorkTrayService.WorkTray.NONE;
                return tray;
            }
            try {
                tray = trays.mine();
            } catch (Refusal r) {
                tray = org.ecaf.web.application.WorkTrayService.WorkTray.NONE;
            }
        }
        return tray;
    }

    /** How old a draft, and how near an action or review, before the tray lists it (the service's rule). */
    public int getTrayDays() {
        return org.ecaf.web.application.WorkTrayService.SOON_DAYS;
    }

    public List<AccountRow> getAccounts() {
        if (accountRows == null) {
            accountRows = accounts.accounts().stream().map(AccountRow::new).toList();
        }
        return accountRows;
    }

    /** The practitioner's open cases: those they opened, wrote, lead or are in the Team Around the Child for. */
    public List<CaseSummary> getMyCases() {
        if (myCases == null) {
            myCases = cases.list(true, false, null).stream().filter(c -> c.state() != org.ecaf.domain.cases.CaseState.CLOSED).toList();
        }
        return myCases;
    }

    /** An assessment waiting for the team lead's approval, as the home page lists it. */
    public static final class ApprovalRow {
        private final TeamDashboard.AwaitingApproval a;
        private final String since;

        ApprovalRow(TeamDashboard.AwaitingApproval a, String since) {
            this.a = a;
            this.since = since;
        }

        public long getCaseId() {
            return a.caseId();
        }

        public String getReference() {
            return a.reference();
        }

        public String getChildName() {
            return a.childName();
        }

        public String getAuthor() {
            return a.submittedBy();
        }

        public String getSince() {
            return since;
        }
    }

    /** A practitioner's line of the team caseload. */
    public static final class CaseloadLine {
        private final TeamDashboard.CaseloadRow row;

        CaseloadLine(TeamDashboard.CaseloadRow row) {
            this.row = row;
        }

        public String getPractitioner() {
            return row.name();
        }

        public int getOpenCases() {
            return row.openCases();
        }

        public int getAwaitingApproval() {
            return row.awaitingApproval();
        }
    }

    /** The team's assessments waiting for approval, the longest waiting first; empty for anyone but a team lead. */
    public List<ApprovalRow> getAwaitingApproval() {
        if (approvalRows == null) {
            try {
                approvalRows = dashboard.awaitingApproval().stream()
                        .map(a -> new ApprovalRow(a, fmt.date(a.submittedAt()) + " (" + fmt.days(a.waitingDays()) + ")"))
                        .toList();
            } catch (Refusal r) {
                approvalRows = List.of();
            }
        }
        return approvalRows;
    }

    /** Open cases per practitioner of the team; empty for anyone but a team lead. */
    public List<CaseloadLine> getCaseload() {
        if (caseloadRows == null) {
            try {
                caseloadRows = dashboard.caseload().stream().map(CaseloadLine::new).toList();
            } catch (Refusal r) {
                caseloadRows = List.of();
            }
        }
        return caseloadRows;
    }
}
