package org.ecaf.web.infrastructure.metrics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/** Times every request and counts it by endpoint template ({@code /api/v1/cases/{id}}), method and status class. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern IDENTIFIER = Pattern.compile("[0-9]+|[0-9a-fA-F-]{16,}|CAF-[0-9-]+");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            Object template = request.getAttribute(EndpointTemplates.ATTRIBUTE);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            EcafMetrics.request(request.getMethod(),
                    template != null ? template.toString() : endpoint(path, response.getStatus()),
                    response.getStatus(), System.nanoTime() - started);
        }
    }

    /**
     * The endpoint a path belongs to, with identifiers replaced by {@code {id}} so that the number of series stays
     * small and no identifier of a child or case appears in the metrics; unknown paths (404) are one series.
     */
    static String endpoint(String path, int status) {
        if (status == 404) {
            return "unmatched";
        }
        if (path.startsWith("/api/")) {
            // an API request that no resource method took (refused before routing, or no such method): its path
            // may hold a username or anything typed, so it is one series
            return "/api/not-routed";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "/resources";
        }
        if (path.isEmpty() || "/".equals(path)) {
            return "/";
        }
        StringBuilder template = new StringBuilder();
        for (String segment : path.substring(1).split("/", -1)) {
            template.append('/');
            if (IDENTIFIER.matcher(segment).matches()) {
                template.append("{id}");
            } else if (segment.length() > 40 || !segment.matches("[A-Za-z0-9._-]*")) {
                template.append("{value}");
            } else {
                template.append(segment);
            }
        }
        return template.toString();
    }
}
