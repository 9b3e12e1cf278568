package org.ecaf.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small JSON client for the eCAF API, signed in as one account with HTTP Basic. */
public final class Api {

    public static final String DEMO_PASSWORD = "ecaf-demo";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api as(String base, String username, String password) {
        return new Api(base, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api as(EcafServer server, String username) {
        return as(server.baseUrl(), username, DEMO_PASSWORD);
    }

    /** A client that sends {@code Authorization: Bearer <token>} (single sign-on's tokens). */
    public static Api bearer(String base, String token) {
        return new Api(base, "Bearer " + token);
    }

    public static Api anonymous(String base) {
        return new Api(base, null);
    }

    /** An answer: status, headers and body. */
    public record Answer(int status, Map<String, String> headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (" + status + "): " + body(), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + (bytes.length > 2000 ? body().substring(0, 2000) : body());
        }
    }

    public Answer get(String path) {
        return send(request(path).GET(), Map.of());
    }

    public Answer get(String path, Map<String, String> headers) {
        return send(request(path).GET(), headers);
    }

    public Answer post(String path, Object json) {
        return send(request(path).POST(body(json)).header("Content-Type", "application/json"), Map.of());
    }

    public Answer post(String path, Object json, Map<String, String> headers) {
        return send(request(path).POST(body(json)).header("Content-Type", "application/json"), headers);
    }

    public Answer put(String path, Object json, Map<String, String> headers) {
        return send(request(path).PUT(body(json)).header("Content-Type", "application/json"), headers);
    }

    public Answer delete(String path) {
        return send(request(path).DELETE(), Map.of());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, application/pdf");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object json) {
        return HttpRequest.BodyPublishers.ofString(json == null ? "" : json.toString(), StandardCharsets.UTF_8);
    }

    private static Answer send(HttpRequest.Builder builder, Map<String, String> headers) {
        headers.forEach(builder::header);
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> lower = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> lower.put(k.toLowerCase(), String.join(",", v)));
            return new Answer(response.statusCode(), lower, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
