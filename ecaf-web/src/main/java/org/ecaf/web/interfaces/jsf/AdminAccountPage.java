package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.AccountAdminService;

/** One account, for an administrator: disable, enable, unlock, new password, authenticator reset, sign-out, move. */
@Named
@ViewScoped
public class AdminAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountAdminService admin;

    private String username;
    private AccountAdminService.AccountView account;
    private String oneTimePassword;
    private Long teamId;
    private List<AccountAdminService.OpenCase> openCases;
    private transient List<AccountAdminService.Unit> teams;

    public void load() {
        try {
            account = admin.account(username);
            teamId = account.teamId();
        } catch (Refusal refusal) {
            Pages.show(refusal, java.util.Map.of());
        }
    }

    private String act(Supplier<AccountAdminService.AccountView> action, String done) {
        try {
            account = action.get();
            Pages.info(done);
        } catch (Refusal refusal) {
            Pages.show(refusal, java.util.Map.of());
        }
        return null;
    }

    public String disable() {
        return act(() -> admin.disable(username), "The account is disabled and its sessions have ended.");
    }

    public String enable() {
        return act(() -> admin.enable(username), "The account is enabled again.");
    }

    public String unlock() {
        return act(() -> admin.unlock(username), "Anyone may try to sign in as this user again at once.");
    }

    public String signOut() {
        return act(() -> admin.signOutEverywhere(username), "Every session of this account has ended.");
    }

    public String resetTwoFactor() {
        return act(() -> admin.resetTwoFactor(username),
                "The authenticator is forgotten: a new one is set up at next sign-in.");
    }

    public String resetPassword() {
        return act(() -> {
            AccountAdminService.Created created = admin.requireNewPassword(username);
            oneTimePassword = created.oneTimePassword();
            return created.account();
        }, "A one-time password has been set. Give it to the person; they choose their own at next sign-in.");
    }

    public String move() {
        try {
            openCases = admin.moveToTeam(username, teamId);
            account = admin.account(username);
            Pages.info("Moved. " + (openCases.isEmpty() ? "They hold no open cases."
                    : "Their team lead should reassign the open cases listed below."));
        } catch (Refusal refusal) {
            Pages.show(refusal, java.util.Map.of("team", "moveForm:team"));
        }
        return null;
    }

    public List<AccountAdminService.Unit> getTeams() {
        if (teams == null) {
            teams = admin.teams().stream().filter(AccountAdminService.Unit::isActive).toList();
        }
        return teams;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AccountAdminService.AccountView getAccount() {
        return account;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<AccountAdminService.OpenCase> getOpenCases() {
        return openCases;
    }
}
