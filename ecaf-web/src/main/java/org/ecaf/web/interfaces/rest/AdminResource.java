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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecaf.web.application.AccountAdminService;
import org.ecaf.web.application.AccountAdminService.AccountView;
import org.ecaf.web.application.AccountAdminService.Created;
import org.ecaf.web.application.AccountAdminService.OpenCase;
import org.ecaf.web.application.AccountAdminService.Unit;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/admin/...}: accounts, teams and agencies, for administrators only (every other caller gets 403).
 * Every act is audited by the service; nothing here returns case content.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

    /** A new account, or the details an administrator corrects. */
    public record AccountBody(String username, String displayName, String jobTitle, String email, String phone,
                              List<String> roles, Long teamId, Long agencyId) {
    }

    /** A new team or agency, or a new name. */
    public record UnitBody(String code, String name, String kind, Long agencyId) {
    }

    /** Which team to move a person to (null: none, for an administrator). */
    public record MoveBody(Long teamId) {
    }

    @Inject
    AccountAdminService admin;

    @GET
    @Path("accounts")
    @Operation(summary = "Every account with its sign-in state")
    public List<AccountView> accounts() {
        return admin.accounts();
    }

    @POST
    @Path("accounts")
    @Operation(summary = "Create an account; the answer holds its one-time password, shown only now")
    public Response create(AccountBody body) {
        Bodies.required(body);
        Created created = admin.create(body.username(), body.displayName(), body.jobTitle(), body.email(),
                AccountAdminService.parseRoles(body.roles()), body.teamId(), body.agencyId());
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("accounts/{username}")
    public AccountView account(@PathParam("username") String username) {
        return admin.account(username);
    }

    @PUT
    @Path("accounts/{username}")
    @Operation(summary = "Correct an account's name, contact details, roles or agency")
    public AccountView update(@PathParam("username") String username, AccountBody body) {
        Bodies.required(body);
        return admin.update(username, body.displayName(), body.jobTitle(), body.email(), body.phone(),
                AccountAdminService.parseRoles(body.roles()), body.agencyId());
    }

    @POST
    @Path("accounts/{username}/disable")
    public AccountView disable(@PathParam("username") String username) {
        return admin.disable(username);
    }

    @POST
    @Path("accounts/{username}/enable")
    public AccountView enable(@PathParam("username") String username) {
        return admin.enable(username);
    }

    @POST
    @Path("accounts/{username}/unlock")
    @Operation(summary = "Let every address try this username again at once")
    public AccountView unlock(@PathParam("username") String username) {
        return admin.unlock(username);
    }

    @POST
    @Path("accounts/{username}/password-reset")
    @Operation(summary = "Require a new password: a one-time password (shown only now) to change at next sign-in")
    public Created resetPassword(@PathParam("username") String username) {
        return admin.requireNewPassword(username);
    }

    @POST
    @Path("accounts/{username}/two-factor-reset")
    @Operation(summary = "Forget the account's authenticator: it enrols a new one at next sign-in")
    public AccountView resetTwoFactor(@PathParam("username") String username) {
        return admin.resetTwoFactor(username);
    }

    @POST
    @Path("accounts/{username}/sign-out")
    @Operation(summary = "End every session of the account")
    public AccountView signOut(@PathParam("username") String username) {
        return admin.signOutEverywhere(username);
    }

    @PUT
    @Path("accounts/{username}/team")
    @Operation(summary = "Move a person to another team; the answer lists the open cases they hold, to reassign")
    public List<OpenCase> move(@PathParam("username") String username, MoveBody body) {
        Bodies.required(body);
        return admin.moveToTeam(username, body.teamId());
    }

    @GET
    @Path("accounts/{username}/open-cases")
    public List<OpenCase> openCases(@PathParam("username") String username) {
        return admin.openCases(username);
    }

    @GET
    @Path("teams")
    public List<Unit> teams() {
        return admin.teams();
    }

    @POST
    @Path("teams")
    public Response createTeam(UnitBody body) {
        Bodies.required(body);
        return Response.status(201).entity(admin.createTeam(body.code(), body.name(), body.agencyId())).build();
    }

    @PUT
    @Path("teams/{id}")
    @Operation(summary = "Rename a team (its code stays)")
    public Unit renameTeam(@PathParam("id") long id, UnitBody body) {
        Bodies.required(body);
        return admin.renameTeam(id, body.name());
    }

    @POST
    @Path("teams/{id}/deactivate")
    public Unit deactivateTeam(@PathParam("id") long id) {
        return admin.setTeamActive(id, false);
    }

    @POST
    @Path("teams/{id}/reactivate")
    public Unit reactivateTeam(@PathParam("id") long id) {
        return admin.setTeamActive(id, true);
    }

    @GET
    @Path("agencies")
    public List<Unit> agencies() {
        return admin.agencies();
    }

    @POST
    @Path("agencies")
    public Response createAgency(UnitBody body) {
        Bodies.required(body);
        return Response.status(201).entity(admin.createAgency(body.code(), body.name(), body.kind())).build();
    }

    @PUT
    @Path("agencies/{id}")
    public Unit renameAgency(@PathParam("id") long id, UnitBody body) {
        Bodies.required(body);
        return admin.renameAgency(id, body.name());
    }

    @POST
    @Path("agencies/{id}/deactivate")
    public Unit deactivateAgency(@PathParam("id") long id) {
        return admin.setAgencyActive(id, false);
    }

    @POST
    @Path("agencies/{id}/reactivate")
    public Unit reactivateAgency(@PathParam("id") long id) {
        return admin.setAgencyActive(id, true);
    }
}
