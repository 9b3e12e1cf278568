package org.ecaf.domain.shared;

import java.util.List;

/**
 * The caller is not allowed to do this; the code says why (e.g. {@link RefusalCode#NOT_TEAM_LEAD},
 * {@link RefusalCode#NOT_AN_ADMINISTRATOR}).
 */
public class AccessDenied extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccessDenied(RefusalCode code, String message) {
        super(code, message, List.of(new Violation(code, message, null)));
    }


    @Override
    public Kind kind() {
        return Kind.ACCESS_DENIED;
    }
}
