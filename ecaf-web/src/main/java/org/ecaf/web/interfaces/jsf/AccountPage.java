package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.AccountService;

/** "Your account": change your password, sign out of all your sessions. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    AccountService accounts;

    private String current;
    private final NewPassword newPassword = new NewPassword();

    public String changePassword() {
        try {
            accounts.changeOwnPassword(current, newPassword.getPassword(), newPassword.getRepeated());
            Pages.info("Your password has been changed.");
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of("current", "passwordForm:current", "password", "passwordForm:password",
                    "repeated", "passwordForm:repeated"));
        }
        return null;
    }

    public String signOutEverywhere() throws IOException {
        accounts.signOutEverywhere();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
