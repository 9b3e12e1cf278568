package org.ecaf.web.application;

import java.util.function.Function;
import java.util.function.Supplier;
import org.ecaf.domain.shared.Refusal;

/** Runs a use case and audits how it ended: success with a detail, or the refusal's codes. */
final class Audited {

    private Audited() {
    }

    static <T> T run(Audit audit, String action, String recordType, Object recordId, Supplier<T> work,
                     Function<T, String> detail) {
        T result;
        try {
            result = work.get();
        } catch (Refusal refusal) {
            audit.refused(action, recordType, recordId, refusal);
            refusal.markAudited();
            throw refusal;
        }
        audit.success(action, recordType, recordId, detail == null ? null : detail.apply(result));
        return result;
    }
}
