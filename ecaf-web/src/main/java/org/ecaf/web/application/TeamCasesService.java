package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.cases.TeamCaseQuery;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.application.view.PersonRef;
import org.ecaf.web.application.view.TeamCaseList;

/**
 * A team lead's list of their own team's cases, filtered, sorted and paged. Only a team lead with a team may ask
 * ({@code NOT_TEAM_LEAD} otherwise), and only their own team's cases are ever listed; every read is audited as a
 * list read with its filters. The database narrows by state, practitioner and text; what is overdue is decided by
 * the dashboard's own rules ({@link TeamFigures}), so a figure and the list behind it always agree.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class TeamCasesService {

    /** Cases on one page. */
    public static final int PAGE_SIZE = 50;

    @Inject
    CaseRepository cases;

    @Inject
    OrganisationRepository organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessDecisions access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /**
     * One page of the caller's team's cases. Every filter may be blank (any); an unknown value is refused naming the
     * parameter, and nothing is read.
     */
    public TeamCaseList list(String state, String allocatedTo, String due, String q, String sort, String page) {
        TeamCaseList.Filters filters = new TeamCaseList.Filters(blankToNull(state), blankToNull(allocatedTo),
                blankToNull(due), blankToNull(q), blankToNull(sort));
        return Audited.run(audit, "team.cases.list", "team", teamIdOrNull(), () -> {
            Team team = ledTeam();
            List<Violation> problems = new ArrayList<>();
            CaseState wantedState = null;
            boolean openOnly = false;
            if (filters.state() != null) {
                if ("open".equalsIgnoreCase(filters.state())) {
                    openOnly = true;
                } else {
                    wantedState = parse(CaseState.class, filters.state(), "state", "open", problems);
                }
            }
            Long practitionerId = null;
            boolean withoutHolder = false;
            if (filters.allocatedTo() != null) {
                if ("none".equalsIgnoreCase(filters.allocatedTo())) {
                    withoutHolder = true;
                } else {
                    practitionerId = practitionerId(filters.allocatedTo(), problems);
                }
            }
            TeamCases.Due wantedDue = filters.due() == null ? null
                    : parse(TeamCases.Due.class, filters.due(), "due", null, problems);
            TeamCases.Sort order = filters.sort() == null ? TeamCases.Sort.DUE
                    : parse(TeamCases.Sort.class, filters.sort(), "sort", null, problems);
            int pageNumber = pageNumber(page, problems);
            if (filters.q() != null && filters.q().length() > 200) {
                problems.add(new Violation(RefusalCode.TOO_LONG, "q: the text to look for must be 200 characters or fewer.", "q"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            LocalDate today = LocalDate.now(clock);
            Practitioner me = currentUser.get();
            List<CafCase> found = cases.ofTeam(team, new TeamCaseQuery(wantedState, openOnly, practitionerId,
                    withoutHolder, filters.q()));
            if (withoutHolder) {
                found = found.stream().filter(c -> c.currentHolder().isEmpty()).toList();
            }
            List<TeamCaseList.Row> rows = TeamCases.rows(found, access.caseAccessForList(me), wantedDue, order, today);
            int from = Math.min(rows.size(), (pageNumber - 1) * PAGE_SIZE);
            int to = Math.min(rows.size(), from + PAGE_SIZE);
            return new TeamCaseList(team.getName(), today, filters, List.copyOf(rows.subList(from, to)), pageNumber,
                    PAGE_SIZE, rows.size(), holders(team));
        }, list -> list.total() + " case(s), page " + list.page() + describe(filters));
    }

    /** The practitioners a case of the caller's team can be allocated to, by name. */
    public List<PersonRef> practitioners() {
        return Audited.run(audit, "team.practitioners.list", "team", teamIdOrNull(), () -> holders(ledTeam()),
                list -> list.size() + " practitioner(s)");
    }

    private List<PersonRef> holders(Team team) {
        return organisation.members(team).stream()
                .filter(p -> p.isActive() && (p.hasRole(Role.PRACTITIONER) || p.hasRole(Role.TEAM_LEAD)))
                .sorted(Comparator.comparing(Practitioner::getDisplayName))
                .map(PersonRef::of).toList();
    }

    private Team ledTeam() {
        Practitioner me = access.staff();
        if (!me.hasRole(Role.TEAM_LEAD) || me.getTeam() == null) {
            throw new AccessDenied(RefusalCode.NOT_TEAM_LEAD,
                    "Only a team lead can see the list of their team's cases.");
        }
        return me.getTeam();
    }

    private Long teamIdOrNull() {
        return currentUser.find().map(Practitioner::getTeam).map(Team::getId).orElse(null);
    }

    private Long practitionerId(String text, List<Violation> problems) {
        try {
            long id = Long.parseLong(text.strip());
            if (organisation.practitioner(id).isEmpty()) {
                problems.add(new Violation(RefusalCode.UNKNOWN_PRACTITIONER, "allocatedTo: there is no practitioner " + id + ".",
                        "allocatedTo"));
            }
            return id;
        } catch (NumberFormatException e) {
            problems.add(new Violation(RefusalCode.UNKNOWN_OPTION,
                    "allocatedTo must be a practitioner's id or \"none\".",
                    "allocatedTo"));
            return null;
        }
    }

    private static int pageNumber(String page, List<Violation> problems) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Violation(RefusalCode.NOT_A_PAGE, "page must be a whole number from 1.", "page"));
        return 1;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String parameter, String extra,
                                               List<Violation> problems) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>(Arrays.stream(type.getEnumConstants()).map(c -> c.name()
                    .toLowerCase(Locale.ROOT)).toList());
            if (type == CaseState.class) {
                allowed = new ArrayList<>(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            }
            if (extra != null) {
                allowed.add(0, extra);
            }
            problems.add(new Violation(RefusalCode.UNKNOWN_OPTION, parameter + " must be one of " + String.join(", ", allowed)
                    + ".", parameter));
            return null;
        }
    }

    private static String describe(TeamCaseList.Filters f) {
        StringBuilder out = new StringBuilder();
        append(out, "state", f.state());
        append(out, "allocatedTo", f.allocatedTo());
        append(out, "due", f.due());
        append(out, "q", f.q() == null ? null : "(" + f.q().length() + " characters)");
        append(out, "sort", f.sort());
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(out.length() == 0 ? "; " : ", ").append(name).append('=').append(value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
