package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.AccountAdminService;

/** Agencies and teams: create, rename, deactivate and reactivate. */
@Named
@ViewScoped
public class AdminOrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountAdminService admin;

    private String agencyCode;
    private String agencyName;
    private String agencyKind = "LOCAL_AUTHORITY";
    private String teamCode;
    private String teamName;
    private Long teamAgencyId;
    private Long renameId;
    private String newName;
    private boolean renameTeam;
    private transient List<AccountAdminService.Unit> agencies;
    private transient List<AccountAdminService.Unit> teams;

    public List<AccountAdminService.Unit> getAgencies() {
        if (agencies == null) {
            agencies = admin.agencies();
        }
        return agencies;
    }

    public List<AccountAdminService.Unit> getTeams() {
        if (teams == null) {
            teams = admin.teams();
        }
        return teams;
    }

    private void changed() {
        agencies = null;
        teams = null;
    }

    public String createAgency() {
        try {
            AccountAdminService.Unit a = admin.createAgency(agencyCode, agencyName, agencyKind);
            Pages.info("Agency " + a.name() + " created.");
            agencyCode = null;
            agencyName = null;
            changed();
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of("code", "agencyForm:agencyCode", "name", "agencyForm:agencyName",
                    "kind", "agencyForm:agencyKind"));
        }
        return null;
    }

    public String createTeam() {
        try {
            AccountAdminService.Unit t = admin.createTeam(teamCode, teamName, teamAgencyId);
            Pages.info("Team " + t.name() + " created.");
            teamCode = null;
            teamName = null;
            changed();
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of("code", "teamForm:teamCode", "name", "teamForm:teamName",
                    "agency", "teamForm:teamAgency"));
        }
        return null;
    }

    public String setActive(long id, boolean team, boolean active) {
        try {
            if (team) {
                admin.setTeamActive(id, active);
            } else {
                admin.setAgencyActive(id, active);
            }
            Pages.info(active ? "Reactivated." : "Deactivated: it keeps its records but takes no new members.");
            changed();
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of());
        }
        return null;
    }

    public String rename() {
        try {
            if (renameId == null) {
                return null;
            }
            if (renameTeam) {
                admin.renameTeam(renameId, newName);
            } else {
                admin.renameAgency(renameId, newName);
            }
            Pages.info("Renamed to " + newName.strip() + ".");
            newName = null;
            changed();
        } catch (Refusal refusal) {
            Pages.show(refusal, Map.of("name", "renameForm:newName"));
        }
        return null;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public void setAgencyName(String agencyName) {
        this.agencyName = agencyName;
    }

    public String getAgencyKind() {
        return agencyKind;
    }

    public void setAgencyKind(String agencyKind) {
        this.agencyKind = agencyKind;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public void setTeamCode(String teamCode) {
        this.teamCode = teamCode;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public Long getTeamAgencyId() {
        return teamAgencyId;
    }

    public void setTeamAgencyId(Long teamAgencyId) {
        this.teamAgencyId = teamAgencyId;
    }

    public Long getRenameId() {
        return renameId;
    }

    public void setRenameId(Long renameId) {
        this.renameId = renameId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public boolean isRenameTeam() {
        return renameTeam;
    }

    public void setRenameTeam(boolean renameTeam) {
        this.renameTeam = renameTeam;
    }
}
