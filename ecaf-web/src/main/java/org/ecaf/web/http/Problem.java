package org.ecaf.web.http;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;

/**
 * An RFC 9457 problem detail with eCAF's extensions: a stable {@code code}, the {@code violations} of the rules
 * that refused the request, and a {@code reference} that points at the server log for unexpected errors.
 */
public record Problem(int status, String code, String title, String detail, List<Violation> violations,
                      String reference, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, RefusalCode code, String title, String detail) {
        return new Problem(status, code.name(), title, detail, List.of(), null, Map.of());
    }

    /**
     * An HTTP error eCAF has no code of its own for (a status outside {@link RefusalCode}'s): its code is
     * {@code HTTP_} and the status.
     */
    public static Problem ofStatus(int status, String title, String detail) {
        return new Problem(status, "HTTP_" + status, title, detail, List.of(), null, Map.of());
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(status, code, title, detail, list, reference, extensions);
    }

    public Problem withReference(String ref) {
        return new Problem(status, code, title, detail, violations, ref, extensions);
    }

    public Problem with(String name, Object value) {
        java.util.HashMap<String, Object> more = new java.util.HashMap<>(extensions);
        more.put(name, value);
        return new Problem(status, code, title, detail, violations, reference, more);
    }

    public JsonObject toJsonObject() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "https://ecaf.example.org/problems/" + code.toLowerCase().replace('_', '-'))
                .add("title", title)
                .add("status", status)
                .add("code", code);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (!violations.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (Violation v : violations) {
                JsonObjectBuilder item = Json.createObjectBuilder().add("code", v.getCode()).add("message", v.message());
                if (v.target() != null) {
                    item.add("target", v.target());
                }
                list.add(item);
            }
            json.add("violations", list);
        }
        if (reference != null) {
            json.add("reference", reference);
        }
        extensions.forEach((name, value) -> json.add(name, JsonValues.of(value)));
        return json.build();
    }

    public String toJson() {
        return toJsonObject().toString();
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(toJson()).build();
    }
}
