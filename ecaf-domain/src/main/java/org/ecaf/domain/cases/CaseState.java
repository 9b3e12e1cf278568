package org.ecaf.domain.cases;

/** Where a CAF episode is. The allowed moves between states are in {@link Transition}. */
public enum CaseState {
    PRE_ASSESSMENT("Pre-assessment"),
    ASSESSMENT_IN_PROGRESS("Assessment in progress"),
    SUBMITTED("Submitted for approval"),
    APPROVED("Assessment approved"),
    PLAN_ACTIVE("Delivery plan active"),
    CLOSED("Closed");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
