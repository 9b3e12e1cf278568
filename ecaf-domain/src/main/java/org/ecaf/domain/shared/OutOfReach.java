package org.ecaf.domain.shared;

/**
 * The record is outside the caller's reach: answered exactly as a record that does not exist ({@link RefusalCode#NOT_FOUND}), so
 * nothing leaks, but audited as the denial it is.
 */
public class OutOfReach extends NotFound {

    private static final long serialVersionUID = 1L;

    public OutOfReach(String what) {
        super(what);
    }

    @Override
    public boolean isDenial() {
        return true;
    }
}
