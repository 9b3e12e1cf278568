package org.ecaf.domain.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    /** It happened. */
    SUCCESS,
    /** The person was not allowed to do it. */
    DENIED,
    /** A rule refused it (a violation with its code). */
    REFUSED,
    /** It failed for a technical reason. */
    FAILED
}
