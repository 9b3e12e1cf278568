package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.ecaf.web.application.CopyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/cases/{id}/copies}: family, young person's and agency copies as PDF (the disclosure log is at
 * {@code /api/v1/cases/{id}/disclosures}).
 * A password for an e-mailed copy goes in the {@code X-Copy-Password} header (never in the address, which is
 * logged); the answer is then the AES-256 encrypted PDF.
 */
@Path("cases/{id}/copies")
@RequestScoped
public class CopiesResource {

    static final String PDF = "application/pdf";

    @Inject
    CopyService copies;

    @GET
    @Path("family.pdf")
    @Produces({PDF, "application/problem+json"})
    @Operation(summary = "A family member's copy in plain language (large print with largePrint=true)")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "403", description = "Refused: CONSENT_REQUIRED, CONSENT_WITHDRAWN, "
            + "RECIPIENT_NOT_COVERED, NO_PARENTAL_RESPONSIBILITY, …")
    public Response family(@PathParam("id") long id, @QueryParam("recipient") Long recipient,
                           @QueryParam("largePrint") boolean largePrint, @QueryParam("revision") Integer revision,
                           @HeaderParam("X-Copy-Password") String password) {
        return pdf(copies.familyCopy(id, recipient, largePrint, revision, blankToNull(password)));
    }

    @GET
    @Path("young-person.pdf")
    @Produces({PDF, "application/problem+json"})
    @Operation(summary = "The young person's own copy")
    public Response youngPerson(@PathParam("id") long id, @QueryParam("largePrint") boolean largePrint,
                                @QueryParam("revision") Integer revision, @HeaderParam("X-Copy-Password") String password) {
        return pdf(copies.youngPersonCopy(id, largePrint, revision, blankToNull(password)));
    }

    @GET
    @Path("agency.pdf")
    @Produces({PDF, "application/problem+json"})
    @Operation(summary = "An agency's copy of a submitted or approved assessment, as consent allows")
    public Response agency(@PathParam("id") long id, @QueryParam("agency") Long agency,
                           @QueryParam("revision") Integer revision, @HeaderParam("X-Copy-Password") String password) {
        return pdf(copies.agencyCopy(id, agency, revision, blankToNull(password)));
    }

    private static Response pdf(CopyService.IssuedCopy copy) {
        return Response.ok(copy.pdf(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + copy.fileName() + "\"")
                .header("X-Disclosure-Id", copy.disclosureId())
                .header("X-Content-SHA256", copy.sha256())
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
