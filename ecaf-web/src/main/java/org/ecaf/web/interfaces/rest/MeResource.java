package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.web.application.AccountService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/v1/me}: the signed-in account. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The signed-in account as the API shows it. */
    public record Me(String username, String displayName, List<String> roles, Ref team, Ref agency) {
    }

    /** A named reference to another record. */
    public record Ref(long id, String code, String name) {
    }

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "The signed-in user's username, display name, roles, team and agency")
    public Me me() {
        Practitioner me = accounts.me();
        return new Me(me.getUsername(), me.getDisplayName(),
                me.getRoles().stream().map(Role::name).sorted().toList(),
                me.getTeam() == null ? null : new Ref(me.getTeam().getId(), me.getTeam().getCode(), me.getTeam().getName()),
                me.getAgency() == null ? null
                        : new Ref(me.getAgency().getId(), me.getAgency().getCode(), me.getAgency().getName()));
    }
}
