package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.application.AssessmentService;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.DiffView;
import org.ecaf.web.application.view.RevisionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/cases/{id}/assessment}: the versioned assessment. Every {@code PUT} appends a revision; the
 * {@code ETag} is the revision number and a change must send it back as {@code If-Match}.
 */
@Path("cases/{id}/assessment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    /** Answers to save; {@code formVersion} only for the first save; {@code reason} is optional. */
    public record Save(JsonObject answers, Integer formVersion, String reason) {
    }

    /** A team lead's comment. */
    public record Comment(String comment) {
    }

    /** The form version to migrate a draft to. */
    public record Migration(Integer toVersion) {
    }

    @Inject
    AssessmentService assessments;

    @GET
    @Operation(summary = "The current assessment's latest revision, or as it was at a time (asOf=ISO instant)")
    public Response current(@PathParam("id") long id, @QueryParam("asOf") String asOf,
                            @QueryParam("assessment") Integer assessment) {
        RevisionView revision = asOf == null ? assessments.current(id)
                : assessments.asOf(id, assessment, Bodies.instant(asOf, "asOf"));
        return Response.ok(revision).tag(etag(revision)).build();
    }

    @PUT
    @Operation(summary = "Save the answers as a new revision; If-Match: \"<revision>\" is required once the assessment exists")
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new revision")
    @APIResponse(responseCode = "412", description = "STALE_REVISION: someone saved in between; names who and what")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "409", description = "CONSENT_TO_RECORD_MISSING, ASSESSMENT_LOCKED, …")
    @APIResponse(responseCode = "422", description = "Invalid answers, each with its field and code")
    public Response save(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, Save body) {
        Save in = Bodies.required(body);
        RevisionView revision = assessments.save(id, Bodies.number(ifMatch, "If-Match"), in.answers(), in.formVersion(),
                in.reason());
        return Response.ok(revision).tag(etag(revision)).build();
    }

    @GET
    @Path("revisions")
    @Operation(summary = "The history of the assessment: every revision, who, when, why")
    public List<RevisionView> revisions(@PathParam("id") long id, @QueryParam("assessment") Integer assessment) {
        return assessments.revisions(id, assessment);
    }

    @GET
    @Path("revisions/{n}")
    @Operation(summary = "One revision with its answers")
    public Response revision(@PathParam("id") long id, @PathParam("n") int n,
                             @QueryParam("assessment") Integer assessment) {
        RevisionView revision = assessments.revision(id, assessment, n);
        return Response.ok(revision).tag(etag(revision)).build();
    }

    @GET
    @Path("diff")
    @Operation(summary = "Field-level differences between two revisions (added, changed, removed)")
    public DiffView diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to,
                         @QueryParam("assessment") Integer assessment) {
        if (from == null || to == null) {
            throw org.ecaf.domain.shared.InvalidInput.of(RefusalCode.REQUIRED, "Give the two revisions to compare: from and to.",
                    from == null ? "from" : "to");
        }
        return assessments.diff(id, assessment, from, to);
    }

    @POST
    @Path("submission")
    @Operation(summary = "Submit the assessment for approval; every unmet rule is listed")
    public CaseView submit(@PathParam("id") long id) {
        return assessments.submit(id);
    }

    @POST
    @Path("approval")
    @Operation(summary = "Approve the submitted assessment (a team lead of the case's team who did not write it)")
    public CaseView approve(@PathParam("id") long id, Comment body) {
        return assessments.approve(id, body == null ? null : body.comment());
    }

    @POST
    @Path("return")
    @Operation(summary = "Return the submitted assessment with a comment")
    public CaseView returnAssessment(@PathParam("id") long id, Comment body) {
        return assessments.returnAssessment(id, body == null ? null : body.comment());
    }

    @POST
    @Path("migration")
    @Operation(summary = "Move a draft to a newer form version (by one of its authors); a new revision")
    public Response migrate(@PathParam("id") long id, Migration body) {
        Migration in = Bodies.required(body);
        if (in.toVersion() == null) {
            throw org.ecaf.domain.shared.InvalidInput.of(RefusalCode.REQUIRED,
                    "Say which version to move to (toVersion).",
                    "toVersion");
        }
        RevisionView revision = assessments.migrate(id, in.toVersion());
        return Response.ok(revision).tag(etag(revision)).build();
    }

    static EntityTag etag(RevisionView revision) {
        return new EntityTag(Integer.toString(revision.revision()));
    }
}
