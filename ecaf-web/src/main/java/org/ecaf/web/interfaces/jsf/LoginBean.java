package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ecaf.web.application.SignInJourney;
import org.ecaf.web.infrastructure.security.EcafAuthenticationMechanism;

/** The login form: hands the username and password to Jakarta Security and says plainly when they are wrong. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    SignInJourney signIn;


    private String username;
    private String password;
    private boolean expired;
    private boolean signedOut;
    private String sso;

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + "/index.xhtml");
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object wait = external.getRequestMap().get(EcafAuthenticationMechanism.WAIT_SECONDS);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, wait != null
                        ? "Too many wrong passwords for this username from this computer. Wait " + wait
                        + " seconds and try again."
                        : "The username or password is not right. Check them and try again.", null));
            }
        }
        return null;
    }

    /** Single sign-on is on: the page offers "Sign in with …" the council's identity provider. */
    public boolean isSingleSignOn() {
        return signIn.singleSignOn().isPresent();
    }

    public String getSingleSignOnName() {
        return signIn.singleSignOn().orElse("");
    }

    /** Why the last sign-in with the identity provider was refused, as a sentence; null when it was not. */
    public String getSingleSignOnRefusal() {
        return signIn.singleSignOn().map(name -> SingleSignOnMessages.sentence(sso, name)).orElse(null);
    }

    public String getSso() {
        return sso;
    }

    public void setSso(String sso) {
        this.sso = sso;
    }

    /** Demo mode: the sign-in page says that demo accounts have a short shared password. */
    public boolean isDemo() {
        return signIn.demoMode();
    }

    /** Two-factor sign-in switched off (demo mode's default): the sign-in page says so. */
    public boolean isTwoFactorOff() {
        return !signIn.secondFactorRequired();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
