package org.ecaf.web.infrastructure.metrics;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Names the API endpoint a request was routed to by its declared template ({@code /api/v1/admin/accounts/{username}}),
 * for {@link RequestMetricsFilter}: a path segment can be a username or any other value a person typed, so the
 * metrics never take segments from the path of an API request.
 */
@Provider
public class EndpointTemplates implements ContainerRequestFilter {

    /** The request attribute holding the template of the matched resource method. */
    static final String ATTRIBUTE = "ecaf.endpoint.template";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (resource == null || resource.getResourceClass() == null || request == null) {
            return;
        }
        request.setAttribute(ATTRIBUTE, template(request.getServletPath(), resource.getResourceClass(),
                resource.getResourceMethod()));
    }

    static String template(String servletPath, Class<?> resourceClass, Method method) {
        StringBuilder template = new StringBuilder(servletPath == null ? "" : servletPath);
        append(template, resourceClass.getAnnotation(Path.class));
        if (method != null) {
            append(template, method.getAnnotation(Path.class));
        }
        return template.toString().replaceAll("\\{([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
    }

    private static void append(StringBuilder template, Path path) {
        if (path == null || path.value().isEmpty() || "/".equals(path.value())) {
            return;
        }
        if (template.length() == 0 || template.charAt(template.length() - 1) != '/') {
            template.append('/');
        }
        template.append(path.value().startsWith("/") ? path.value().substring(1) : path.value());
    }
}
