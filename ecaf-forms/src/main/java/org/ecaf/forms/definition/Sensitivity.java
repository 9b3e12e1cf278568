package org.ecaf.forms.definition;

/** How sensitive a field's answer is; drives what a recipient's copy leaves out. */
public enum Sensitivity {
    /** Ordinary information about the child. */
    NONE,
    /** Health information about the child or a family member. */
    HEALTH,
    /** Information about people other than the child (parents, carers, household members, relatives). */
    THIRD_PARTY,
    /** Where someone lives or how to reach them; never shown on a shielded record's copy. */
    ADDRESS,
    /** Concerns about harm; for practitioners only. */
    SAFEGUARDING
}
