package org.ecaf.domain.shared;

import java.util.Objects;

/**
 * One broken rule: a stable code (e.g. {@code CHILD_NOT_SEEN}), a message a practitioner understands, and where
 * it applies (a field key, a section, or null for the whole record).
 */
public record Violation(String code, String message, String target) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Violation of(String code, String message) {
        return new Violation(code, message, null);
    }

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }

    public String getTarget() {
        return target;
    }
}
