package org.ecaf.domain.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;

/**
 * Who may read and change what, as one table (DESIGN idea 6; {@code docs/security.md} prints the same table and a
 * test holds the two together). A person's {@link Relation}s to a case or a child are worked out from the
 * record; what they may do with each {@link RecordKind} is the union of what their relationships allow, on the
 * ordinary or the shielded table. Every service asks this class; no screen or resource decides access itself.
 */
public final class AccessPolicy {

    /** The columns of the table, in order. */
    public static final List<RecordKind> COLUMNS = List.of(RecordKind.values());

    /*
     * R = read, W = write (change, or for NEW_CASE, CASE_REQUESTS and ACCESS_GRANTS: ask or open), - = nothing.
     * Columns: CHILD_INDEX CHILD_SUMMARY CHILD_PARTICULARS FAMILY_MEMBERS CASE_SUMMARY CASE NEW_CASE ASSESSMENT
     *          TEAM_LEAD_DECISIONS CLOSURE COPIES DISCLOSURES CASE_REQUESTS ACCESS_GRANTS AUDIT
     */
    private static final String[] ORDINARY_ROWS = {
        "ADMINISTRATOR     | -  -  -  -  -  -  -  -  -  -  -  -  -  -  R",
        "HOLDING_TEAM_LEAD | R  R  RW RW R  RW W  RW W  W  RW R  R  R  -",
        "LEAD_PROFESSIONAL | R  R  RW RW R  RW W  RW -  W  RW R  R  R  -",
        "INVOLVED          | R  R  RW RW R  RW W  RW -  -  RW R  -  -  -",
        "TEAM_PRACTITIONER | R  R  RW RW R  RW W  RW -  -  RW R  W  -  -",
        "TAC_MEMBER        | R  R  R  R  R  RW -  R  -  -  -  -  -  -  -",
        "ACCESS_GRANT      | R  R  R  R  R  R  -  R  -  -  -  -  -  -  -",
        "FORMER_HOLDER     | R  R  -  -  R  -  -  -  -  -  -  -  -  -  -",
        "OTHER_TEAM        | R  -  -  -  -  -  W  -  -  -  -  -  W  W  -",
    };

    private static final String[] SHIELDED_ROWS = {
        "ADMINISTRATOR     | -  -  -  -  -  -  -  -  -  -  -  -  -  -  R",
        "HOLDING_TEAM_LEAD | R  R  RW RW R  RW W  RW W  W  RW R  R  R  -",
        "LEAD_PROFESSIONAL | R  R  RW RW R  RW W  RW -  W  RW R  R  R  -",
        "INVOLVED          | R  R  RW RW R  RW W  RW -  -  RW R  -  -  -",
        "TEAM_PRACTITIONER | R  R  -  -  R  -  -  -  -  -  -  -  W  -  -",
        "TAC_MEMBER        | R  R  R  R  R  RW -  R  -  -  -  -  -  -  -",
        "ACCESS_GRANT      | R  -  -  -  -  -  -  -  -  -  -  -  -  -  -",
        "FORMER_HOLDER     | R  R  -  -  R  -  -  -  -  -  -  -  -  -  -",
        "OTHER_TEAM        | R  -  -  -  -  -  -  -  -  -  -  -  W  -  -",
    };

    private static final Map<Relation, Map<RecordKind, Set<Operation>>> ORDINARY = parse(ORDINARY_ROWS);
    private static final Map<Relation, Map<RecordKind, Set<Operation>>> SHIELDED = parse(SHIELDED_ROWS);

    private AccessPolicy() {
    }

    // ---------------------------------------------------------------- the table

    /** What one relationship allows on one kind of record. */
    public static Set<Operation> allowed(Relation relationship, boolean shielded, RecordKind kind) {
        return (shielded ? SHIELDED : ORDINARY).get(relationship).get(kind);
    }

