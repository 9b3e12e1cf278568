package org.ecaf.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * A request eCAF will not carry out, for a reason the person can read: a broken rule, invalid input, a record
 * that does not exist, or access they do not have. Nothing has changed when one is thrown; the screens and the
 * API show its code and message.
 */
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal, which decides the HTTP status the API answers. */
    public enum Kind { RULES, INVALID_INPUT, NOT_FOUND, ACCESS_DENIED, CONFLICT, PRECONDITION_REQUIRED, UNREADABLE }

    private final RefusalCode code;
    private final List<Violation> violations;
    private transient boolean audited;

    protected Refusal(RefusalCode code, String message, List<Violation> violations) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }


    /** Marks the refusal as written to the audit log, so that the layer that answers it does not write it twice. */
    public void markAudited() {
        this.audited = true;
    }

    public boolean audited() {
        return audited;
    }

    public RefusalCode code() {
        return code;
    }

    /** The code's name, as the API, the audit log and the pages show it (bean accessor). */
    public String getCode() {
        return code.name();
    }

    public List<Violation> violations() {
        return violations;
    }

    public abstract Kind kind();

    /** True when the refusal is about access (audited as DENIED), even if it answers as if the record did not exist. */
    public boolean isDenial() {
        return kind() == Kind.ACCESS_DENIED;
    }
}
