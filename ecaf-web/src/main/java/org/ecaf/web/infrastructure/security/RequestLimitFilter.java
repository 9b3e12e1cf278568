package org.ecaf.web.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.http.Problem;
import org.ecaf.web.infrastructure.config.Settings;

/**
 * Limits on what a request may send, checked before anything parses it.
 * <ul>
 * <li>An API body larger than {@code ECAF_API_MAX_BODY} (1 MB by default) is refused with 413 problem+json: at once
 * when {@code Content-Length} says so, otherwise as soon as the limit is passed while reading. A page's form post
 * over {@code ECAF_PAGE_MAX_BODY} (2 MB) gets 413 too, but for the import page's upload, which may carry
 * {@code ECAF_IMPORT_MAX_BYTES} (20 MB) and its form.</li>
 * <li>A JSON body nested deeper than {@value #MAX_DEPTH} levels is refused with 400 problem+json before the JSON
 * parser sees it (eCAF's deepest document has five levels; 100,000 levels used to exhaust the parser's stack).</li>
 * <li>An address under {@code /api/} outside {@code /api/v1/} answers 404 problem+json, never the HTML error page.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int MAX_DEPTH = 64;
    static final long DISCARD_LIMIT = 16L * 1024 * 1024;
    /** The page that uploads a file of children to import, and what its form adds to the file. */
    static final String IMPORT_PAGE = "/admin/import.xhtml";
    static final long FORM_AROUND_A_FILE = 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        Settings settings = Settings.fromEnvironment();
        // the import page's upload: the file's limit and room for the form around it (the page says the limit)
        long max = api ? settings.apiMaxBody() : IMPORT_PAGE.equals(path)
                ? Math.max(settings.pageMaxBody(), settings.importMaxBytes() + FORM_AROUND_A_FILE)
                : settings.pageMaxBody();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            discard(request, response, declared);
            tooLarge(response, api, max);
            return;
        }
        if (api && !path.startsWith("/api/v1/") && !path.equals("/api/v1")) {
            problem(response, Problem.of(404, RefusalCode.NOT_FOUND, "Not Found",
                    "There is nothing at this address. The API "
                    + "lives under /api/v1."));
            return;
        }
        if (!api || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readUpTo(request.getInputStream(), max);
        if (body == null) {
            discard(request, response, -1);
            tooLarge(response, true, max);
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().contains("json") && depth(body) > MAX_DEPTH) {
            problem(response, Problem.of(400, RefusalCode.JSON_TOO_DEEP, "Bad Request",
                    "The JSON body is nested more than "
                    + MAX_DEPTH + " levels deep."));
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    /**
     * Reads and throws away the rest of a refused body, up to {@value #DISCARD_LIMIT} bytes, so that an ordinary
     * client that sends its whole body before reading the answer gets the 413 rather than a closed connection; a
     * larger body is not read: the connection is closed after the answer.
     */
    private static void discard(HttpServletRequest request, HttpServletResponse response, long declared)
            throws IOException {
        if (declared > DISCARD_LIMIT) {
            response.setHeader("Connection", "close");
            return;
        }
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[16384];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > DISCARD_LIMIT) {
                response.setHeader("Connection", "close");
                return;
            }
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** The body, or null when it is longer than {@code max} bytes. */
    static byte[] readUpTo(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The deepest nesting of arrays and objects in a JSON text (strings skipped), without parsing it. */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static void tooLarge(HttpServletResponse response, boolean api, long max) throws IOException {
        String detail = "The request is larger than the " + (max >= 1024 * 1024 ? max / (1024 * 1024) + " MB"
                : max / 1024 + " KB") + " eCAF accepts.";
        if (api) {
            problem(response, Problem.of(413, RefusalCode.BODY_TOO_LARGE, "Content Too Large", detail));
        } else {
            response.setStatus(413);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                    + "<title>Too large – eCAF</title></head><body><main><h1>That was too large</h1><p>" + detail
                    + "</p></main></body></html>");
        }
    }

    static void problem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.toJson());
    }

    /** The request with its body read already. */
    static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("not asynchronous");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
