package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.ecaf.web.application.CaseRequestService;
import org.ecaf.web.application.ChildService;
import org.ecaf.web.application.view.AccessGrantView;
import org.ecaf.web.application.view.CaseRequestView;
import org.ecaf.web.application.view.ChildView;
import org.ecaf.web.application.view.FamilyMemberView;
import org.ecaf.web.application.view.RecordChangeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/children}: register (with the duplicate check), read, search, family members. */
@Path("children")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChildrenResource {

    /** A child to register; {@code notDuplicateReason} confirms a registration despite likely duplicates. */
    public record Registration(String givenNames, String familyName, List<String> otherNames, LocalDate dateOfBirth,
                               LocalDate expectedDateOfDelivery, String gender, String address, String postcode,
                               String nhsNumber, String upn, String firstLanguage, Boolean shielded,
                               String notDuplicateReason) {
    }

    /** A child's particulars, changed: the whole record as it should now be. */
    public record Particulars(String givenNames, String familyName, List<String> otherNames, LocalDate dateOfBirth,
                              LocalDate expectedDateOfDelivery, String gender, String address, String postcode,
                              String nhsNumber, String upn, String firstLanguage, Boolean shielded) {
    }

    /** A family member to record, or their corrected details. */
    public record NewFamilyMember(String name, String relationship, Boolean parentalResponsibility,
                                  Boolean livesWithChild, String phone, String email, String address) {
        ChildService.FamilyMemberInput input() {
            return new ChildService.FamilyMemberInput(name, relationship, parentalResponsibility, livesWithChild, phone,
                    email, address);
        }
    }

    /** Ending a family member's place in the record. */
    public record Ending(LocalDate endedOn, String reason) {
    }

    /** A reason for access without involvement. */
    public record GrantRequest(String reason) {
    }

    /** A request to join the Team Around the Child ({@code JOIN}, with a role) or for a {@code TRANSFER}. */
    public record CaseRequestBody(String kind, String reason, String role) {
    }

    @Inject
    CaseRequestService requests;

    @Inject
    ChildService children;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    @POST
    @Operation(summary = "Register a child; 409 POSSIBLE_DUPLICATE lists likely existing records and why they matched")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "POSSIBLE_DUPLICATE: send again with notDuplicateReason to register anyway")
    @APIResponse(responseCode = "422", description = "INVALID_INPUT with every problem")
    public Response register(Registration r) {
        Registration in = Bodies.required(r);
        ChildView child = children.register(new ChildService.ChildInput(in.givenNames(), in.familyName(),
                in.otherNames(), in.dateOfBirth(), in.expectedDateOfDelivery(), in.gender(), in.address(), in.postcode(),
                in.nhsNumber(), in.upn(), in.firstLanguage(), Boolean.TRUE.equals(in.shielded())),
                in.notDuplicateReason());
        return Created.at(uri, child.id(), child);
    }

    /** The result of a duplicate check without registering. */
    public record Matches(List<ChildService.Candidate> candidates) {
    }

    @POST
    @Path("matches")
    @Operation(summary = "The duplicate check without registering: likely existing records of this child, best first, with the reasons in plain words")
    @APIResponse(responseCode = "200", description = "The candidates (possibly none)")
    @APIResponse(responseCode = "422", description = "INVALID_INPUT with every problem")
    public Matches matches(Registration r) {
        Registration in = Bodies.required(r);
        return new Matches(children.matches(new ChildService.ChildInput(in.givenNames(), in.familyName(),
                in.otherNames(), in.dateOfBirth(), in.expectedDateOfDelivery(), in.gender(), in.address(), in.postcode(),
                in.nhsNumber(), in.upn(), in.firstLanguage(), Boolean.TRUE.equals(in.shielded()))));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A child; restricted to name, age band and lead professional for a shielded child you are not involved with")
    public ChildView get(@PathParam("id") long id) {
        return children.get(id);
    }

    @GET
    @Operation(summary = "Search children by name (sounds-like, nicknames, any order), date of birth (close dates too) and postcode; best first, one page")
    public List<ChildView> search(@QueryParam("query") String query, @QueryParam("dateOfBirth") String dateOfBirth,
                                  @QueryParam("postcode") String postcode) {
        return children.search(query, Bodies.date(dateOfBirth, "dateOfBirth"), postcode);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a child's particulars (the whole record as it should be); kept with what was there "
            + "before and dated on the case timeline; turning shielding off is a team lead's decision")
    public ChildView update(@PathParam("id") long id, Particulars p) {
        Particulars in = Bodies.required(p);
        return children.update(id, new ChildService.ChildInput(in.givenNames(), in.familyName(), in.otherNames(),
                in.dateOfBirth(), in.expectedDateOfDelivery(), in.gender(), in.address(), in.postcode(), in.nhsNumber(),
                in.upn(), in.firstLanguage(), Boolean.TRUE.equals(in.shielded())));
    }

    @GET
    @Path("{id}/changes")
    @Operation(summary = "The changes made to a child's record, with the values before and after")
    public List<RecordChangeView> changes(@PathParam("id") long id) {
        return children.changes(id);
    }

    @POST
    @Path("{id}/family-members")
    @Operation(summary = "Record a family member: relationship, parental responsibility, lives with the child, contact")
    public Response addFamilyMember(@PathParam("id") long id, NewFamilyMember m) {
        FamilyMemberView member = children.addFamilyMember(id, Bodies.required(m).input());
        return Created.at(uri, member.id(), member);
    }

    @PUT
    @Path("{id}/family-members/{memberId}")
    @Operation(summary = "Correct a family member's details (kept with what they were)")
    public FamilyMemberView correctFamilyMember(@PathParam("id") long id, @PathParam("memberId") long memberId,
                                                NewFamilyMember m) {
        return children.correctFamilyMember(id, memberId, Bodies.required(m).input());
    }

    @POST
    @Path("{id}/family-members/{memberId}/ending")
    @Operation(summary = "End a family member's place in the record from a date, with a reason (they stay in the "
            + "history; no copy, no consent from then)")
    public FamilyMemberView endFamilyMember(@PathParam("id") long id, @PathParam("memberId") long memberId, Ending e) {
        Ending in = Bodies.required(e);
        return children.endFamilyMember(id, memberId, in.endedOn(), in.reason());
    }

    @POST
    @Path("{id}/access-grants")
    @Operation(summary = "Record access without involvement, with a reason: read-only, for eight hours, shown to the "
            + "team that holds the case; never for a shielded child")
    public Response recordAccessGrant(@PathParam("id") long id, GrantRequest g) {
        AccessGrantView grant = children.recordAccessGrant(id, Bodies.required(g).reason());
        return Response.status(Response.Status.CREATED).entity(grant).build();
    }

    @GET
    @Path("{id}/access-grants")
    @Operation(summary = "Who recorded access without involvement to this child's record (for the holding team)")
    public List<AccessGrantView> accessGrants(@PathParam("id") long id) {
        return children.accessGrants(id);
    }

    @POST
    @Path("{id}/case-requests")
    @Operation(summary = "Ask to JOIN the Team Around the Child of the child's open case, or for its TRANSFER to your "
            + "team; a team lead of the holding team decides")
    public Response askAboutCase(@PathParam("id") long id, CaseRequestBody r) {
        CaseRequestBody in = Bodies.required(r);
        CaseRequestView request = requests.ask(id, in.kind(), in.reason(), in.role());
        return Response.status(Response.Status.CREATED).entity(request).build();
    }

    @GET
    @Path("{id}/family-members")
    @Operation(summary = "The child's family members")
    public List<FamilyMemberView> familyMembers(@PathParam("id") long id) {
        return children.familyMembers(id);
    }
}
