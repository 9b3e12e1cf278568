package org.ecaf.domain.cases;

/**
 * The filters of a team lead's case list that the database answers: one state (or every open case), the practitioner
 * the case is allocated to (or only cases allocated to nobody in the team), and text found in the case reference or
 * the child's name. Null or false means "any".
 */
public record TeamCaseQuery(CaseState state, boolean openOnly, Long allocatedToId, boolean withoutHolder,
                            String text) {

    public static final TeamCaseQuery ALL = new TeamCaseQuery(null, false, null, false, null);
}
