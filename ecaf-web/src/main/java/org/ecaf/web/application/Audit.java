package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.Violation;

/** Writes the audit events of the signed-in person: reads, changes, decisions, disclosures and refusals. */
@ApplicationScoped
public class Audit {

    @Inject
    AuditLog log;

    @Inject
    CurrentUser currentUser;

    public void success(String action, String recordType, Object recordId, String detail) {
        log.append(new AuditEntry(currentUser.username(), action, recordType, id(recordId), AuditOutcome.SUCCESS, detail));
    }

    /** Records a refusal: {@code DENIED} for access, {@code REFUSED} for a rule or invalid input. */
    public void refused(String action, String recordType, Object recordId, Refusal refusal) {
        AuditOutcome outcome = refusal.isDenial() ? AuditOutcome.DENIED : AuditOutcome.REFUSED;
        StringBuilder codes = new StringBuilder(refusal.getCode());
        refusal.violations().stream().map(Violation::code).distinct()
                .filter(c -> c != refusal.code()).forEach(c -> codes.append(',').append(c.name()));
        log.append(new AuditEntry(currentUser.username(), action, recordType, id(recordId), outcome, codes.toString()));
    }

    private static String id(Object recordId) {
        return recordId == null ? null : recordId.toString();
    }
}
