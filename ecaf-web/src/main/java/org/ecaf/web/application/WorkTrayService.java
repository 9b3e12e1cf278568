package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.cases.ApprovalEvent;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.forms.UkTime;

/**
 * A practitioner's work tray: on the cases they work on (those {@code CaseRepository.involving} them, with full
 * access), what needs them now: assessments a team lead returned (with the comment), drafts nobody has saved for
 * {@value #STALE_DAYS} days, plan actions due within {@value #SOON_DAYS} days or overdue, and reviews due within
 * {@value #SOON_DAYS} days or overdue, and cases a team lead allocated to them in the last {@value #SOON_DAYS} days.
 * One audited read.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class WorkTrayService {

    /** A draft untouched this many days is listed. */
    public static final int STALE_DAYS = TeamFigures.STALE_DAYS;
    /** Actions and reviews due within this many days are listed (and every overdue one). */
    public static final int SOON_DAYS = 14;
    private static final ZoneId LONDON = UkTime.ZONE;

    @Inject
    CaseRepository cases;

    @Inject
    AccessDecisions access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** A returned assessment waiting for changes. */
    public record Returned(long caseId, String reference, String childName, String returnedBy, OffsetDateTime at,
                           String comment) implements java.io.Serializable {
    }

    /** A draft assessment nobody has saved for a while. */
    public record StaleDraft(long caseId, String reference, String childName, OffsetDateTime lastSaved, long days)
            implements java.io.Serializable {
    }

    /** A plan action due soon or overdue. */
    public record DueAction(long caseId, String reference, String childName, String what, String who,
                            LocalDate byWhen, boolean overdue, long days) implements java.io.Serializable {
    }

    /** A review due soon or overdue. */
    public record DueReview(long caseId, String reference, String childName, LocalDate reviewDate, boolean overdue,
                            long days) implements java.io.Serializable {
    }

    /** A case a team lead allocated to the practitioner in the last {@value #SOON_DAYS} days: by whom, when, what they said. */
    public record Allocated(long caseId, String reference, String childName, String allocatedBy, OffsetDateTime at,
                            String summary) implements java.io.Serializable {
    }

    /** The tray; {@code empty()} when nothing needs the practitioner. */
    public record WorkTray(List<Returned> returned, List<StaleDraft> staleDrafts, List<DueAction> actions,
                           List<DueReview> reviews, List<Allocated> allocated) implements java.io.Serializable {
        public static final WorkTray NONE = new WorkTray(List.of(), List.of(), List.of(), List.of(), List.of());

        public boolean nothingToDo() {
            return returned.isEmpty() && staleDrafts.isEmpty() && actions.isEmpty() && reviews.isEmpty()
                    && allocated.isEmpty();
        }

        public int size() {
            return returned.size() + staleDrafts.size() + actions.size() + reviews.size() + allocated.size();
        }
    }

    /** The signed-in practitioner's tray. */
    public WorkTray mine() {
        return Audited.run(audit, "worktray.read", "case", null, () -> {
            Practitioner me = access.staff();
            LocalDate today = LocalDate.now(clock);
            List<Returned> returned = new ArrayList<>();
            List<StaleDraft> stale = new ArrayList<>();
            List<DueAction> actions = new ArrayList<>();
            List<DueReview> reviews = new ArrayList<>();
            List<Allocated> allocated = new ArrayList<>();
            Function<CafCase, Access> accessTo = access.caseAccessForList(me);
            for (CafCase c : cases.involving(me)) {
                if (c.getState() == CaseState.CLOSED || accessTo.apply(c) != Access.FULL) {
                    continue;
                }
                String child = c.getChild().displayName();
                if (me.equals(c.getAllocatedTo())) {
                    c.getEvents().stream().filter(e -> CafCase.ALLOCATED_EVENT.equals(e.getKind())).reduce((a, b) -> b)
                            .filter(e -> daysBetween(e.getOccurredAt().atZoneSameInstant(LONDON).toLocalDate(), today)
                                    <= SOON_DAYS)
                            .ifPresent(e -> allocated.add(new Allocated(c.getId(), c.getReference(), child,
                                    e.getActor(), e.getOccurredAt(), e.getSummary())));
                }
                c.openReturn().ifPresent(r -> returned.add(returnedOf(c, child, r)));
                TeamFigures.staleDraftSince(c, today).ifPresent(saved -> stale.add(new StaleDraft(c.getId(), c.getReference(), child, saved,
                                daysBetween(saved.atZoneSameInstant(LONDON).toLocalDate(), today))));
                for (PlanAction a : c.getActions()) {
                    boolean open = a.getStatus() == PlanAction.Status.NOT_STARTED
                            || a.getStatus() == PlanAction.Status.IN_PROGRESS;
                    if (open && a.getByWhen() != null && !a.getByWhen().isAfter(today.plusDays(SOON_DAYS))) {
                        actions.add(new DueAction(c.getId(), c.getReference(), child, a.getWhat(), a.getWho(),
                                a.getByWhen(), a.overdueOn(today), Math.abs(daysBetween(today, a.getByWhen()))));
                    }
                }
                LocalDate review = c.getReviewDate();
                if (review != null && !review.isAfter(today.plusDays(SOON_DAYS))) {
                    reviews.add(new DueReview(c.getId(), c.getReference(), child, review, review.isBefore(today),
                            Math.abs(daysBetween(today, review))));
                }
            }
            returned.sort(Comparator.comparing(Returned::at));
            stale.sort(Comparator.comparing(StaleDraft::lastSaved));
            actions.sort(Comparator.comparing(DueAction::byWhen));
            reviews.sort(Comparator.comparing(DueReview::reviewDate));
            allocated.sort(Comparator.comparing(Allocated::at).reversed());
            return new WorkTray(List.copyOf(returned), List.copyOf(stale), List.copyOf(actions), List.copyOf(reviews),
                    List.copyOf(allocated));
        }, tray -> tray.size() + " item(s)");
    }

    private static Returned returnedOf(CafCase c, String child, ApprovalEvent r) {
        return new Returned(c.getId(), c.getReference(), child, r.getActorName(), r.getOccurredAt(), r.getComment());
    }

    private static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
