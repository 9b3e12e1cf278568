package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ecaf.domain.shared.Refusal;

/**
 * Audits a refusal that was answered before any use case ran (a request body of the wrong shape, a malformed
 * parameter), in a transaction of its own, so that every refusal is in the audit log whatever the input.
 */
@ApplicationScoped
public class RefusalAudit {

    @Inject
    Audit audit;

    /** Writes {@code refusal} unless a use case already did; {@code action} names the request (method and path). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void unlessAudited(String action, Refusal refusal) {
        if (!refusal.audited()) {
            audit.refused(action, "request", null, refusal);
            refusal.markAudited();
        }
    }
}
