package org.ecaf.web.interfaces.jsf;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.application.RefusalAudit;
import org.ecaf.web.http.DatabaseFailure;
import org.ecaf.web.http.ErrorReference;

/** The error page: a plain message, and for unexpected errors a reference that is also in the server log. */
@Named
@RequestScoped
public class ErrorBean {

    private static final Logger LOG = Logger.getLogger(ErrorBean.class.getName());

    @Inject
    RefusalAudit refusalAudit;

    private String title = "Something went wrong";
    private String message = "The page could not be shown. Nothing was changed.";
    private String reference;

    @PostConstruct
    void read() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object status = request.get(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable error = (Throwable) request.get(RequestDispatcher.ERROR_EXCEPTION);
        Throwable cause = error;
        while (cause != null && !(cause instanceof Refusal) && !(cause instanceof ViewExpiredException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof ViewExpiredException) {
            title = "This page has expired";
            message = "The page was open for too long or the system was restarted. Go back to the home page and try again.";
        } else if (cause instanceof Refusal refusal) {
            title = "Not allowed";
            message = refusal.getMessage();
        } else if (Integer.valueOf(403).equals(status)) {
            title = "Not allowed";
            message = "Your role does not allow you to see this page.";
            auditAdministrationPageRefused(request);
        } else if (Integer.valueOf(404).equals(status)) {
            title = "Page not found";
            message = "There is no page at this address. Check the address or go to the home page.";
        } else if (error != null && DatabaseFailure.of(error) != null) {
            reference = ErrorReference.next();
            LOG.log(Level.WARNING, "Database failure on " + request.get(RequestDispatcher.ERROR_REQUEST_URI)
                    + ", reference " + reference + ": " + DatabaseFailure.of(error));
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(503);
            title = "eCAF cannot reach its database just now";
            message = DatabaseFailure.of(error) == DatabaseFailure.Kind.OUTCOME_UNKNOWN
                    ? "Your change may or may not have been saved. Open the page again to see what was kept before "
                            + "you repeat it."
                    : "Nothing was changed. Please try again in a minute.";
        } else if (error != null || Integer.valueOf(500).equals(status)) {
            reference = ErrorReference.next();
            LOG.log(Level.SEVERE, "Unexpected error on " + request.get(RequestDispatcher.ERROR_REQUEST_URI)
                    + ", reference " + reference, error);
        }
    }

    /**
     * The server refuses the administration pages to everyone but administrators before any page or service runs
     * (web.xml); the refusal is audited here, as the API's refusals are, with the page's address and method.
     */
    private void auditAdministrationPageRefused(Map<String, Object> request) {
        Object uri = request.get(RequestDispatcher.ERROR_REQUEST_URI);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String path = uri == null ? "" : uri.toString().substring(Math.min(uri.toString().length(),
                external.getRequestContextPath().length()));
        if (!path.startsWith("/admin/")) {
            return;
        }
        message = "Only an administrator can open the administration pages.";
        String method = external.getRequest() instanceof HttpServletRequest http ? http.getMethod() : "GET";
        refusalAudit.unlessAudited("page." + method.toLowerCase(Locale.ROOT) + " "
                + (path.length() > 40 ? path.substring(0, 40) : path),
                new AccessDenied(RefusalCode.NOT_AN_ADMINISTRATOR, message));
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }

    public String getReference() {
        return reference;
    }
}
