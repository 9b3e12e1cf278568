package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecaf.domain.disclosure.Withholding;
import org.ecaf.web.application.CopyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/v1/cases/{id}/copies}: family, young person's and agency copies as PDF (the disclosure log is at
 * {@code /api/v1/cases/{id}/disclosures}); {@code copies/preview} shows what a recipient would receive without issuing
 * anything, and {@code POST copies} issues a copy with answers or rows held back, each with a reason.
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

    /** A copy request: one of recipient (family member), agency or youngPerson; answers or rows to hold back. */
    public record CopyRequest(Long recipient, Long agency, Boolean youngPerson, Boolean largePrint, Integer revision,
                              List<WithheldRequest> withheld) {
    }

    /** An answer ({@code housing}) or a row ({@code actions#2}) as the preview names it, and why it is held back. */
    public record WithheldRequest(String item, String reason) {
    }

    @GET
    @Path("preview")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(summary = "What a recipient would receive (recipient=<familyMemberId>, agency=<agencyId> or "
            + "youngPerson=true): sections, answers and rows included, what is left out and why; issues nothing")
    @APIResponse(responseCode = "200", description = "The preview; allowed=false with the refusal code when the copy "
            + "would be refused")
    public CopyService.PreviewView preview(@PathParam("id") long id, @QueryParam("recipient") Long recipient,
                                           @QueryParam("agency") Long agency,
                                           @QueryParam("youngPerson") boolean youngPerson,
                                           @QueryParam("revision") Integer revision) {
        return copies.preview(id, new CopyService.RecipientChoice(recipient, agency, youngPerson), revision);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({PDF, "application/problem+json"})
    @Operation(summary = "Issue a copy for one recipient, holding back the answers or rows listed in withheld "
            + "(each with a reason of at least 10 characters, kept in the disclosure log)")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "403", description = "Refused by the disclosure policy")
    @APIResponse(responseCode = "422", description = "No or several recipients, an unknown item, a reason too short")
    public Response issue(@PathParam("id") long id, CopyRequest body, @HeaderParam("X-Copy-Password") String password) {
        CopyRequest in = Bodies.required(body);
        List<Withholding> withheld = in.withheld() == null ? List.of() : in.withheld().stream()
                .map(w -> w == null ? new Withholding(null, null) : new Withholding(w.item(), w.reason())).toList();
        return pdf(copies.issue(id, new CopyService.RecipientChoice(in.recipient(), in.agency(),
                        Boolean.TRUE.equals(in.youngPerson())), Boolean.TRUE.equals(in.largePrint()), in.revision(),
                blankToNull(password), withheld));
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
