package org.ecaf.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser: signs in through the real login page (its form and view state) and
 * reads pages over HTTP with the session cookie, for checks of what each page shows to whom. Use {@link Browser} to
 * click; use this to read many pages quickly.
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final EcafServer server;
    private final HttpClient client;

    private PageSession(EcafServer server) {
        this.server = server;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs {@code username} in with the demo password through the login page. */
    public static PageSession signIn(EcafServer server, String username) {
        PageSession session = new PageSession(server);
        String login = session.get("/login.xhtml").body();
        Matcher state = VIEW_STATE.matcher(login);
        if (!state.find()) {
            throw new IllegalStateException("the login page has no view state");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", Api.DEMO_PASSWORD);
        form.put("login:signIn", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        Page after = session.post("/login.xhtml", form);
        if (after.body().contains("id=\"login:username\"")) {
            throw new IllegalStateException("signing in as " + username + " failed");
        }
        return session;
    }

    /** A page as the server answered it. */
    public record Page(int status, String body) {
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(server.uri(path)).GET().build());
    }

    /** The view state of a page's form, for posting back to it. */
    public static String viewState(String body) {
        Matcher state = VIEW_STATE.matcher(body);
        if (!state.find()) {
            throw new IllegalStateException("the page has no view state");
        }
        return state.group(1);
    }

    /** The page's script nonce, which PrimeFaces' script adds to every form it posts ({@code primefaces.nonce}). */
    public static String nonce(String body) {
        Matcher nonce = NONCE.matcher(body);
        if (!nonce.find()) {
            throw new IllegalStateException("the page has no script nonce");
        }
        return nonce.group(1);
    }

    /** Posts a form as a browser does ({@code application/x-www-form-urlencoded}). */
    public Page postForm(String path, Map<String, String> form) {
        return post(path, form);
    }

    /**
     * Posts a form with a file as a browser does ({@code multipart/form-data}): {@code fields} and, as
     * {@code fileField}, {@code content} named {@code fileName} ({@code text/csv}).
     */
    public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                              byte[] content) {
        String boundary = "----ecaf" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                        + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return server.uri(path);
    }
}
