package org.ecaf.web.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import org.ecaf.domain.cases.StaleRevision;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.ChildService;
import org.ecaf.web.http.Problem;

/** A refusal becomes a problem detail: 409 for broken rules, 422 for invalid input, 403, 404, 412, 428. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @jakarta.inject.Inject
    org.ecaf.web.application.RefusalAudit refusalAudit;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.Request request;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @Override
    public Response toResponse(Refusal refusal) {
        if (!refusal.audited()) {
            // refused before any use case ran (the body or a parameter): audited all the same
            String path = uri.getPath();
            refusalAudit.unlessAudited("api." + request.getMethod().toLowerCase(java.util.Locale.ROOT) + " "
                    + (path.length() > 40 ? path.substring(0, 40) : path), refusal);
        }
        return problemOf(refusal).toResponse();
    }

    static Problem problemOf(Refusal refusal) {
        int status;
        String title;
        switch (refusal.kind()) {
            case RULES -> { status = 409; title = "Not allowed by the rules"; }
            case INVALID_INPUT -> { status = 422; title = "Invalid input"; }
            case NOT_FOUND -> { status = 404; title = "Not found"; }
            case ACCESS_DENIED -> { status = 403; title = "Access denied"; }
            case CONFLICT -> { status = 412; title = "Changed by someone else"; }
            case PRECONDITION_REQUIRED -> { status = 428; title = "Precondition required"; }
            case UNREADABLE -> { status = 400; title = "Bad Request"; }
            default -> throw new IllegalStateException("unmapped refusal kind " + refusal.kind());
        }
        Problem problem = Problem.of(status, refusal.code(), title, refusal.getMessage())
                .withViolations(refusal.violations());
        if (refusal instanceof ChildService.PossibleDuplicates duplicates) {
            problem = problem.with("candidates", asJson(duplicates.candidates()));
        }
        if (refusal instanceof org.ecaf.web.application.CaseService.CaseAlreadyOpen open) {
            problem = problem.with("holdingTeam", open.holdingTeam()).with("yourTeam", open.yourTeam())
                    .with("contact", open.contact() == null ? JsonValue.NULL : asJson(open.contact()))
                    .with("askToJoin", "/api/v1/children/" + open.childId() + "/case-requests");
        }
        if (refusal instanceof StaleRevision stale) {
            problem = problem.with("basedOn", stale.basedOn()).with("latestRevision", stale.latest())
                    .with("savedSince", asJson(stale.savedSince()));
        }
        return problem;
    }

    private static JsonValue asJson(Object value) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
             JsonReader reader = Json.createReader(new StringReader(jsonb.toJson(value)))) {
            return reader.readValue();
        } catch (Exception e) {
            throw new IllegalStateException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
