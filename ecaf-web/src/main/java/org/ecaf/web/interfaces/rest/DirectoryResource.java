package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ecaf.web.application.DirectoryService;
import org.ecaf.web.application.view.PersonRef;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/agencies} and {@code /api/v1/practitioners}: whom consent can name and who can be lead professional. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectoryService directory;

    @GET
    @Path("agencies")
    @Operation(summary = "Agencies information may be shared with")
    public List<DirectoryService.AgencyView> agencies() {
        return directory.agencies();
    }

    @GET
    @Path("practitioners")
    @Operation(summary = "Practitioners and team leads who can be lead professional or Team Around the Child members")
    public List<PersonRef> practitioners() {
        return directory.practitioners();
    }
}
