package org.ecaf.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.http.DatabaseFailure;
import org.ecaf.web.http.ErrorReference;
import org.ecaf.web.http.Problem;
import org.ecaf.web.infrastructure.config.Settings;

/**
 * How people sign in. Pages use a form login ({@code /login.xhtml}) followed, where needed, by the steps of
 * {@link SignInSteps} (a code from an authenticator, a password of their own, enrolling an authenticator); only
 * then is the caller kept in the HTTP session. A session ends after 30 idle minutes (web.xml), ten hours after
 * sign-in whatever the activity, and at once when the account is disabled or "signed out of all sessions".
 * {@code /api/v1/**} takes HTTP Basic with the same accounts on every request (plus the current code in
 * {@code X-eCAF-Code} when two-factor sign-in is on) and never uses the session, so a browser session cannot be used
 * to call the API from another site. An API request without valid credentials gets a 401 with an
 * {@code application/problem+json} body, never an HTML page.
 * <p>
 * With single sign-on on ({@code ECAF_OIDC_ISSUER}, see {@link SingleSignOn}), pages may also be signed in through
 * the council's identity provider ({@link SingleSignOnServlet} puts the caller in the session, with the same
 * lifetimes), and the API also takes {@code Authorization: Bearer <token>} from that provider.
 * <p>
 * Wrong passwords are slowed per username and client address ({@link SignInGuard}) and audited in aggregate
 * ({@link SignInFailures}); an unknown username costs as much as a known one.
 */
