package org.ecaf.domain.cases;

import java.util.List;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;

/** A change to an existing assessment that does not say which revision it is based on. */
public class PreconditionRequired extends Refusal {

    private static final long serialVersionUID = 1L;

    public PreconditionRequired(int latest) {
        super(RefusalCode.REVISION_REQUIRED, "Say which revision your changes are based on (If-Match: \"" + latest
                + "\" for the latest), so that nobody's answers are overwritten.",
                List.of(new Violation(RefusalCode.REVISION_REQUIRED, "Say which revision your changes are based on.", null)));
    }

    @Override
    public Kind kind() {
        return Kind.PRECONDITION_REQUIRED;
    }
}
