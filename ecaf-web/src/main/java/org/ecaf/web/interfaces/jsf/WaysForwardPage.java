package org.ecaf.web.interfaces.jsf;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.ecaf.domain.cases.CaseRequest;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.CaseRequestService;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.ChildService;
import org.ecaf.web.application.view.CaseView;

/**
 * What a practitioner can do about a child they found but do not work with: ask to join the Team Around the Child or
 * for a transfer of the open case, open a case when none is open, or record access without involvement. The services
 * decide what is allowed; this bean only carries what was typed.
 */
@Named
@ViewScoped
public class WaysForwardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseRequestService requests;

    @Inject
    CaseService cases;

    @Inject
    ChildService children;

    private Long childId;
    private String reason;
    private String role;
    private String grantReason;

    public void select(long id) {
        if (childId == null || childId != id) {
            reason = null;
            role = null;
            grantReason = null;
        }
        childId = id;
    }

    public boolean isSelected(long id) {
        return childId != null && childId == id;
    }

    public void askToJoin() {
        ask(CaseRequest.Kind.JOIN);
    }

    public void askForTransfer() {
        ask(CaseRequest.Kind.TRANSFER);
    }

    private void ask(CaseRequest.Kind kind) {
        try {
            requests.ask(childId, kind.name(), reason, role);
            Pages.info(kind == CaseRequest.Kind.JOIN ? "Your request to join the Team Around the Child has been sent to the team "
                    + "that holds the case. You will see their decision on your home page."
                    : "Your request for the case to be transferred to your team has been sent to the team that holds "
                    + "it. You will see their decision on your home page.");
            reason = null;
            role = null;
        } catch (Refusal r) {
            Pages.show(r, Map.of());
        }
    }

    public void recordAccess() throws IOException {
        try {
            children.recordAccessGrant(childId, grantReason);
            Pages.flashInfo("Access without involvement is recorded for eight hours; the team that holds the case can "
                    + "see your reason.");
            redirect("/children/child.xhtml?id=" + childId);
        } catch (Refusal r) {
            Pages.show(r, Map.of());
        }
    }

    public void openCase() throws IOException {
        try {
            CaseView opened = cases.open(childId);
            Pages.flashInfo("Case " + opened.reference() + " is open. Record consent before starting the assessment.");
            redirect("/cases/case.xhtml?id=" + opened.id());
        } catch (Refusal r) {
            Pages.show(r, Map.of());
        }
    }

    private static void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    public Long getChildId() {
        return childId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getGrantReason() {
        return grantReason;
    }

    public void setGrantReason(String grantReason) {
        this.grantReason = grantReason;
    }
}
