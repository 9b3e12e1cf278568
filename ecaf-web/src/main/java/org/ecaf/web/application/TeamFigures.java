package org.ecaf.web.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecaf.domain.cases.ApprovalEvent;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.forms.UkTime;
import org.ecaf.web.application.view.TeamDashboard;
import org.ecaf.web.application.view.TeamDashboard.ApprovalTime;
import org.ecaf.web.application.view.TeamDashboard.ApprovalTimes;
import org.ecaf.web.application.view.TeamDashboard.AwaitingApproval;
import org.ecaf.web.application.view.TeamDashboard.CaseloadRow;
import org.ecaf.web.application.view.TeamDashboard.OverdueAction;
import org.ecaf.web.application.view.TeamDashboard.OverdueReview;
import org.ecaf.web.application.view.TeamDashboard.StateCount;

/**
 * The figures of a team's dashboard, computed from its cases on a given day: no database, no clock, so they can be
 * tested with cases built in memory. Days are whole calendar days in London.
 */
final class TeamFigures {

    static final ZoneId LONDON = UkTime.ZONE;

    private TeamFigures() {
    }

    static TeamDashboard dashboard(String teamName, Collection<CafCase> cases, Collection<Practitioner> members,
                                   LocalDate today, int approvalWindowDays) {
        return new TeamDashboard(teamName, today, (int) cases.stream().filter(TeamFigures::open).count(),
                caseload(cases, members), awaitingApproval(cases, today), overdueReviews(cases, today),
                overdueActions(cases, today), approvalTimes(cases, today, approvalWindowDays), byState(cases),
                (int) cases.stream().filter(c -> staleDraftSince(c, today).isPresent()).count());
    }

    static boolean open(CafCase c) {
        return c.getState() != CaseState.CLOSED;
    }

