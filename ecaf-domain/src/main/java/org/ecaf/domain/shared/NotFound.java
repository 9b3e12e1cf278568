package org.ecaf.domain.shared;

import java.util.List;

/** The record does not exist (or the caller may not know that it does). */
public class NotFound extends Refusal {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(RefusalCode.NOT_FOUND, "There is no " + what + ".", List.of());
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
