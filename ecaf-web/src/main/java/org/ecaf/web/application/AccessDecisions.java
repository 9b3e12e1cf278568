package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.access.AccessGrants;
import org.ecaf.domain.access.AccessPolicy;
import org.ecaf.domain.access.Operation;
import org.ecaf.domain.access.RecordKind;
import org.ecaf.domain.access.Relation;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.OutOfReach;
import org.ecaf.domain.shared.RefusalCode;

/**
 * Asks {@link AccessPolicy} on behalf of the services: works out how the signed-in person stands to a case or a
 * child (with the facts the policy needs: the child's cases, access grants) and refuses what the table does not
 * allow. Outside a record's reach the answer is the same {@code NOT_FOUND} as for a record that does not exist;
 * {@code 403} only where the person already knows the record.
 */
@ApplicationScoped
public class AccessDecisions {

    @Inject
    CaseRepository cases;

    @Inject
    AccessGrants grants;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The signed-in practitioner or team lead; an administrator is refused whatever record is asked for. */
    public Practitioner staff() {
        Practitioner me = currentUser.get();
        if (!AccessPolicy.isStaff(me)) {
            throw new AccessDenied(RefusalCode.NO_CASE_ACCESS,
                    "Administrators manage accounts and forms; they do not see "
                    + "children's records or cases.");
        }
        return me;
    }

    public Set<Relation> toCase(Practitioner me, CafCase c) {
        return AccessPolicy.toCase(me, c, grants.active(me, c.getChild(), OffsetDateTime.now(clock)));
    }

    public Set<Relation> toChild(Practitioner me, Child child) {
        List<CafCase> ofChild = child.getId() == null ? List.of() : cases.ofChild(child);
        return AccessPolicy.toChild(me, child, ofChild, grants.active(me, child, OffsetDateTime.now(clock)));
    }

    public boolean permits(Set<Relation> relations, CafCase c, RecordKind kind, Operation op) {
        return AccessPolicy.permits(relations, c.getChild().isShielded(), kind, op);
    }

    public boolean permits(Set<Relation> relations, Child child, RecordKind kind, Operation op) {
        return AccessPolicy.permits(relations, child.isShielded(), kind, op);
    }

    public Access caseAccess(Practitioner me, CafCase c) {
        return AccessPolicy.caseAccess(toCase(me, c), c.getChild().isShielded());
    }

    /**
     * {@link #caseAccess(Practitioner, CafCase)} for the cases of a list: the person's grants are read once, not once
     * per case (a team's list of hundreds of cases made hundreds of queries).
     */
    public Function<CafCase, Access> caseAccessForList(Practitioner me) {
        Set<Long> granted = grants.childrenGranted(me, OffsetDateTime.now(clock));
        return c -> AccessPolicy.caseAccess(AccessPolicy.toCase(me, c, granted.contains(c.getChild().getId())),
                c.getChild().isShielded());
    }

    public Access childAccess(Practitioner me, Child child) {
        return AccessPolicy.childAccess(toChild(me, child), child.isShielded());
    }

    /**
     * Refuses unless the signed-in person may {@code op} {@code kind} on {@code c}: {@code NOT_FOUND} when the case is
     * outside their reach (they may not even know it exists), {@code 403} otherwise.
     */
    public Practitioner require(CafCase c, RecordKind kind, Operation op) {
        Practitioner me = staff();
        Set<Relation> relations = toCase(me, c);
        if (!permits(relations, c, RecordKind.CASE_SUMMARY, Operation.READ)) {
            throw new OutOfReach("case " + c.getId());
        }
        if (!permits(relations, c, kind, op)) {
            throw denied(kind, c.getTeam().getName());
        }
        return me;
    }

    /** As {@link #require(CafCase, RecordKind, Operation)}, for a child. */
    public Practitioner require(Child child, RecordKind kind, Operation op) {
        Practitioner me = staff();
        Set<Relation> relations = toChild(me, child);
        RecordKind reach = switch (kind) {
            case CHILD_INDEX, NEW_CASE, CASE_REQUESTS, ACCESS_GRANTS -> RecordKind.CHILD_INDEX;
            default -> RecordKind.CHILD_SUMMARY;
        };
        if (!permits(relations, child, reach, Operation.READ)) {
            throw new OutOfReach("child " + child.getId());
        }
        if (!permits(relations, child, kind, op)) {
            throw denied(kind, null);
        }
        return me;
    }

    private static AccessDenied denied(RecordKind kind, String team) {
        String holder = team == null ? "the team that holds this child's record" : team;
        return switch (kind) {
            case TEAM_LEAD_DECISIONS -> new AccessDenied(RefusalCode.NOT_TEAM_LEAD, "Only a team lead of " + holder
                    + " can make this decision.");
            case CLOSURE -> new AccessDenied(RefusalCode.NOT_TEAM_LEAD_OR_LEAD_PROFESSIONAL,
                    "Only a team lead of " + holder
                    + " or the lead professional can close this case.");
            case NEW_CASE -> new AccessDenied(RefusalCode.NOT_INVOLVED,
                    "Only " + holder + " can open a case for this child. "
                    + "Ask them to add you to the Team Around the Child.");
            case ACCESS_GRANTS -> new AccessDenied(RefusalCode.NOT_INVOLVED,
                    "Access without involvement cannot be recorded "
                    + "here. Ask " + holder + " to add you to the Team Around the Child.");
            case CASE_REQUESTS -> new AccessDenied(RefusalCode.NOT_INVOLVED,
                    "You cannot make or see requests about this case.");
            default -> new AccessDenied(RefusalCode.NOT_INVOLVED,
                    "You are not involved with this record, so you cannot "
                    + (kind == RecordKind.CASE || kind == RecordKind.CHILD_PARTICULARS || kind == RecordKind.FAMILY_MEMBERS
                    ? "see or change it" : "do this") + ". Ask " + holder + " to add you to the Team Around the Child, "
                    + "or record why you need access without involvement.");
        };
    }
}
