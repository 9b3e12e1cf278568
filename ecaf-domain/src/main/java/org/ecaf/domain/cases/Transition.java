package org.ecaf.domain.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The case workflow as one table: each step, the states it may start from and the state it leads to.
 * pre-assessment → assessment in progress → submitted → approved (or returned → in progress) → plan active →
 * (reviews) → closed; after approval a reassessment goes back to in progress; a closed case can be reopened by a team
 * lead. {@code CafCase} changes state only through this table (its {@code moveTo}).
 */
public enum Transition {
    START_ASSESSMENT(EnumSet.of(CaseState.PRE_ASSESSMENT), CaseState.ASSESSMENT_IN_PROGRESS, "start an assessment"),
    START_REASSESSMENT(EnumSet.of(CaseState.APPROVED, CaseState.PLAN_ACTIVE), CaseState.ASSESSMENT_IN_PROGRESS,
            "start a reassessment"),
    SUBMIT(EnumSet.of(CaseState.ASSESSMENT_IN_PROGRESS), CaseState.SUBMITTED, "submit the assessment"),
    APPROVE(EnumSet.of(CaseState.SUBMITTED), CaseState.APPROVED, "approve the assessment"),
    RETURN(EnumSet.of(CaseState.SUBMITTED), CaseState.ASSESSMENT_IN_PROGRESS, "return the assessment"),
    ACTIVATE_PLAN(EnumSet.of(CaseState.APPROVED), CaseState.PLAN_ACTIVE, "make the delivery plan active"),
    RECORD_REVIEW(EnumSet.of(CaseState.PLAN_ACTIVE), CaseState.PLAN_ACTIVE, "record a review"),
    CLOSE(EnumSet.complementOf(EnumSet.of(CaseState.CLOSED)), CaseState.CLOSED, "close the case"),
    REOPEN(EnumSet.of(CaseState.CLOSED), null, "reopen the case");

    private final Set<CaseState> from;
    private final CaseState to;
    private final String description;

    Transition(Set<CaseState> from, CaseState to, String description) {
        this.from = from;
        this.to = to;
        this.description = description;
    }

    public boolean allowedFrom(CaseState state) {
        return from.contains(state);
    }

    public Set<CaseState> from() {
        return from;
    }

    /** The state after the step; null for {@link #REOPEN}, which goes back to the state the case was closed in. */
    public CaseState to() {
        return to;
    }

    public String description() {
        return description;
    }
}
