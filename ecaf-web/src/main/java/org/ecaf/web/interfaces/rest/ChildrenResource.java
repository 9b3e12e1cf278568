package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.ecaf.web.application.ChildService;
import org.ecaf.web.application.view.ChildView;
import org.ecaf.web.application.view.FamilyMemberView;
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

    /** A family member to record. */
    public record NewFamilyMember(String name, String relationship, Boolean parentalResponsibility,
                                  Boolean livesWithChild, String phone, String email, String address) {
    }

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
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(child.id())).build()).entity(child).build();
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

    @POST
    @Path("{id}/family-members")
    @Operation(summary = "Record a family member: relationship, parental responsibility, lives with the child, contact")
    public Response addFamilyMember(@PathParam("id") long id, NewFamilyMember m) {
        NewFamilyMember in = Bodies.required(m);
        FamilyMemberView member = children.addFamilyMember(id, in.name(), in.relationship(), in.parentalResponsibility(),
                in.livesWithChild(), in.phone(), in.email(), in.address());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(member.id())).build()).entity(member).build();
    }

    @GET
    @Path("{id}/family-members")
    @Operation(summary = "The child's family members")
    public List<FamilyMemberView> familyMembers(@PathParam("id") long id) {
        return children.familyMembers(id);
    }
}
