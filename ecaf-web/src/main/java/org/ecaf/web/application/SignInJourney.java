package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.ecaf.web.infrastructure.security.PendingSignIn;
import org.ecaf.web.infrastructure.security.SignInSteps;

/**
 * The sign-in journey as the sign-in pages see it: the steps after the password (code, a password of one's own,
 * enrolling an authenticator) and re-authentication. The pages hand over what was typed; the security
 * infrastructure ({@link SignInSteps}) decides, on the pending sign-in in the caller's own session.
 */
@ApplicationScoped
public class SignInJourney {

    /** The step after the password that a pending sign-in is at. */
    public enum Next { NO_SIGN_IN_PENDING, FINISHED, CODE, NEW_PASSWORD, ENROL }

    @Inject
    SignInSteps steps;

    public Next next(HttpServletRequest request) {
        Optional<PendingSignIn> pending = steps.pending(request);
        if (pending.isEmpty()) {
            return Next.NO_SIGN_IN_PENDING;
        }
        PendingSignIn.Step step = pending.get().next();
        return step == null ? Next.FINISHED : Next.valueOf(step.name());
    }

    public boolean submitCode(HttpServletRequest request, String code) {
        return steps.submitCode(request, code);
    }

    public void submitNewPassword(HttpServletRequest request, String password, String repeated) {
        steps.submitNewPassword(request, password, repeated);
    }

    public Optional<List<String>> confirmEnrolment(HttpServletRequest request, String code) {
        return steps.confirmEnrolment(request, code);
    }

    public void confirm(HttpServletRequest request, String password, String code, boolean codeNeeded) {
        steps.confirm(request, password, code, codeNeeded);
    }

    /** Ends the pending sign-in; the page to go to next. */
    public String finish(HttpServletRequest request) {
        return steps.finish(request);
    }

    public String username(HttpServletRequest request) {
        return steps.username(request);
    }

    public String enrolmentQr(HttpServletRequest request) {
        return steps.enrolmentQr(request);
    }

    public String enrolmentSecretGrouped(HttpServletRequest request) {
        return steps.enrolmentSecretGrouped(request);
    }

    public boolean secondFactorRequired() {
        return steps.secondFactorRequired();
    }

    /** The identity provider's name when single sign-on is on. */
    public Optional<String> singleSignOn() {
        return steps.singleSignOn();
    }

    /** The page to return to when it is a page of this application (never another site); else null. */
    public String safeReturnTo(String returnTo) {
        return steps.safeReturnTo(returnTo);
    }

    public boolean signedInWithSingleSignOn(HttpServletRequest request) {
        return steps.signedInWithSingleSignOn(request);
    }

    public boolean demoMode() {
        return steps.demoMode();
    }
}