    /**
     * Open cases per practitioner: each member of the team, and anyone else who is lead professional for one of its
     * open cases, with the cases they opened, wrote, lead or hold, and those allocated to them; sorted by name.
     */
    static List<CaseloadRow> caseload(Collection<CafCase> cases, Collection<Practitioner> members) {
        Map<Practitioner, int[]> counts = new LinkedHashMap<>();
        members.stream().filter(TeamFigures::worksOnCases).forEach(p -> counts.put(p, new int[4]));
        cases.stream().filter(TeamFigures::open).map(CafCase::getLeadProfessional).filter(Objects::nonNull)
                .forEach(p -> counts.putIfAbsent(p, new int[4]));
        for (CafCase c : cases) {
            if (!open(c)) {
                continue;
            }
            for (Map.Entry<Practitioner, int[]> entry : counts.entrySet()) {
                Practitioner p = entry.getKey();
                boolean lead = p.equals(c.getLeadProfessional());
                boolean holds = p.equals(c.getAllocatedTo());
                if (holds) {
                    entry.getValue()[3]++;
                }
                if (lead || holds || p.equals(c.getOpenedBy()) || wrote(c, p)) {
                    entry.getValue()[0]++;
                    if (lead) {
                        entry.getValue()[1]++;
                    }
                    if (c.getState() == CaseState.SUBMITTED) {
                        entry.getValue()[2]++;
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new CaseloadRow(e.getKey().getId() == null ? 0 : e.getKey().getId(),
                        e.getKey().getDisplayName(), e.getKey().getJobTitle(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparing(CaseloadRow::name))
                .toList();
    }

    private static boolean worksOnCases(Practitioner p) {
        return p.isActive() && (p.hasRole(Role.PRACTITIONER) || p.hasRole(Role.TEAM_LEAD));
    }

    private static boolean wrote(CafCase c, Practitioner p) {
        return c.getAssessments().stream().anyMatch(a -> a.authors().contains(p.getUsername()));
    }

    /** Submitted assessments, the longest waiting first. */
    static List<AwaitingApproval> awaitingApproval(Collection<CafCase> cases, LocalDate today) {
        List<AwaitingApproval> waiting = new ArrayList<>();
        for (CafCase c : cases) {
            if (c.getState() != CaseState.SUBMITTED) {
                continue;
            }
            Optional<Assessment> current = c.currentAssessment().filter(a -> a.getSubmittedAt() != null);
            if (current.isEmpty()) {
                continue;
            }
            Assessment a = current.get();
            String submittedBy = c.getApprovals().stream()
                    .filter(e -> e.getKind() == ApprovalEvent.Kind.REQUESTED && e.getAssessment().equals(a))
                    .reduce((first, second) -> second).map(ApprovalEvent::getActorName)
                    .orElseGet(() -> a.latest().map(r -> r.getAuthorName()).orElse("–"));
            waiting.add(new AwaitingApproval(c.getId() == null ? 0 : c.getId(), c.getReference(),
                    c.getChild().displayName(), a.getNumber(), a.latestNumber(), submittedBy, a.getSubmittedAt(),
                    days(londonDate(a.getSubmittedAt()), today)));
        }
        waiting.sort(Comparator.comparing(AwaitingApproval::submittedAt));
        return waiting;
    }

    /** True when the case has an active plan whose review date has passed. */
    static boolean reviewOverdue(CafCase c, LocalDate today) {
        return c.getState() == CaseState.PLAN_ACTIVE && c.getReviewDate() != null && c.getReviewDate().isBefore(today);
    }

    /** The actions of an open case that are overdue on {@code today} (see {@code PlanAction.overdueOn}). */
    static List<PlanAction> overdueActionsOf(CafCase c, LocalDate today) {
        return open(c) ? c.getActions().stream().filter(a -> a.overdueOn(today)).toList() : List.of();
    }

    /**
     * For an open case whose current assessment is a draft nobody has saved for {@value #STALE_DAYS} days or more:
     * the day it was last saved; empty otherwise.
     */
    static Optional<java.time.OffsetDateTime> staleDraftSince(CafCase c, LocalDate today) {
        if (!open(c)) {
            return Optional.empty();
        }
        return c.currentAssessment().filter(a -> a.getStatus() == Assessment.Status.IN_PROGRESS)
                .flatMap(Assessment::latest).map(r -> r.getSavedAt())
                .filter(saved -> days(londonDate(saved), today) >= STALE_DAYS);
    }

    /** A draft untouched this many days is stale (the work tray lists it, the team's case list marks it). */
    static final int STALE_DAYS = 14;

    /** Cases with an active plan whose review date has passed, the most overdue first. */
    static List<OverdueReview> overdueReviews(Collection<CafCase> cases, LocalDate today) {
        return cases.stream()
                .filter(c -> reviewOverdue(c, today))
                .sorted(Comparator.comparing(CafCase::getReviewDate))
                .map(c -> new OverdueReview(c.getId() == null ? 0 : c.getId(), c.getReference(),
                        c.getChild().displayName(), c.getReviewDate(), days(c.getReviewDate(), today),
                        c.getLeadProfessional() == null ? null : c.getLeadProfessional().getDisplayName()))
                .toList();
    }

    /** Actions of open cases that are overdue (see {@code PlanAction.overdueOn}), the oldest date first. */
    static List<OverdueAction> overdueActions(Collection<CafCase> cases, LocalDate today) {
        List<OverdueAction> overdue = new ArrayList<>();
        for (CafCase c : cases) {
            overdueActionsOf(c, today).forEach(a -> overdue.add(new OverdueAction(
                    c.getId() == null ? 0 : c.getId(), c.getReference(), c.getChild().displayName(), a.getWhat(),
                    a.getWho(), a.getByWhen(), a.getStatus().label(), days(a.getByWhen(), today))));
        }
        overdue.sort(Comparator.comparing(OverdueAction::byWhen).thenComparing(OverdueAction::reference));
        return overdue;
    }

    /**
     * Assessments approved in the last {@code windowDays} days (approved on or after {@code today - windowDays}),
     * the latest first, with the days each took from its start to its approval and the median of those days.
     */
    static ApprovalTimes approvalTimes(Collection<CafCase> cases, LocalDate today, int windowDays) {
        LocalDate since = today.minusDays(windowDays);
        List<ApprovalTime> times = new ArrayList<>();
        for (CafCase c : cases) {
            for (Assessment a : c.getAssessments()) {
                if (a.getApprovedAt() == null) {
                    continue;
                }
                LocalDate approvedOn = londonDate(a.getApprovedAt());
                if (approvedOn.isBefore(since)) {
                    continue;
                }
                String approvedBy = c.getApprovals().stream()
                        .filter(e -> e.getKind() == ApprovalEvent.Kind.APPROVED && e.getAssessment().equals(a))
                        .reduce((first, second) -> second).map(ApprovalEvent::getActorName).orElse(a.getApprovedBy());
                times.add(new ApprovalTime(c.getId() == null ? 0 : c.getId(), c.getReference(),
                        c.getChild().displayName(), a.getNumber(), a.getStartedOn(), approvedOn,
                        days(a.getStartedOn(), approvedOn), approvedBy));
            }
        }
        times.sort(Comparator.comparing(ApprovalTime::approvedOn).reversed().thenComparing(ApprovalTime::reference));
        return new ApprovalTimes(windowDays, since, median(times.stream().map(ApprovalTime::days).toList()),
                List.copyOf(times));
    }

    /** How many cases are at each stage, every stage listed in workflow order. */
    static List<StateCount> byState(Collection<CafCase> cases) {
        Map<CaseState, Integer> counts = new EnumMap<>(CaseState.class);
        for (CaseState s : CaseState.values()) {
            counts.put(s, 0);
        }
        cases.forEach(c -> counts.merge(c.getState(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new StateCount(e.getKey().name(), e.getKey().label(), e.getValue()))
                .toList();
    }

    /** The median of whole numbers: the middle one, or the mean of the two middle ones; null when there are none. */
    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    static LocalDate londonDate(java.time.OffsetDateTime at) {
        return at.atZoneSameInstant(LONDON).toLocalDate();
    }
}
