package org.ecaf.domain.shared;

import java.util.List;

/** One or more workflow rules refuse the step; every broken rule is listed, not just the first. */
public class RulesViolated extends Refusal {

    private static final long serialVersionUID = 1L;

    public RulesViolated(List<Violation> violations) {
        super(violations.size() == 1 ? violations.get(0).code() : RefusalCode.RULES_VIOLATED,
                violations.size() == 1 ? violations.get(0).message()
                        : violations.size() + " things need to be put right first.", violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one violation");
        }
    }

    /** Throws when {@code violations} is not empty. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
    }

    @Override
    public Kind kind() {
        return Kind.RULES;
    }
}
