package org.ecaf.web.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Protective headers on every response, and the cookie flags the container does not send by itself.
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer}, {@code X-Frame-Options: DENY};
 * pages get their Content-Security-Policy (with {@code frame-ancestors 'none'} and a nonce per response) from
 * PrimeFaces' CSP mode ({@code primefaces.CSP_POLICY} in web.xml), every other response {@link #OTHER_CSP};</li>
 * <li>{@code Cache-Control: no-store} on every page and API answer (they carry children's and cases' data);
 * scripts, styles and images may be cached;</li>
 * <li>over TLS, or behind a proxy that says so with {@code X-Forwarded-Proto: https}: HSTS and {@code Secure}
 * cookies;</li>
 * <li>{@code SameSite=Lax} on every cookie. Payara 6 ignores the {@code SameSite} attribute that web.xml declares,
 * so the {@code Set-Cookie} headers are completed here before the response is committed. A page request gets its
 * session before the page runs, so its cookie header already exists and is completed at once.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String OTHER_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String RESOURCE_CSP = "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean secure = secure(request);
        boolean resource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
        boolean page = !resource && (path.endsWith(".xhtml") || path.equals("/") || path.isEmpty());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (!page) {
            response.setHeader("Content-Security-Policy", resource ? RESOURCE_CSP : OTHER_CSP);
        }
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        CookieFlags wrapped = new CookieFlags(response, secure);
        if (page) {
            request.getSession(true);
            wrapped.complete();
        }
        chain.doFilter(request, wrapped);
        wrapped.complete();
    }

    /** True over TLS, or when the proxy in front says the browser used HTTPS. */
    static boolean secure(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSecure() || (forwarded != null && forwarded.strip().equalsIgnoreCase("https"));
    }

    /** Adds {@code SameSite=Lax} (and {@code Secure} when secure) to every Set-Cookie header that lacks them. */
    static String completed(String header, boolean secure) {
        String lower = header.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(header);
        if (!lower.contains("samesite=")) {
            out.append("; SameSite=Lax");
        }
        if (secure && !lower.matches(".*;\\s*secure(\\s*;.*|\\s*)$")) {
            out.append("; Secure");
        }
        return out.toString();
    }

    /** Completes the cookie headers whenever the response may be about to commit. */
    static final class CookieFlags extends HttpServletResponseWrapper {
        private final boolean secure;

        CookieFlags(HttpServletResponse response, boolean secure) {
            super(response);
            this.secure = secure;
        }

        void complete() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            List<String> headers = new ArrayList<>(response.getHeaders("Set-Cookie"));
            if (headers.isEmpty()) {
                return;
            }
            List<String> done = headers.stream().map(h -> completed(h, secure)).toList();
            if (done.equals(headers)) {
                return;
            }
            response.setHeader("Set-Cookie", done.get(0));
            for (int i = 1; i < done.size(); i++) {
                response.addHeader("Set-Cookie", done.get(i));
            }
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            complete();
            return super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            complete();
            return super.getOutputStream();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            complete();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            complete();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            complete();
            super.sendError(sc);
        }

        @Override
        public void flushBuffer() throws IOException {
            complete();
            super.flushBuffer();
        }
    }
}
