package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ecaf.web.application.BackupService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/backups}: an online backup of the embedded database, for administrators. */
@Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    BackupService backups;

    @POST
    @Operation(summary = "Back up the embedded database while it runs (H2 BACKUP) into the data folder's backups folder")
    public Response backUp() {
        return Response.status(Response.Status.CREATED).entity(backups.backUp()).build();
    }
}
