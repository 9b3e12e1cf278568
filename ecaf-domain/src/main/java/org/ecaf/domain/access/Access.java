package org.ecaf.domain.access;

/** How much of a record a person may see. */
public enum Access {
    /** Nothing: the record is refused. */
    NONE,
    /** Name, age band and the lead professional's contact only (a shielded child, someone not directly involved). */
    RESTRICTED,
    /** Everything, and for a case the right to work on it. */
    FULL
}
