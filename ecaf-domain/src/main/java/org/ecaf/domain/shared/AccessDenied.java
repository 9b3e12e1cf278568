package org.ecaf.domain.shared;

import java.util.List;

/** The caller is not allowed to do this; the code says why (e.g. {@code NOT_IN_TEAM}, {@code SELF_APPROVAL}). */
public class AccessDenied extends Refusal {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String code, String message) {
        super(code, message, List.of(new Violation(code, message, null)));
    }

    @Override
    public Kind kind() {
        return Kind.ACCESS_DENIED;
    }
}
