package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.Reauthentication;
import org.ecaf.web.application.SignInJourney;

/**
 * The pages of a sign-in after the password ({@code /sign-in/code.xhtml}, {@code new-password.xhtml},
 * {@code enrol.xhtml}) and re-authentication ({@code confirm.xhtml}). Each hands what was typed to
 * {@link SignInJourney} and goes to the next step.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SignInJourney steps;

    private String code;
    private String password;
    private final NewPassword newPassword = new NewPassword();
    private String returnTo;
    private List<String> recoveryCodes;
    private String sso;

    private HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** On opening a step page: back to the login page when there is no sign-in in progress for it. */
    public void checkStep(String step) throws IOException {
        SignInJourney.Next next = steps.next(request());
        if (next == SignInJourney.Next.NO_SIGN_IN_PENDING) {
            redirect("/login.xhtml?expired=true");
        } else if (!next.name().equals(step)) {
            redirect(steps.finish(request()));
        }
    }

    public String submitCode() throws IOException {
        if (!steps.submitCode(request(), code)) {
            error("The code is not right, or it was used already. Enter the code your app shows now, or a recovery code.",
                    "signIn:code");
            return null;
        }
        redirect(steps.finish(request()));
        return null;
    }

    public String submitPassword() throws IOException {
        try {
            steps.submitNewPassword(request(), newPassword.getPassword(), newPassword.getRepeated());
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of("password", "signIn:password", "repeated", "signIn:repeated"));
            return null;
        }
        redirect(steps.finish(request()));
        return null;
    }

    public String confirmEnrolment() {
        try {
            Optional<List<String>> codes = steps.confirmEnrolment(request(), code);
            if (codes.isEmpty()) {
                error("The code is not right. Enter the six digits your app shows now.", "signIn:code");
                return null;
            }
            recoveryCodes = codes.get();
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of());
        }
        return null;
    }

    public String confirm() throws IOException {
        try {
            steps.confirm(request(), password, code, isCodeNeededToConfirm());
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of("password", "signIn:password"));
            return null;
        }
        redirect(target());
        return null;
    }

    /** The person signed in with the council's identity provider: they confirm who they are there. */
    public boolean isConfirmWithSingleSignOn() {
        return steps.singleSignOn().isPresent() && steps.signedInWithSingleSignOn(request());
    }

    public String getSingleSignOnName() {
        return steps.singleSignOn().orElse("");
    }

    /** The address that confirms who the person is at the identity provider and comes back to this page's target. */
    public String getSingleSignOnConfirmLink() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/sign-in/oidc/start?confirm=true&returnTo=" + URLEncoder.encode(target(), StandardCharsets.UTF_8);
    }

    /** The page to return to: only a page of this application, else the home page. */
    private String target() {
        String safe = steps.safeReturnTo(returnTo);
        return safe == null ? "/index.xhtml" : safe;
    }

    /** Why the last confirmation at the identity provider was refused, as a sentence; null when it was not. */
    public String getSingleSignOnRefusal() {
        return steps.singleSignOn().map(name -> SingleSignOnMessages.sentence(sso, name)).orElse(null);
    }

    public String getSso() {
        return sso;
    }

    public void setSso(String sso) {
        this.sso = sso;
    }

    public boolean isCodeNeededToConfirm() {
        return steps.secondFactorRequired();
    }

    public String getEnrolmentQr() {
        return steps.enrolmentQr(request());
    }

    public String getEnrolmentSecret() {
        return steps.enrolmentSecretGrouped(request());
    }

    public String getPendingUsername() {
        return steps.username(request());
    }

    public String getConfirmPage() {
        return Reauthentication.CONFIRM_PAGE;
    }

    private void redirect(String page) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + page);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static void error(String text, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The password of one's own, at the step that asks for it. */
    public NewPassword getNewPassword() {
        return newPassword;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }
}
