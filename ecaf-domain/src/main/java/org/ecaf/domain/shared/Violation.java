package org.ecaf.domain.shared;

import java.util.Objects;
import org.ecaf.forms.validation.ValidationProblem;

/**
 * One broken rule: a stable code (e.g. {@link RefusalCode#CHILD_NOT_SEEN}), a message a practitioner understands,
 * and where it applies (a field key, a section, or null for the whole record).
 */
public record Violation(RefusalCode code, String message, String target) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }


    public static Violation of(RefusalCode code, String message) {
        return new Violation(code, message, null);
    }

    /**
     * A problem the form validator found with an answer, as a violation targeting the answer's field. The forms
     * module sits below the domain and names its codes as strings; each is a {@link RefusalCode}
     * ({@code RefusalCodeTest} checks every one).
     */
    public static Violation of(ValidationProblem problem) {
        return new Violation(RefusalCode.valueOf(problem.code()), problem.message(), problem.field());
    }

    /** The code's name, as the API, the audit log and the pages show it (bean accessor). */
    public String getCode() {
        return code.name();
    }

    public String getMessage() {
        return message;
    }

    public String getTarget() {
        return target;
    }
}
