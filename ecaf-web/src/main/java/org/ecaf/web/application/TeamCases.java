package org.ecaf.web.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.web.application.view.PersonRef;
import org.ecaf.web.application.view.TeamCaseList.Row;

/**
 * The rows of a team lead's case list, computed from cases on a given day with the dashboard's own rules
 * ({@link TeamFigures}): what is overdue, the next date due, the "due" filter and the order. No database, no clock.
 */
final class TeamCases {

    /** What the "due" filter keeps. */
    enum Due {
        /** anything overdue: an action, the review, or a draft untouched for 14 days */
        OVERDUE,
        /** an overdue plan action */
        ACTIONS,
        /** the review date has passed */
        REVIEW,
        /** a draft assessment nobody has saved for 14 days */
        DRAFT
    }

    /** How the list is ordered. */
    enum Sort {
        /** overdue first, then the next date due, then by reference */
        DUE,
        REFERENCE,
        CHILD,
        ALLOCATED
    }

    private TeamCases() {
    }

    /** True when {@code c} is kept by the "due" filter on {@code today}; a null filter keeps every case. */
    static boolean matches(CafCase c, Due due, LocalDate today) {
        if (due == null) {
            return true;
        }
        boolean actions = !TeamFigures.overdueActionsOf(c, today).isEmpty();
        boolean review = TeamFigures.reviewOverdue(c, today);
        boolean draft = TeamFigures.staleDraftSince(c, today).isPresent();
        return switch (due) {
            case OVERDUE -> actions || review || draft;
            case ACTIONS -> actions;
            case REVIEW -> review;
            case DRAFT -> draft;
        };
    }

    /** What is overdue on the case, in plain words, in the order actions, review, draft. */
    static List<String> overdue(CafCase c, LocalDate today) {
        List<String> words = new ArrayList<>();
        int actions = TeamFigures.overdueActionsOf(c, today).size();
        if (actions > 0) {
            words.add(actions + (actions == 1 ? " action overdue" : " actions overdue"));
        }
        if (TeamFigures.reviewOverdue(c, today)) {
            words.add("Review overdue");
        }
        TeamFigures.staleDraftSince(c, today).ifPresent(saved -> {
            long days = TeamFigures.days(TeamFigures.londonDate(saved), today);
            words.add("Draft untouched for " + days + " days");
        });
        return List.copyOf(words);
    }

    /** The earliest date of an open plan action, or of the review when the plan is active; empty for a closed case. */
    static Optional<LocalDate> nextDue(CafCase c) {
        if (!TeamFigures.open(c)) {
            return Optional.empty();
        }
        Stream<LocalDate> actions = c.getActions().stream()
                .filter(a -> a.getStatus() == PlanAction.Status.NOT_STARTED || a.getStatus() == PlanAction.Status.IN_PROGRESS)
                .map(PlanAction::getByWhen);
        Stream<LocalDate> review = c.getState() == org.ecaf.domain.cases.CaseState.PLAN_ACTIVE
                ? Stream.ofNullable(c.getReviewDate()) : Stream.empty();
        return Stream.concat(actions, review).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder());
    }

    /** One row; the child's name only where the viewer may see it ({@code access} FULL or RESTRICTED). */
    static Row row(CafCase c, Access access, LocalDate today) {
        boolean named = access == Access.FULL || access == Access.RESTRICTED;
        Practitioner holder = c.getAllocatedTo();
        return new Row(c.getId() == null ? 0 : c.getId(), c.getReference(), c.getChild().getId(),
                named ? c.getChild().displayName() : null, c.getState().name(), c.getState().label(),
                PersonRef.of(holder), holder != null && c.currentHolder().isEmpty(), nextDue(c).orElse(null),
                access == Access.FULL ? overdue(c, today) : List.of());
    }

    /** The cases kept by {@code due} that the viewer may know of, as rows in the order {@code sort}. */
    static List<Row> rows(Collection<CafCase> cases, java.util.function.Function<CafCase, Access> access, Due due,
                          Sort sort, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        for (CafCase c : cases) {
            Access level = access.apply(c);
            if (level != Access.NONE && matches(c, due, today)) {
                rows.add(row(c, level, today));
            }
        }
        rows.sort(order(sort));
        return List.copyOf(rows);
    }

    static Comparator<Row> order(Sort sort) {
        Comparator<Row> byReference = Comparator.comparing(Row::reference);
        return switch (sort) {
            case REFERENCE -> byReference;
            case CHILD -> Comparator.comparing((Row r) -> r.childName() == null ? "" : r.childName().toLowerCase(Locale.ROOT))
                    .thenComparing(byReference);
            case ALLOCATED -> Comparator.comparing((Row r) -> r.allocatedTo() == null || r.allocatedLeftTeam() ? ""
                            : r.allocatedTo().name().toLowerCase(Locale.ROOT)).thenComparing(byReference);
            case DUE -> Comparator.comparing((Row r) -> !r.isOverdue())
                    .thenComparing(Row::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(byReference);
        };
    }
}
