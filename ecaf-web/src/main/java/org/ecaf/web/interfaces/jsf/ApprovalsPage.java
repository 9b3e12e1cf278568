package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.DashboardService;
import org.ecaf.web.application.view.TeamDashboard;

/** The team lead's approval queue: the team's assessments waiting for approval, the longest waiting first. */
@Named
@RequestScoped
public class ApprovalsPage {

    @Inject
    DashboardService dashboard;

    private List<TeamDashboard.AwaitingApproval> queue = List.of();
    private String refusal;

    public void load() {
        try {
            queue = dashboard.awaitingApproval();
        } catch (Refusal r) {
            queue = List.of();
            refusal = r.getMessage();
        }
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<TeamDashboard.AwaitingApproval> getQueue() {
        return queue;
    }
}
