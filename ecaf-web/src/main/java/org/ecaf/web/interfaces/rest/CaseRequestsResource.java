package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ecaf.web.application.CaseRequestService;
import org.ecaf.web.application.view.CaseRequestView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/case-requests}: requests to join a Team Around the Child or to transfer a case, and decisions. */
@Path("case-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseRequestsResource {

    /** A team lead's decision: accept or decline, with a comment (required to decline). */
    public record Decision(Boolean accept, String comment) {
    }

    @Inject
    CaseRequestService requests;

    @GET
    @Operation(summary = "The requests you made, and (for a team lead) those about your team's cases waiting for you")
    public CaseRequestService.Requests mine() {
        return requests.mine();
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Accept or decline a request (a team lead of the team that holds the case)")
    public CaseRequestView decide(@PathParam("id") long id, Decision d) {
        Decision in = Bodies.required(d);
        return requests.decide(id, in.accept(), in.comment());
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw your own pending request")
    public CaseRequestView withdraw(@PathParam("id") long id) {
        return requests.withdraw(id);
    }
}
