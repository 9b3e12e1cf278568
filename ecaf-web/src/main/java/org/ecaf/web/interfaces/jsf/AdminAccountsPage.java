package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.AccountAdminService;

/** The administrator's list of accounts and the form that creates one. */
@Named
@ViewScoped
public class AdminAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountAdminService admin;

    private String username;
    private String displayName;
    private String jobTitle;
    private String email;
    private List<String> roles = new ArrayList<>();
    private Long teamId;
    private AccountAdminService.Created created;
    private transient List<AccountAdminService.AccountView> accounts;
    private transient List<AccountAdminService.Unit> teams;

    public List<AccountAdminService.AccountView> getAccounts() {
        if (accounts == null) {
            accounts = admin.accounts();
        }
        return accounts;
    }

    public List<AccountAdminService.Unit> getTeams() {
        if (teams == null) {
            teams = admin.teams().stream().filter(AccountAdminService.Unit::isActive).toList();
        }
        return teams;
    }

    public String create() {
        try {
            created = admin.create(username, displayName, jobTitle, email, AccountAdminService.parseRoles(roles),
                    teamId, null);
            accounts = null;
            username = null;
            displayName = null;
            jobTitle = null;
            email = null;
            roles = new ArrayList<>();
            teamId = null;
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of("username", "createForm:username", "displayName", "createForm:displayName",
                    "roles", "createForm:roles", "team", "createForm:team"));
        }
        return null;
    }

    public AccountAdminService.Created getCreated() {
        return created;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }
}
