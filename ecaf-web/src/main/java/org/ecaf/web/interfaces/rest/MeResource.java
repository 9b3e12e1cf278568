package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.web.application.AccountService;
import org.ecaf.web.application.WorkTrayService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/v1/me}: the signed-in account; {@code GET /api/v1/me/work-tray}: what needs them now. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The signed-in account as the API shows it; {@code team} is null for an account without a team. */
    public record Me(String username, String displayName, List<String> roles, Ref team, Ref agency) {
    }

    /** A named reference to another record. */
    public record Ref(long id, String code, String name) {

        static Ref of(Team team) {
            return team == null ? null : new Ref(team.getId(), team.getCode(), team.getName());
        }

        static Ref of(Agency agency) {
            return agency == null ? null : new Ref(agency.getId(), agency.getCode(), agency.getName());
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    WorkTrayService trays;

    @GET
    @Path("work-tray")
    @Operation(summary = "Your work tray: cases newly allocated to you, returned assessments, stale drafts, actions "
            + "and reviews due")
    public WorkTrayService.WorkTray workTray() {
        return trays.mine();
    }

    /** A change of one's own password. */
    public record PasswordChange(String current, String password, String repeated) {
    }

    @jakarta.ws.rs.PUT
    @Path("password")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your own password (at least 12 characters, not a common password)")
    public jakarta.ws.rs.core.Response changePassword(PasswordChange body) {
        Bodies.required(body);
        accounts.changeOwnPassword(body.current(), body.password(), body.repeated() == null ? body.password()
                : body.repeated());
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @GET
    @Operation(summary = "The signed-in user's username, display name, roles, team and agency")
    public Me me() {
        Practitioner me = accounts.me();
        return new Me(me.getUsername(), me.getDisplayName(),
                me.getRoles().stream().map(Role::name).sorted().toList(), Ref.of(me.getTeam()), Ref.of(me.getAgency()));
    }
}
