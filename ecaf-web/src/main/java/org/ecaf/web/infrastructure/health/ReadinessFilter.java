package org.ecaf.web.infrastructure.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.http.Problem;

/** Until start-up has finished (or when it failed), every request but {@code /health} gets a plain "not available" answer. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ReadinessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationState application;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (application.ready() || path.equals("/health") || path.startsWith("/health/")) {
            // /health answers for itself, with its JSON and the reason, whatever the stage
            chain.doFilter(request, response);
            return;
        }
        ApplicationState.State state = application.state();
        String message = state.stage() == ApplicationState.Stage.FAILED
                ? "eCAF is not available: it could not start. An administrator has been told; please try again later."
                : "eCAF is starting. Please try again in a minute.";
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problem.of(503, RefusalCode.NOT_READY, "Not available", message).toJson());
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                    + "<title>eCAF is not available</title></head><body><main><h1>eCAF is not available</h1><p>"
                    + message + "</p></main></body></html>");
        }
    }
}
