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

    /**
     * A denial whose code is given by its name. Only for {@code org.ecaf.domain.cases}, until its literals are
     * replaced by {@link RefusalCode} constants (ArchitectureTest allows no other caller).
     */
    public AccessDenied(String code, String message) {
        this(RefusalCode.valueOf(code), message);
    }

    @Override
    public Kind kind() {
        return Kind.ACCESS_DENIED;
    }
}
