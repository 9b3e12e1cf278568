package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ecaf.web.application.TeamCasesService;
import org.ecaf.web.application.view.TeamCaseList;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/team}: a team lead's view of their own team. */
@Path("team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    @Inject
    TeamCasesService teamCases;

    @GET
    @Path("cases")
    @Operation(summary = "Your team's cases (team leads): filtered by state, allocated practitioner, what is overdue "
            + "and text; sorted; 50 a page")
    public TeamCaseList cases(@QueryParam("state") String state, @QueryParam("allocatedTo") String allocatedTo,
                              @QueryParam("due") String due, @QueryParam("q") String q,
                              @QueryParam("sort") String sort, @QueryParam("page") String page) {
        return teamCases.list(state, allocatedTo, due, q, sort, page);
    }
}
