package org.ecaf.domain.shared;

import java.util.List;

/** The request's content is not valid (a missing name, a date that is not a date); each problem is listed. */
public class InvalidInput extends Refusal {

    private static final long serialVersionUID = 1L;

    public InvalidInput(List<Violation> violations) {
        super(RefusalCode.INVALID_INPUT, violations.size() == 1 ? violations.get(0).message()
                : violations.size() + " entries need correcting.", violations);
    }

    public static InvalidInput of(RefusalCode code, String message, String target) {
        return new InvalidInput(List.of(new Violation(code, message, target)));
    }


    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
