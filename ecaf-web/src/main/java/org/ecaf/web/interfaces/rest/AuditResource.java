package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ecaf.web.application.AuditService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/audit}: the audit log, for administrators. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Audit events about one record (recordType and recordId), or the latest events")
    public List<AuditService.EventView> events(@QueryParam("recordType") String recordType,
                                               @QueryParam("recordId") String recordId,
                                               @QueryParam("limit") Integer limit) {
        return audit.events(recordType, recordId, limit == null ? 100 : limit);
    }

    @GET
    @Path("verification")
    @Operation(summary = "Recompute the hash chain of the whole audit log and report where it breaks, if it does")
    public AuditService.Verification verify() {
        return audit.verify();
    }
}