    /** True when any of {@code relationships} allows {@code operation} on {@code kind}. */
    public static boolean permits(Collection<Relation> relationships, boolean shielded, RecordKind kind,
                                  Operation operation) {
        for (Relation r : relationships) {
            if (allowed(r, shielded, kind).contains(operation)) {
                return true;
            }
        }
        return false;
    }

    /** The table as Markdown, exactly as {@code docs/security.md} prints it. */
    public static String markdown(boolean shielded) {
        StringBuilder out = new StringBuilder("| Relationship |");
        COLUMNS.forEach(k -> out.append(' ').append(k.name()).append(" |"));
        out.append("\n|---|");
        COLUMNS.forEach(k -> out.append("---|"));
        for (Relation r : Relation.values()) {
            out.append("\n| ").append(r.name()).append(" |");
            for (RecordKind k : COLUMNS) {
                Set<Operation> ops = allowed(r, shielded, k);
                out.append(' ').append(ops.isEmpty() ? "-" : (ops.contains(Operation.READ) ? "R" : "")
                        + (ops.contains(Operation.WRITE) ? "W" : "")).append(" |");
            }
        }
        return out.append('\n').toString();
    }

    private static Map<Relation, Map<RecordKind, Set<Operation>>> parse(String[] rows) {
        Map<Relation, Map<RecordKind, Set<Operation>>> table = new EnumMap<>(Relation.class);
        for (String row : rows) {
            String[] halves = row.split("\\|");
            Relation r = Relation.valueOf(halves[0].strip());
            String[] cells = halves[1].strip().split("\\s+");
            if (cells.length != COLUMNS.size()) {
                throw new IllegalStateException("access table row " + r + " has " + cells.length + " cells");
            }
            Map<RecordKind, Set<Operation>> byKind = new EnumMap<>(RecordKind.class);
            for (int i = 0; i < cells.length; i++) {
                Set<Operation> ops = EnumSet.noneOf(Operation.class);
                if (cells[i].contains("R")) {
                    ops.add(Operation.READ);
                }
                if (cells[i].contains("W")) {
                    ops.add(Operation.WRITE);
                }
                byKind.put(COLUMNS.get(i), Set.copyOf(ops));
            }
            table.put(r, byKind);
        }
        if (table.size() != Relation.values().length) {
            throw new IllegalStateException("access table lacks a row for some relationship");
        }
        return table;
    }

    // ---------------------------------------------------------------- relationships

    /** True for an active practitioner or team lead: only they have relationships to children and cases. */
    public static boolean isStaff(Practitioner who) {
        return who != null && who.isActive() && (who.hasRole(Role.PRACTITIONER) || who.hasRole(Role.TEAM_LEAD));
    }

    /**
     * How {@code who} stands to {@code cafCase}. {@code grantActive}: {@code who} holds an unexpired access grant for
     * the case's child.
     */
    public static Set<Relation> toCase(Practitioner who, CafCase cafCase, boolean grantActive) {
        Set<Relation> found = new LinkedHashSet<>();
        if (who == null || !who.isActive()) {
            return found;
        }
        if (who.hasRole(Role.ADMIN)) {
            found.add(Relation.ADMINISTRATOR);
        }
        if (!isStaff(who)) {
            return found;
        }
        Team holding = cafCase.getTeam();
        boolean inHoldingTeam = inTeam(who, holding);
        if (who.leads(holding)) {
            found.add(Relation.HOLDING_TEAM_LEAD);
        }
        if (who.equals(cafCase.getLeadProfessional())) {
            found.add(Relation.LEAD_PROFESSIONAL);
        }
        if (inHoldingTeam && who.hasRole(Role.PRACTITIONER)) {
            found.add(cafCase.involvesWithinTeam(who) || who.getUsername().equals(cafCase.getChild().getRegisteredBy())
                    ? Relation.INVOLVED : Relation.TEAM_PRACTITIONER);
        }
        if (cafCase.isTeamAroundTheChildMember(who)) {
            found.add(Relation.TAC_MEMBER);
        }
        if (grantActive && !cafCase.getChild().isShielded()) {
            found.add(Relation.ACCESS_GRANT);
        }
        if (!inHoldingTeam) {
            if (who.getTeam() != null && cafCase.formerTeams().contains(who.getTeam())) {
                found.add(Relation.FORMER_HOLDER);
            }
            found.add(Relation.OTHER_TEAM);
        }
        return found;
    }

