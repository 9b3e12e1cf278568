package org.ecaf.web.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.ecaf.domain.audit.AuditOutcome;

/**
 * The two addresses of single sign-on in the browser. {@code /sign-in/oidc/start} sends the browser to the council's
 * identity provider (a link on the sign-in page; with {@code confirm=true} from "Confirm it's you");
 * {@code /sign-in/oidc/callback} is where the provider sends it back. A sign-in ends like a password sign-in: a new
 * session id, the caller in the session, a {@code login} audit event ({@code oidc}), the home page. A refusal goes
 * back to the sign-in page (or the confirmation page) with a code that the page turns into a sentence; it is
 * counted with the failed sign-ins, without any name that has no account.
 */
@WebServlet(urlPatterns = {SingleSignOn.START_PATH, SingleSignOn.CALLBACK_PATH})
public class SingleSignOnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SingleSignOn singleSignOn;

    @Inject
    transient EcafAuthenticationMechanism mechanism;

    @Inject
    transient AccountDirectory accounts;

    @Inject
    transient SignInFailures failures;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!singleSignOn.enabled()) {
            redirect(request, response, EcafAuthenticationMechanism.LOGIN_PAGE);
            return;
        }
        if (request.getServletPath().equals(SingleSignOn.START_PATH)) {
            start(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean confirm = "true".equals(request.getParameter("confirm"));
        if (confirm && caller(request) == null) {
            redirect(request, response, EcafAuthenticationMechanism.LOGIN_PAGE);
            return;
        }
        try {
            response.sendRedirect(singleSignOn.start(request, confirm ? SingleSignOn.Purpose.CONFIRM
                    : SingleSignOn.Purpose.SIGN_IN, request.getParameter("returnTo")).toString());
        } catch (SingleSignOn.Unavailable e) {
            log("The identity provider could not be reached: " + e.getMessage());
            redirect(request, response, refusedPage(confirm ? SingleSignOn.Purpose.CONFIRM
                    : SingleSignOn.Purpose.SIGN_IN, SingleSignOn.Refusal.PROVIDER_UNAVAILABLE,
                    request.getParameter("returnTo")));
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SingleSignOn.Outcome outcome = singleSignOn.callback(request);
        String client = request.getRemoteAddr();
        if (!outcome.ok()) {
            if (outcome.refusal() != SingleSignOn.Refusal.PROVIDER_UNAVAILABLE) {
                failures.failed(outcome.knownUsername(), client, "SSO_" + outcome.refusal().name());
            }
            redirect(request, response, refusedPage(outcome.purpose(), outcome.refusal(), outcome.returnTo()));
            return;
        }
        SingleSignOn.Identity identity = outcome.identity();
        if (outcome.purpose() == SingleSignOn.Purpose.CONFIRM) {
            SessionCaller caller = caller(request);
            if (caller == null) {
                redirect(request, response, EcafAuthenticationMechanism.LOGIN_PAGE + "?expired=true");
                return;
            }
            if (!caller.name().equals(identity.username())) {
                failures.failed(caller.name(), client, "SSO_DIFFERENT_PERSON");
                redirect(request, response, refusedPage(outcome.purpose(), SingleSignOn.Refusal.DIFFERENT_PERSON,
                        outcome.returnTo()));
                return;
            }
            request.getSession().setAttribute(EcafAuthenticationMechanism.SESSION_CALLER,
                    caller.confirmed(clock.instant()));
            accounts.record(caller.name(), "sign-in.confirm", caller.name(), AuditOutcome.SUCCESS, "oidc");
            redirect(request, response, outcome.returnTo() == null ? "/index.xhtml" : outcome.returnTo());
            return;
        }
        request.changeSessionId();
        mechanism.completeSingleSignOn(request, identity);
        redirect(request, response, "/index.xhtml");
    }

    /** Where a refusal is shown: the sign-in page, or the confirmation page for a confirmation. */
    static String refusedPage(SingleSignOn.Purpose purpose, SingleSignOn.Refusal refusal, String returnTo) {
        if (purpose == SingleSignOn.Purpose.CONFIRM) {
            return "/sign-in/confirm.xhtml?sso=" + refusal.name()
                    + (returnTo == null ? "" : "&returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
        }
        return EcafAuthenticationMechanism.LOGIN_PAGE + "?sso=" + refusal.name();
    }

    private static SessionCaller caller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SessionCaller) session.getAttribute(EcafAuthenticationMechanism.SESSION_CALLER);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page)
            throws IOException {
        response.sendRedirect(request.getContextPath() + page);
    }
}
