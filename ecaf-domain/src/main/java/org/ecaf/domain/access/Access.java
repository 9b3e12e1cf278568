package org.ecaf.domain.access;

/** How much of a record a person may see, derived from {@link AccessPolicy}. */
public enum Access {
    /** Nothing: to this person the record does not exist (404). */
    NONE,
    /** A summary: enough to recognise the child and find who holds the case; never an address or a contact. */
    RESTRICTED,
    /** Everything the record holds. */
    FULL
}