    /**
     * How {@code who} stands to {@code child}: through the case that holds the child (the open case; or, when every
     * case is closed, the latest), or, for a child with no case, through the team that registered them.
     */
    public static Set<Relation> toChild(Practitioner who, Child child, Collection<CafCase> casesOfChild,
                                            boolean grantActive) {
        Set<Relation> found = new LinkedHashSet<>();
        if (who == null || !who.isActive()) {
            return found;
        }
        List<CafCase> holding = holdingCases(casesOfChild);
        if (!holding.isEmpty()) {
            holding.forEach(c -> found.addAll(toCase(who, c, grantActive)));
            if (found.contains(Relation.HOLDING_TEAM_LEAD) || found.contains(Relation.INVOLVED)
                    || found.contains(Relation.TEAM_PRACTITIONER)) {
                found.remove(Relation.OTHER_TEAM);
                found.remove(Relation.FORMER_HOLDER);
            }
            return found;
        }
        if (who.hasRole(Role.ADMIN)) {
            found.add(Relation.ADMINISTRATOR);
        }
        if (!isStaff(who)) {
            return found;
        }
        Team registering = child.getRegisteredTeam();
        boolean inTeam = registering != null && inTeam(who, registering);
        if (registering != null && who.leads(registering)) {
            found.add(Relation.HOLDING_TEAM_LEAD);
        }
        if (inTeam && who.hasRole(Role.PRACTITIONER)) {
            found.add(who.getUsername().equals(child.getRegisteredBy()) ? Relation.INVOLVED
                    : Relation.TEAM_PRACTITIONER);
        }
        if (grantActive && !child.isShielded()) {
            found.add(Relation.ACCESS_GRANT);
        }
        if (!inTeam) {
            found.add(Relation.OTHER_TEAM);
        }
        return found;
    }

    /** The case(s) that hold a child: every open case (there should be one), else the most recently opened. */
    public static List<CafCase> holdingCases(Collection<CafCase> casesOfChild) {
        List<CafCase> open = new ArrayList<>(casesOfChild.stream().filter(c -> c.getState() != CaseState.CLOSED).toList());
        if (!open.isEmpty()) {
            return open;
        }
        return casesOfChild.stream().max(java.util.Comparator.comparing(CafCase::getOpenedAt)
                        .thenComparing(c -> c.getId() == null ? 0L : c.getId()))
                .map(List::of).orElse(List.of());
    }

    private static boolean inTeam(Practitioner who, Team team) {
        return who.memberOf(team) || who.leads(team);
    }

    // ---------------------------------------------------------------- levels for views

    /** How much of a case to show: FULL (content), RESTRICTED (summary) or NONE (as if it did not exist). */
    public static Access caseAccess(Set<Relation> relationships, boolean shielded) {
        if (permits(relationships, shielded, RecordKind.CASE, Operation.READ)) {
            return Access.FULL;
        }
        return permits(relationships, shielded, RecordKind.CASE_SUMMARY, Operation.READ) ? Access.RESTRICTED
                : Access.NONE;
    }

    /** How much of a child to show by id: FULL (particulars), RESTRICTED (summary) or NONE. */
    public static Access childAccess(Set<Relation> relationships, boolean shielded) {
        if (permits(relationships, shielded, RecordKind.CHILD_PARTICULARS, Operation.READ)) {
            return Access.FULL;
        }
        return permits(relationships, shielded, RecordKind.CHILD_SUMMARY, Operation.READ) ? Access.RESTRICTED
                : Access.NONE;
    }
}
