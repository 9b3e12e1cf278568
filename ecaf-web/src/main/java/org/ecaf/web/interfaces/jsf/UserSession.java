package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.web.application.CurrentUser;

/** The signed-in person as the page header shows them, and signing out. */
@Named("userSession")
@RequestScoped
public class UserSession {

    @Inject
    CurrentUser currentUser;

    private Practitioner me() {
        return currentUser.get();
    }

    public String getDisplayName() {
        return me().getDisplayName();
    }

    public String getUsername() {
        return me().getUsername();
    }

    public String getTeamName() {
        return me().getTeam() == null ? "" : me().getTeam().getName();
    }

    public String getRoleLabel() {
        if (me().hasRole(Role.ADMIN)) {
            return "Administrator";
        }
        if (me().hasRole(Role.TEAM_LEAD)) {
            return "Team lead";
        }
        return "Practitioner";
    }

    public boolean isPractitioner() {
        return me().hasRole(Role.PRACTITIONER);
    }

    public boolean isTeamLead() {
        return me().hasRole(Role.TEAM_LEAD);
    }

    public boolean isAdmin() {
        return me().hasRole(Role.ADMIN);
    }

    /** Ends the session and goes to the login page. */
    public String logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        faces.responseComplete();
        return null;
    }
}
