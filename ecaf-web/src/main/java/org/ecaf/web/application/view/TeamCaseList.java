package org.ecaf.web.application.view;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a team lead's list of their team's cases, with the filters it was asked with (so a page can show them
 * and link to the next page), the practitioners a case can be allocated to, and how many cases matched in all.
 */
public record TeamCaseList(String team, LocalDate today, Filters filters, List<Row> rows, int page, int pageSize,
                           int total, List<PersonRef> practitioners) implements java.io.Serializable {

    /** Filters as given: {@code state} a state's code or {@code open}; {@code allocatedTo} a practitioner's id or
     *  {@code none}; {@code due} {@code overdue}, {@code actions}, {@code review} or {@code draft}; {@code q} text in
     *  the reference or child's name; {@code sort} {@code due}, {@code reference}, {@code child} or {@code allocated}. */
    public record Filters(String state, String allocatedTo, String due, String q, String sort)
            implements java.io.Serializable {
    }

    /**
     * A case in the list. {@code allocatedLeftTeam}: the practitioner it is allocated to no longer works in the team.
     * {@code nextDue}: the earliest date of an open plan action or of the review (when the plan is active);
     * {@code overdue} lists in plain words what is overdue (empty when nothing is).
     */
    public record Row(long caseId, String reference, Long childId, String childName, String state, String stateLabel,
                      PersonRef allocatedTo, boolean allocatedLeftTeam, LocalDate nextDue, List<String> overdue)
            implements java.io.Serializable {

        public boolean isOverdue() {
            return !overdue.isEmpty();
        }
    }

    /** How many pages the matching cases fill (at least one). */
    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** The position of the first row on this page, from 1 (0 when nothing matched). */
    public int first() {
        return rows.isEmpty() ? 0 : (page - 1) * pageSize + 1;
    }

    public int last() {
        return rows.isEmpty() ? 0 : first() + rows.size() - 1;
    }
}
