package org.ecaf.domain.audit;

import java.util.Objects;

/**
 * What is to be audited, before it gets its place in the chain.
 *
 * @param actor      the username, or {@code anonymous}/{@code system}
 * @param action     a stable dotted name such as {@code case.read} or {@code login}
 * @param recordType the kind of record ({@code case}, {@code child}, …), or null
 * @param recordId   its identifier, or null
 * @param outcome    how it ended
 * @param detail     codes and identifiers; never a child's details
 */
public record AuditEntry(String actor, String action, String recordType, String recordId, AuditOutcome outcome,
                         String detail) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (detail != null && detail.length() > 1000) {
            detail = detail.substring(0, 999) + "…";
        }
    }
}
