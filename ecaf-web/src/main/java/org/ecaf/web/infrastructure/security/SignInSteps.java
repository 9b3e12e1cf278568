package org.ecaf.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.infrastructure.config.Settings;

/**
 * The steps of a sign-in after the password: a code from the authenticator (or a recovery code), a password of
 * the person's own, enrolling an authenticator; and re-authentication of a signed-in person before a sensitive act.
 * The sign-in pages call these; each step works only on the {@link PendingSignIn} in the caller's own session.
 */
@ApplicationScoped
public class SignInSteps {

    public static final String CODE_PAGE = "/sign-in/code.xhtml";
    public static final String PASSWORD_PAGE = "/sign-in/new-password.xhtml";
    public static final String ENROL_PAGE = "/sign-in/enrol.xhtml";

    @Inject
    AccountDirectory accounts;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    EcafAuthenticationMechanism mechanism;

    @Inject
    SignInGuard guard;

    @Inject
    SignInFailures failures;

    @Inject
    SingleSignOn singleSignOn;

    @Inject
    Clock clock;

    static String pageOf(PendingSignIn.Step step) {
        return switch (step) {
            case CODE -> CODE_PAGE;
            case NEW_PASSWORD -> PASSWORD_PAGE;
            case ENROL -> ENROL_PAGE;
        };
    }

