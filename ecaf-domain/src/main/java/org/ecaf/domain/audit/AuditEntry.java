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

    /** The lengths of the {@code audit_event} columns: every text is bounded to them before it is written. */
    public static final int ACTOR_LENGTH = 60;
    public static final int ACTION_LENGTH = 60;
    public static final int RECORD_TYPE_LENGTH = 40;
    public static final int RECORD_ID_LENGTH = 60;
    public static final int DETAIL_LENGTH = 1000;

    /** Ends a text that was shortened to fit its column. */
    public static final String SHORTENED = "…";

    /**
     * Every text is shortened to its column, ending with {@link #SHORTENED}, so that whatever a request carried
     * (a parameter of any length), its audit event can be written: a refusal is never lost to a database error.
     */
    public AuditEntry {
        actor = bound(Objects.requireNonNull(actor, "actor"), ACTOR_LENGTH);
        action = bound(Objects.requireNonNull(action, "action"), ACTION_LENGTH);
        Objects.requireNonNull(outcome, "outcome");
        recordType = bound(recordType, RECORD_TYPE_LENGTH);
        recordId = bound(recordId, RECORD_ID_LENGTH);
        detail = bound(detail, DETAIL_LENGTH);
    }

    /** {@code text} shortened to at most {@code length} characters (never splitting a surrogate pair). */
    public static String bound(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        int end = length - SHORTENED.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + SHORTENED;
    }
}