@ApplicationScoped
public class EcafAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(EcafAuthenticationMechanism.class.getName());

    /** The session attribute that holds the signed-in caller. */
    static final String SESSION_CALLER = EcafAuthenticationMechanism.class.getName() + ".caller";
    /** The session attribute of a sign-in with steps left. */
    static final String SESSION_PENDING = EcafAuthenticationMechanism.class.getName() + ".pending";
    /** Request attribute: seconds the client must wait before trying this username again. */
    public static final String WAIT_SECONDS = "ecaf.sign-in.wait";
    /** Request attribute: the instant this request's caller last proved who they are. */
    public static final String CONFIRMED_AT = "ecaf.sign-in.confirmed-at";
    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String API_PREFIX = "/api/";
    public static final String CODE_HEADER = "X-eCAF-Code";
    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(10);
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

    private record ApiCode(long acceptedAt, String credentialHash) {
    }

    private final ConcurrentHashMap<String, ApiCode> apiCodes = new ConcurrentHashMap<>();

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    AccountDirectory accounts;

    @Inject
    SignInGuard guard;

    @Inject
    SignInFailures failures;

    @Inject
    SingleSignOn singleSignOn;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException error) {
            DatabaseFailure.Kind kind = DatabaseFailure.of(error);
            if (kind == null) {
                throw error;
            }
            // the accounts could not be read: a 503 to retry, as for any request that meets an outage, never a 500
            return databaseUnavailable(request, response, kind, error);
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        if (isApi(request)) {
            return api(request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential()
                instanceof UsernamePasswordCredential credential) {
            return formSignIn(credential, request, response, context);
        }
        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(SESSION_CALLER);
        if (caller != null) {
            Optional<String> ended = ended(caller);
            if (ended.isEmpty()) {
                request.setAttribute(CONFIRMED_AT, caller.confirmedAt());
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            session.invalidate();
            accounts.record(caller.name(), "session.end", caller.name(), org.ecaf.domain.audit.AuditOutcome.SUCCESS,
                    ended.get());
            if (context.isProtected()) {
                return redirect(request, response, context, LOGIN_PAGE + "?expired=true");
            }
            return context.doNothing();
        }
        if (context.isProtected()) {
            return redirect(request, response, context, LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formSignIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                            HttpServletResponse response, HttpMessageContext context) {
        String username = SignInGuard.normalise(credential.getCaller());
        String client = request.getRemoteAddr();
        Optional<Duration> wait = guard.waitBefore(username, client);
        if (wait.isPresent()) {
            // an attempt while waiting counts too: an address that keeps guessing waits longer and longer
            guard.failed(username, client);
            request.setAttribute(WAIT_SECONDS, Math.max(1, wait.get().toSeconds() + 1));
            failures.failed(known(username), client, "THROTTLED");
            return AuthenticationStatus.SEND_FAILURE;
        }
        AccountIdentityStore.Outcome outcome = identityStore.check(credential);
        if (!outcome.valid()) {
            refused(username, client, outcome);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = outcome.result();
        guard.succeeded(username, client);
        String name = result.getCallerPrincipal().getName();
        AccountDirectory.SignInState state = accounts.stateOf(name).orElseThrow();
        boolean mfa = Settings.fromEnvironment().mfaRequired();
        boolean shortPassword = credential.getPasswordAsString().length() < PasswordRules.MIN_LENGTH
                && !state.shortPasswordAllowed();
        PendingSignIn pending = new PendingSignIn(name, result.getCallerGroups(), clock.instant(),
                mfa && state.twoFactorEnrolled(), state.mustChange() || shortPassword,
                mfa && !state.twoFactorEnrolled(), null);
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.removeAttribute(SESSION_CALLER);
        if (pending.next() != null) {
            session.setAttribute(SESSION_PENDING, pending);
            return redirect(request, response, context, SignInSteps.pageOf(pending.next()));
        }
        return complete(request, name, result.getCallerGroups(), context, "form");
    }

    /** Finishes a sign-in: the caller goes into a fresh session. */
    AuthenticationStatus complete(HttpServletRequest request, String name, java.util.Set<String> groups,
                                  HttpMessageContext context, String channel) {
        Instant now = clock.instant();
        begin(request, new SessionCaller(name, groups, now, now, false), channel);
        return context == null ? AuthenticationStatus.SUCCESS : context.notifyContainerAboutLogin(name, groups);
    }

    /**
     * Finishes a single sign-on (the session id has already changed): the caller goes into the session as after a
     * password sign-in, with the same lifetimes. They last proved who they are when the provider says
     * ({@code auth_time}); when it does not say, a sensitive act asks them to confirm at the provider first.
     */
    void completeSingleSignOn(HttpServletRequest request, SingleSignOn.Identity identity) {
        begin(request, new SessionCaller(identity.username(), identity.groups(), clock.instant(), identity.authTime(),
                true), "oidc");
    }

    private void begin(HttpServletRequest request, SessionCaller caller, String channel) {
        HttpSession session = request.getSession();
        session.removeAttribute(SESSION_PENDING);
        session.setAttribute(SESSION_CALLER, caller);
        accounts.signedIn(caller.name());
        accounts.recordLogin(caller.name(), channel);
        request.setAttribute(CONFIRMED_AT, caller.confirmedAt());
    }

    private void refused(String username, String client, AccountIdentityStore.Outcome outcome) {
        guard.failed(username, client);
        AccountIdentityStore.Failure failure = outcome.failure() == null
                ? AccountIdentityStore.Failure.UNKNOWN_ACCOUNT : outcome.failure();
        failures.failed(failure == AccountIdentityStore.Failure.UNKNOWN_ACCOUNT ? null : username, client,
                failure.name());
    }

    private String known(String username) {
        return accounts.stateOf(username).isPresent() ? username : null;
    }

    /** Why a session must end now, if it must. */
    private Optional<String> ended(SessionCaller caller) {
        Instant now = clock.instant();
        if (caller.signedInAt().plus(ABSOLUTE_LIFETIME).isBefore(now)) {
            return Optional.of("SESSION_LIFETIME_OVER");
        }
        Optional<AccountDirectory.SignInState> state = accounts.stateOf(caller.name());
        if (state.isEmpty() || !state.get().active()) {
            return Optional.of("ACCOUNT_DISABLED");
        }
        if (state.get().sessionsAfter() != null && caller.signedInAt().isBefore(state.get().sessionsAfter().toInstant())) {
            return Optional.of("SIGNED_OUT_EVERYWHERE");
        }
        return Optional.empty();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            if (credential == null) {
                return unauthorized(response, RefusalCode.INVALID_CREDENTIALS,
                        "The Authorization header is not valid Basic.");
            }
            String username = SignInGuard.normalise(credential.getCaller());
            String client = request.getRemoteAddr();
            Optional<Duration> wait = guard.waitBefore(username, client);
            if (wait.isPresent()) {
                guard.failed(username, client);
                failures.failed(known(username), client, "THROTTLED");
                response.setHeader("Retry-After", Long.toString(wait.get().toSeconds() + 1));
                return unauthorized(response, RefusalCode.TOO_MANY_ATTEMPTS,
                        "Too many wrong passwords for this username from "
                        + "this address. Try again in " + (wait.get().toSeconds() + 1) + " seconds.");
            }
            AccountIdentityStore.Outcome outcome = identityStore.check(credential);
            CredentialValidationResult result = outcome.result();
            if (!outcome.valid()) {
                refused(username, client, outcome);
                return unauthorized(response, RefusalCode.INVALID_CREDENTIALS,
                        "The username or password is wrong, or the account is disabled.");
            }
            guard.succeeded(username, client);
            String name = result.getCallerPrincipal().getName();
            AccountDirectory.SignInState state = accounts.stateOf(name).orElseThrow();
            boolean choosingPassword = "PUT".equals(request.getMethod())
                    && request.getRequestURI().equals(request.getContextPath() + "/api/v1/me/password");
            if (!choosingPassword && (state.mustChange() || (credential.getPasswordAsString().length()
                    < PasswordRules.MIN_LENGTH && !state.shortPasswordAllowed()))) {
                return unauthorized(response, RefusalCode.PASSWORD_CHANGE_REQUIRED,
                        "Choose a password of your own first: sign "
                        + "in on the eCAF web page, or PUT /api/v1/me/password.");
            }
            if (Settings.fromEnvironment().mfaRequired()) {
                if (!state.twoFactorEnrolled()) {
                    return unauthorized(response, RefusalCode.TWO_FACTOR_ENROLMENT_REQUIRED,
                            "Sign in on the eCAF web page and "
                            + "set up your authenticator app before using the API.");
                }
                if (!apiCode(name, header, request.getHeader(CODE_HEADER))) {
                    failures.failed(name, client, "WRONG_CODE");
                    guard.failed(username, client);
                    return unauthorized(response, RefusalCode.CODE_REQUIRED,
                            "Send the current code from your authenticator "
                            + "app in the " + CODE_HEADER + " header.");
                }
            }
            request.setAttribute(CONFIRMED_AT, clock.instant());
            return context.notifyContainerAboutLogin(result);
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && singleSignOn.enabled()) {
            return bearer(header.substring(7), request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(response, RefusalCode.AUTHENTICATION_REQUIRED,
                "Sign in with HTTP Basic authentication using your eCAF username and password"
                        + (singleSignOn.enabled() ? ", or send a bearer token from " + singleSignOn.displayName() : "")
                        + ".");
    }

    /**
     * An API request with a bearer token from the council's identity provider (single sign-on). The provider is
     * trusted for the second factor, so no {@code X-eCAF-Code} is asked for. The request counts as a fresh proof of
     * who is acting (re-authentication) only when the token says the person authenticated in the last 15 minutes
     * ({@code auth_time}). Refusals are 401 problems with a code, audited in aggregate like wrong passwords.
     */
    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        SingleSignOn.Outcome outcome;
        try {
            outcome = singleSignOn.bearer(token);
        } catch (SingleSignOn.Unavailable e) {
            LOG.warning(() -> "A bearer token could not be checked: " + e.getMessage());
            return problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, RefusalCode.IDENTITY_PROVIDER_UNAVAILABLE,
                    "Identity provider unavailable", "The council's identity provider could not be reached to check the token. "
                            + "Try again in a minute.", null);
        }
        if (!outcome.ok()) {
            failures.failed(outcome.knownUsername(), request.getRemoteAddr(), "BEARER_" + outcome.refusal().name());
            return problem(response, HttpServletResponse.SC_UNAUTHORIZED, RefusalCode.valueOf(outcome.refusal().name()), "Not signed in",
                    bearerRefusal(outcome.refusal()), "Bearer error=\"invalid_token\"");
        }
        SingleSignOn.Identity identity = outcome.identity();
        if (identity.authTime() != null) {
            request.setAttribute(CONFIRMED_AT, identity.authTime());
        }
        return context.notifyContainerAboutLogin(identity.username(), identity.groups());
    }

    /** The sentence of a refused bearer token. */
    static String bearerRefusal(SingleSignOn.Refusal refusal) {
        return switch (refusal) {
            case WRONG_ISSUER -> "The token was not issued by the identity provider eCAF trusts.";
            case INVALID_SIGNATURE -> "The token's signature does not match the identity provider's keys.";
            case TOKEN_EXPIRED -> "The token has expired. Get a new one from the identity provider.";
            case WRONG_AUDIENCE -> "The token was issued for another application, not for eCAF.";
            case CLAIM_MISSING -> "The token does not say which eCAF account it is for.";
            case NO_ACCOUNT -> "No eCAF account matches the token. Ask your eCAF administrator.";
            case AMBIGUOUS_ACCOUNT -> "More than one eCAF account matches the token's e-mail address. Ask your eCAF "
                    + "administrator.";
            case ACCOUNT_DISABLED -> "The eCAF account the token names is disabled.";
            case ACR_NOT_ACCEPTED -> "The token was issued without the sign-in strength eCAF requires.";
            default -> "The token is not a valid signed token.";
        };
    }

    /**
     * A code sent with an API request. A code is accepted once (a later step than the last one accepted); the same
     * client (same credentials and code) may repeat it while it is current, so a script can send a few requests
     * with one code.
     */
    private boolean apiCode(String username, String authorization, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String hash = AccountDirectory.sha256(authorization + '\u0000' + code.strip());
        Instant now = clock.instant();
        ApiCode last = apiCodes.get(username);
        if (last != null && last.credentialHash().equals(hash)
                && now.getEpochSecond() - last.acceptedAt() < Totp.STEP.getSeconds() * 2) {
            return true;
        }
        if (accounts.verifySecondFactor(username, code)) {
            apiCodes.put(username, new ApiCode(now.getEpochSecond(), hash));
            return true;
        }
        return false;
    }

    private static AuthenticationStatus databaseUnavailable(HttpServletRequest request, HttpServletResponse response,
                                                            DatabaseFailure.Kind kind, RuntimeException error) {
        String reference = ErrorReference.next();
        LOG.log(Level.WARNING, "Database failure while signing in (" + kind + "), reference " + reference + ": "
                + error);
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", DatabaseFailure.RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            response.setCharacterEncoding("UTF-8");
            Problem problem = DatabaseFailure.problem(DatabaseFailure.Kind.UNAVAILABLE, reference);
            if (isApi(request)) {
                response.setContentType(Problem.MEDIA_TYPE);
                response.getWriter().write(problem.toJson());
            } else {
                response.setContentType("text/html");
                response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>eCAF is unavailable"
                        + "</title></head><body><h1>eCAF cannot reach its database just now</h1><p>Nothing was "
                        + "changed. Please try again in a minute. Quote reference " + reference
                        + " if you contact support.</p></body></html>");
            }
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, RefusalCode code, String detail) {
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, code, "Not signed in", detail, null);
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, RefusalCode code, String title,
                                                String detail, String bearerChallenge) {
        try {
            response.setStatus(status);
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"eCAF\", charset=\"UTF-8\"");
                if (bearerChallenge != null) {
                    response.addHeader("WWW-Authenticate", bearerChallenge);
                }
            }
            response.setHeader("Cache-Control", "no-store");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.of(status, code, title, detail).toJson());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context, String page) {
        String target = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an AJAX request after the session ended: tell the page to go to the login page
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + target.replace("&", "&amp;") + "\"></redirect></partial-response>");
                response.flushBuffer();
            } catch (IOException e) {
                // the client went away
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (context == null) {
            try {
                response.sendRedirect(target);
            } catch (IOException e) {
                // the client went away
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(target);
    }

    static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PREFIX);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
            session.removeAttribute(SESSION_PENDING);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