    /** The sign-in in progress in this session, unless there is none or it has lapsed. */
    public Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null
                : (PendingSignIn) session.getAttribute(EcafAuthenticationMechanism.SESSION_PENDING);
        if (pending == null) {
            return Optional.empty();
        }
        if (pending.passwordAt().plus(EcafAuthenticationMechanism.PENDING_LIFETIME).isBefore(clock.instant())) {
            session.removeAttribute(EcafAuthenticationMechanism.SESSION_PENDING);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** Checks a code (or a recovery code); false when it is wrong. */
    public boolean submitCode(HttpServletRequest request, String code) {
        PendingSignIn pending = require(request, PendingSignIn.Step.CODE);
        String client = request.getRemoteAddr();
        if (guard.waitBefore(pending.username(), client).isPresent()) {
            return false;
        }
        if (!accounts.verifySecondFactor(pending.username(), code)) {
            guard.failed(pending.username(), client);
            failures.failed(pending.username(), client, "WRONG_CODE");
            return false;
        }
        guard.succeeded(pending.username(), client);
        advance(request, pending.codeDone());
        return true;
    }

    /** Sets the person's own password; refuses one that breaks {@link PasswordRules} or repeats the old one. */
    public void submitNewPassword(HttpServletRequest request, String password, String repeated) {
        PendingSignIn pending = require(request, PendingSignIn.Step.NEW_PASSWORD);
        checkNewPassword(pending.username(), password, repeated);
        if (accounts.passwordMatches(pending.username(), password)) {
            throw InvalidInput.of(RefusalCode.PASSWORD_UNCHANGED,
                    "Choose a password different from the one you were given.",
                    "password");
        }
        accounts.changePassword(pending.username(), password);
        identityStore.forget(pending.username());
        accounts.record(pending.username(), "account.password.change", pending.username(), AuditOutcome.SUCCESS,
                "at sign-in");
        advance(request, pending.passwordDone());
    }

    /** The secret being enrolled (started on first call), for the QR code and to type by hand. */
    public String enrolmentSecret(HttpServletRequest request) {
        PendingSignIn pending = require(request, PendingSignIn.Step.ENROL);
        if (pending.enrolmentSecret() != null) {
            return pending.enrolmentSecret();
        }
        String secret = accounts.startEnrolment(pending.username());
        request.getSession().setAttribute(EcafAuthenticationMechanism.SESSION_PENDING, pending.enrolling(secret));
        return secret;
    }

    public String username(HttpServletRequest request) {
        return pending(request).map(PendingSignIn::username).orElse("");
    }

    /** Confirms the authenticator with its first code; returns the recovery codes to show once, or empty. */
    public Optional<List<String>> confirmEnrolment(HttpServletRequest request, String code) {
        PendingSignIn pending = require(request, PendingSignIn.Step.ENROL);
        Optional<List<String>> codes = accounts.confirmEnrolment(pending.username(), code);
        if (codes.isPresent()) {
            accounts.record(pending.username(), "account.two-factor.enrol", pending.username(), AuditOutcome.SUCCESS,
                    null);
            HttpSession session = request.getSession();
            session.setAttribute(EcafAuthenticationMechanism.SESSION_PENDING, pending.enrolled());
        }
        return codes;
    }

    /** Finishes the sign-in when no step is left; returns the page to go to next. */
    public String finish(HttpServletRequest request) {
        Optional<PendingSignIn> pending = pending(request);
        if (pending.isEmpty()) {
            return EcafAuthenticationMechanism.LOGIN_PAGE + "?expired=true";
        }
        if (pending.get().next() != null) {
            return pageOf(pending.get().next());
        }
        request.changeSessionId();
        mechanism.complete(request, pending.get().username(), pending.get().groups(), null, "form");
        return "/index.xhtml";
    }

    /**
     * Re-authentication of the signed-in person before a sensitive act: their password, and their code when
     * two-factor sign-in is on. Throws {@link InvalidInput} when either is wrong.
     */
    public void confirm(HttpServletRequest request, String password, String code, boolean codeNeeded) {
        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null
                : (SessionCaller) session.getAttribute(EcafAuthenticationMechanism.SESSION_CALLER);
        if (caller == null) {
            throw InvalidInput.of(RefusalCode.NOT_SIGNED_IN, "Sign in first.", null);
        }
        String client = request.getRemoteAddr();
        if (guard.waitBefore(caller.name(), client).isPresent()) {
            throw InvalidInput.of(RefusalCode.TOO_MANY_ATTEMPTS,
                    "Too many wrong attempts. Wait a minute and try again.",
                    "password");
        }
        boolean right = accounts.passwordMatches(caller.name(), password == null ? "" : password)
                && (!codeNeeded || accounts.verifySecondFactor(caller.name(), code));
        if (!right) {
            guard.failed(caller.name(), client);
            failures.failed(caller.name(), client, "REAUTHENTICATION_FAILED");
            throw InvalidInput.of(RefusalCode.NOT_CONFIRMED, codeNeeded ? "The password or the code is not right."
                    : "The password is not right.", "password");
        }
        guard.succeeded(caller.name(), client);
        session.setAttribute(EcafAuthenticationMechanism.SESSION_CALLER, caller.confirmed(clock.instant()));
        accounts.record(caller.name(), "sign-in.confirm", caller.name(), AuditOutcome.SUCCESS, null);
    }

    /** Checks a new password and its repetition. */
    /** The QR code (inline SVG) that enrols the pending person's authenticator app. */
    public String enrolmentQr(HttpServletRequest request) {
        return Totp.qrSvg(Totp.uri(username(request), enrolmentSecret(request)), "QR code for your authenticator app");
    }

    /** The enrolment secret in groups of four, for typing into an app by hand. */
    public String enrolmentSecretGrouped(HttpServletRequest request) {
        return Totp.grouped(enrolmentSecret(request));
    }

    /** Whether a second factor is required of everyone (off in demo mode unless ECAF_MFA says otherwise). */
    public boolean secondFactorRequired() {
        return Settings.fromEnvironment().mfaRequired();
    }

    /** The council's identity provider's name when single sign-on is on ({@code ECAF_OIDC_ISSUER}). */
    public Optional<String> singleSignOn() {
        return singleSignOn.enabled() ? Optional.of(singleSignOn.displayName()) : Optional.empty();
    }

    /** The page to return to after signing in or confirming, when it is a page of this application; else null. */
    public String safeReturnTo(String returnTo) {
        return SingleSignOn.safeReturnTo(returnTo);
    }

    /** Whether the signed-in person came in through single sign-on (they confirm who they are there). */
    public boolean signedInWithSingleSignOn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(EcafAuthenticationMechanism.SESSION_CALLER)
                instanceof SessionCaller caller && caller.singleSignOn();
    }

    /** Demo mode: demo accounts with a short shared password exist. */
    public boolean demoMode() {
        return Settings.fromEnvironment().demoMode();
    }

    public static void checkNewPassword(String username, String password, String repeated) {
        List<Violation> problems = PasswordRules.check(password, username, "password");
        if (problems.isEmpty() && repeated != null && !repeated.equals(password)) {
            problems = List.of(new Violation(RefusalCode.PASSWORDS_DIFFER, "The two passwords are not the same.",
                    "repeated"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private PendingSignIn require(HttpServletRequest request, PendingSignIn.Step step) {
        PendingSignIn pending = pending(request).orElseThrow(() -> InvalidInput.of(RefusalCode.SIGN_IN_EXPIRED,
                "Your sign-in took too long. Sign in again.", null));
        if (pending.next() != step) {
            throw InvalidInput.of(RefusalCode.WRONG_STEP, "Finish the earlier step of signing in first.", null);
        }
        return pending;
    }

    private void advance(HttpServletRequest request, PendingSignIn next) {
        request.getSession().setAttribute(EcafAuthenticationMechanism.SESSION_PENDING, next);
    }
}
