package org.ecaf.web.infrastructure.metrics;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditLog;

/**
 * Counts what the audit log records (copies issued, refusals by code, duplicate checks, …) as it is appended, so
 * the metrics come from the one place every read, change and refusal passes through, without the services knowing.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class AuditMetrics implements AuditLog {

    @Inject
    @Delegate
    AuditLog delegate;

    @Override
    public AuditEvent append(AuditEntry entry) {
        AuditEvent event = delegate.append(entry);
        EcafMetrics.audited(entry.action(), entry.outcome().name(), entry.detail());
        return event;
    }
}
