package org.ecaf.web.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ecaf.domain.organisation.Role;
import org.ecaf.web.application.AccountService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/v1/accounts}: every account, for an administrator. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    /** An account as the administrator's list shows it. */
    public record Account(String username, String displayName, List<String> roles, MeResource.Ref team,
                          MeResource.Ref agency, boolean active) {
    }

    @Inject
    AccountService accounts;

    @GET
    @Operation(summary = "Every account (administrators only)")
    public List<Account> list() {
        return accounts.accounts().stream().map(p -> new Account(p.getUsername(), p.getDisplayName(),
                p.getRoles().stream().map(Role::name).sorted().toList(),
                MeResource.Ref.of(p.getTeam()), MeResource.Ref.of(p.getAgency()), p.isActive())).toList();
    }
}
