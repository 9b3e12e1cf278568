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
