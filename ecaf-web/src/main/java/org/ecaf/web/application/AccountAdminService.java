package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.infrastructure.security.AccountDirectory;
import org.ecaf.web.infrastructure.security.AccountIdentityStore;
import org.ecaf.web.infrastructure.security.AccountRules;
import org.ecaf.web.infrastructure.security.Credential;
import org.ecaf.web.infrastructure.security.SignInGuard;

/**
 * What an administrator does with accounts, teams and agencies: create, correct, disable and re-enable, unlock,
 * require a new password, reset a lost authenticator, sign out of every session, move between teams. Only
 * administrators; every act (and every refusal) is audited; nothing here reads or returns case content (moving a
 * practitioner lists only the references and states of the open cases they hold, for their team lead to reassign).
 * Accounts are never deleted: a person who leaves is disabled and keeps their name on what they wrote.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = org.ecaf.domain.shared.Refusal.class)
public class AccountAdminService {

    /** An account as an administrator sees it. */
    public record AccountView(String username, String displayName, String jobTitle, String email, String phone,
                              List<String> roles, Long teamId, String teamName, Long agencyId, String agencyName,
                              boolean active, boolean mustChangePassword, boolean twoFactorEnrolled,
                              boolean throttled, OffsetDateTime lastSignInAt) {

        @JsonbTransient
        public String getUsername() {
            return username;
        }

        @JsonbTransient
        public String getDisplayName() {
            return displayName;
        }

        @JsonbTransient
        public String getRoleList() {
            return String.join(", ", roles);
        }

        @JsonbTransient
        public String getTeamName() {
            return teamName == null ? "" : teamName;
        }

        @JsonbTransient
        public String getAgencyName() {
            return agencyName == null ? "" : agencyName;
        }

        @JsonbTransient
        public boolean isActive() {
            return active;
        }

        @JsonbTransient
        public boolean isMustChangePassword() {
            return mustChangePassword;
        }

        @JsonbTransient
        public boolean isTwoFactorEnrolled() {
            return twoFactorEnrolled;
        }

        @JsonbTransient
        public boolean isThrottled() {
            return throttled;
        }
    }

    /** A new account and its one-time password, to hand to the person (shown once). */
    public record Created(AccountView account, String oneTimePassword) {
        @JsonbTransient
        public AccountView getAccount() {
            return account;
        }

        @JsonbTransient
        public String getOneTimePassword() {
            return oneTimePassword;
        }
    }

    /** An open case someone holds, for their team lead to reassign: reference and state, nothing else. */
    public record OpenCase(String reference, String state, String teamName, String role) {
        @JsonbTransient
        public String getReference() {
            return reference;
        }

        @JsonbTransient
        public String getState() {
            return state;
        }

        @JsonbTransient
        public String getRole() {
            return role;
        }
    }

    /** A team or an agency as the administrator's lists show it. */
    public record Unit(long id, String code, String name, boolean active, Long agencyId, String agencyName,
                       long members) {
        @JsonbTransient
        public long getId() {
            return id;
        }

        @JsonbTransient
        public String getCode() {
            return code;
        }

        @JsonbTransient
        public String getName() {
            return name;
        }

        @JsonbTransient
        public boolean isActive() {
            return active;
        }

        @JsonbTransient
        public String getAgencyName() {
            return agencyName == null ? "" : agencyName;
        }

        @JsonbTransient
        public long getMembers() {
            return members;
        }
    }

    @Inject
    OrganisationRepository organisation;

    @Inject
    CaseRepository cases;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    AccountDirectory directory;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    SignInGuard guard;

    // ---------------------------------------------------------------- accounts

    public List<AccountView> accounts() {
        return admin("admin.accounts.list", null, () -> organisation.accounts().stream()
                .map(this::view).toList());
    }

    public AccountView account(String username) {
        return admin("admin.account.read", username, () -> view(practitioner(username)));
    }

    public Created create(String username, String displayName, String jobTitle, String email, Set<Role> roles,
                          Long teamId, Long agencyId) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return admin("admin.account.create", name, () -> {
            List<Violation> problems = new ArrayList<>();
            if (!AccountRules.validUsername(name)) {
                problems.add(new Violation(RefusalCode.INVALID_USERNAME,
                        "The username must be " + AccountRules.USERNAME_RULE
                        + ".", "username"));
            } else if (organisation.practitioner(name).isPresent()) {
                problems.add(new Violation(RefusalCode.USERNAME_TAKEN, "There is already an account '" + name + "'.",
                        "username"));
            }
            Team team = checkDetails(displayName, roles, teamId, problems);
            Agency agency = agencyFor(team, agencyId, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Practitioner p = new Practitioner(name, displayName.strip(), agency, team, roles)
                    .withContact(blankToNull(jobTitle), blankToNull(email), null);
            organisation.add(p);
            String oneTime = directory.createWithOneTimePassword(name);
            return new Created(view(p), oneTime);
        });
    }

    public AccountView update(String username, String displayName, String jobTitle, String email, String phone,
                              Set<Role> roles, Long agencyId) {
        return admin("admin.account.update", username, () -> {
            Practitioner p = practitioner(username);
            List<Violation> problems = new ArrayList<>();
            Long teamId = p.getTeam() == null ? null : p.getTeam().getId();
            if (p.getUsername().equals(currentUser.username()) && !roles.contains(Role.ADMIN)) {
                problems.add(new Violation(RefusalCode.OWN_ADMIN_ROLE,
                        "You cannot take the administrator role from your own "
                        + "account.", "roles"));
            }
            Team team = checkDetails(displayName, roles, teamId, problems);
            Agency agency = agencyFor(team, agencyId, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            p.update(displayName.strip(), blankToNull(jobTitle), blankToNull(email), blankToNull(phone), agency, roles);
            identityStore.forget(username);
            return view(p);
        });
    }

    public AccountView disable(String username) {
        return admin("admin.account.disable", username, () -> {
            Practitioner p = practitioner(username);
            if (p.getUsername().equals(currentUser.username())) {
                throw new RulesViolated(List.of(Violation.of(RefusalCode.OWN_ACCOUNT,
                        "You cannot disable your own account.")));
            }
            p.deactivate();
            identityStore.forget(username);
            directory.endSessions(username);
            return view(p);
        });
    }

    public AccountView enable(String username) {
        return admin("admin.account.enable", username, () -> {
            Practitioner p = practitioner(username);
            p.activate();
            return view(p);
        });
    }

    /** Every address may try this username again at once (after the person has called, for example). */
    public AccountView unlock(String username) {
        return admin("admin.account.unlock", username, () -> {
            Practitioner p = practitioner(username);
            guard.unlock(username);
            return view(p);
        });
    }

    /** A one-time password the person must change at next sign-in; every session of the account ends. */
    public Created requireNewPassword(String username) {
        return admin("admin.account.password-reset", username, () -> {
            Practitioner p = practitioner(username);
            String oneTime = directory.resetPassword(username);
            identityStore.forget(username);
            return new Created(view(p), oneTime);
        });
    }

    /** A lost phone: the person enrols a new authenticator at next sign-in; their sessions end. */
    public AccountView resetTwoFactor(String username) {
        return admin("admin.account.two-factor-reset", username, () -> {
            Practitioner p = practitioner(username);
            directory.clearSecondFactor(username);
            directory.endSessions(username);
            return view(p);
        });
    }

    public AccountView signOutEverywhere(String username) {
        return admin("admin.account.sign-out", username, () -> {
            Practitioner p = practitioner(username);
            directory.endSessions(username);
            identityStore.forget(username);
            return view(p);
        });
    }

    /** Moves a person to another team; returns the open cases they hold, for their (old) team lead to reassign. */
    public List<OpenCase> moveToTeam(String username, Long teamId) {
        return admin("admin.account.move", username, () -> {
            Practitioner p = practitioner(username);
            Team team = teamId == null ? null : team(teamId);
            if (team != null && !team.isActive()) {
                throw InvalidInput.of(RefusalCode.TEAM_INACTIVE,
                        "The team " + team.getName() + " has been deactivated.", "team");
            }
            if (team == null && (p.hasRole(Role.PRACTITIONER) || p.hasRole(Role.TEAM_LEAD))) {
                throw InvalidInput.of(RefusalCode.TEAM_REQUIRED, "A practitioner or team lead belongs to a team.",
                        "team");
            }
            List<OpenCase> open = openCasesOf(p);
            p.moveTo(team);
            return open;
        });
    }

    public List<OpenCase> openCases(String username) {
        return admin("admin.account.open-cases", username, () -> openCasesOf(practitioner(username)));
    }

    private List<OpenCase> openCasesOf(Practitioner p) {
        return cases.openLedOrOpenedBy(p).stream()
                .map(c -> new OpenCase(c.getReference(), c.getState().name(), c.getTeam().getName(),
                        p.equals(c.getLeadProfessional()) ? "lead professional"
                                : p.equals(c.getOpenedBy()) ? "opened the case" : "allocated to them"))
                .toList();
    }

    // ---------------------------------------------------------------- teams and agencies

    public List<Unit> teams() {
        return admin("admin.teams.list", null, () -> organisation.teams().stream()
                .map(this::unit).toList());
    }

    public List<Unit> agencies() {
        return admin("admin.agencies.list", null, () -> organisation.agencies().stream()
                .map(this::unit).toList());
    }

    public Unit createAgency(String code, String name, String kind) {
        return admin("admin.agency.create", code, () -> {
            List<Violation> problems = new ArrayList<>();
            String c = code(code, problems, Agency.class);
            name(name, problems);
            String k = kind == null || kind.isBlank() ? "OTHER" : kind.strip().toUpperCase(Locale.ROOT);
            if (!k.matches("[A-Z_]{2,40}")) {
                problems.add(new Violation(RefusalCode.INVALID_KIND,
                        "The kind is a word such as LOCAL_AUTHORITY, HEALTH, "
                        + "SCHOOL or OTHER.", "kind"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Agency a = new Agency(c, name.strip(), k);
            organisation.add(a);
            return unit(a);
        });
    }

    public Unit createTeam(String code, String name, Long agencyId) {
        return admin("admin.team.create", code, () -> {
            List<Violation> problems = new ArrayList<>();
            String c = code(code, problems, Team.class);
            name(name, problems);
            Agency agency = null;
            if (agencyId == null) {
                problems.add(new Violation(RefusalCode.REQUIRED, "Choose the agency the team belongs to.", "agency"));
            } else {
                agency = organisation.agency(agencyId).orElse(null);
                if (agency == null || !agency.isActive()) {
                    problems.add(new Violation(RefusalCode.UNKNOWN_AGENCY,
                            "There is no active agency " + agencyId + ".",
                            "agency"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Team t = new Team(c, name.strip(), agency);
            organisation.add(t);
            return unit(t);
        });
    }

    public Unit renameTeam(long id, String name) {
        return admin("admin.team.rename", id, () -> {
            List<Violation> problems = new ArrayList<>();
            name(name, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Team t = team(id);
            t.rename(name.strip());
            return unit(t);
        });
    }

    public Unit renameAgency(long id, String name) {
        return admin("admin.agency.rename", id, () -> {
            List<Violation> problems = new ArrayList<>();
            name(name, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            Agency a = agency(id);
            a.rename(name.strip());
            return unit(a);
        });
    }

    public Unit setTeamActive(long id, boolean active) {
        return admin(active ? "admin.team.reactivate" : "admin.team.deactivate", id, () -> {
            Team t = team(id);
            if (active) {
                t.activate();
            } else {
                t.deactivate();
            }
            return unit(t);
        });
    }

    public Unit setAgencyActive(long id, boolean active) {
        return admin(active ? "admin.agency.reactivate" : "admin.agency.deactivate", id, () -> {
            Agency a = agency(id);
            if (active) {
                a.activate();
            } else {
                a.deactivate();
            }
            return unit(a);
        });
    }

    // ---------------------------------------------------------------- helpers

    private <T> T admin(String action, Object recordId, Supplier<T> work) {
        return Audited.run(audit, action, "account", recordId, () -> {
            Practitioner me = currentUser.get();
            if (!me.hasRole(Role.ADMIN)) {
                throw new AccessDenied(RefusalCode.NOT_AN_ADMINISTRATOR,
                        "Only an administrator can manage accounts, teams and "
                        + "agencies.");
            }
            return work.get();
        }, null);
    }

    private Team checkDetails(String displayName, Set<Role> roles, Long teamId, List<Violation> problems) {
        if (displayName == null || displayName.isBlank()) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Enter the person's name.", "displayName"));
        } else if (displayName.strip().length() > 200) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "The name can have at most 200 characters.",
                    "displayName"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Choose at least one role.", "roles"));
        }
        Team team = null;
        if (teamId != null) {
            team = organisation.team(teamId).orElse(null);
            if (team == null || !team.isActive()) {
                problems.add(new Violation(RefusalCode.UNKNOWN_TEAM, "There is no active team " + teamId + ".",
                        "team"));
                team = null;
            }
        } else if (roles != null && (roles.contains(Role.PRACTITIONER) || roles.contains(Role.TEAM_LEAD))) {
            problems.add(new Violation(RefusalCode.TEAM_REQUIRED, "A practitioner or team lead belongs to a team: choose one.",
                    "team"));
        }
        return team;
    }

    private Agency agencyFor(Team team, Long agencyId, List<Violation> problems) {
        if (team != null) {
            return team.getAgency();
        }
        if (agencyId == null) {
            return null;
        }
        Agency agency = organisation.agency(agencyId).orElse(null);
        if (agency == null) {
            problems.add(new Violation(RefusalCode.UNKNOWN_AGENCY, "There is no agency " + agencyId + ".", "agency"));
        }
        return agency;
    }

    private String code(String code, List<Violation> problems, Class<?> kind) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9][A-Z0-9_-]{1,39}")) {
            problems.add(new Violation(RefusalCode.INVALID_CODE,
                    "The code is 2 to 40 capital letters, digits, '-' or '_'.",
                    "code"));
        } else if (kind == Team.class ? organisation.teamCodeTaken(c) : organisation.agencyCodeTaken(c)) {
            problems.add(new Violation(RefusalCode.CODE_TAKEN, "The code " + c + " is used already.", "code"));
        }
        return c;
    }

    private static void name(String name, List<Violation> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Enter the name.", "name"));
        } else if (name.strip().length() > 200) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "The name can have at most 200 characters.", "name"));
        }
    }

    private Practitioner practitioner(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return organisation.practitioner(name)
                .orElseThrow(() -> new NotFound("account " + name));
    }

    private Team team(long id) {
        return organisation.team(id).orElseThrow(() -> new NotFound("team " + id));
    }

    private Agency agency(long id) {
        return organisation.agency(id).orElseThrow(() -> new NotFound("agency " + id));
    }

    private AccountView view(Practitioner p) {
        Credential c = directory.credentialOf(p.getUsername()).orElse(null);
        return new AccountView(p.getUsername(), p.getDisplayName(), p.getJobTitle(), p.getEmail(), p.getPhone(),
                p.getRoles().stream().map(Role::name).sorted().toList(),
                p.getTeam() == null ? null : p.getTeam().getId(), p.getTeam() == null ? null : p.getTeam().getName(),
                p.getAgency() == null ? null : p.getAgency().getId(),
                p.getAgency() == null ? null : p.getAgency().getName(), p.isActive(),
                c != null && c.isMustChange(), c != null && c.isTwoFactorEnrolled(), guard.throttled(p.getUsername()),
                c == null ? null : c.getLastSignInAt());
    }

    private Unit unit(Team t) {
        long members = organisation.memberCount(t);
        return new Unit(t.getId(), t.getCode(), t.getName(), t.isActive(), t.getAgency().getId(),
                t.getAgency().getName(), members);
    }

    private Unit unit(Agency a) {
        long members = organisation.memberCount(a);
        return new Unit(a.getId(), a.getCode(), a.getName(), a.isActive(), null, null, members);
    }

    static Set<Role> roles(List<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String n : names) {
                try {
                    roles.add(Role.valueOf(n.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw InvalidInput.of(RefusalCode.UNKNOWN_ROLE,
                            "A role is one of PRACTITIONER, TEAM_LEAD, ADMIN.", "roles");
                }
            }
        }
        return roles;
    }

    /** Parses role names from a form or JSON body. */
    public static Set<Role> parseRoles(List<String> names) {
        return roles(names);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
