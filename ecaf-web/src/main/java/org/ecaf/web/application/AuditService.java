package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.audit.AuditChain;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.Refusal;

/** The audit log for administrators: the events about a record, the latest events, and a check of the chain. */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class AuditService {

    /** An audit event as administrators see it: codes and identifiers, no child's details. */
    public record EventView(long sequence, OffsetDateTime at, String actor, String action, String recordType,
                            String recordId, String outcome, String detail, String hash) {
        static EventView of(AuditEvent e) {
            return new EventView(e.getSequence(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                    e.getRecordId(), e.getOutcome().name(), e.getDetail(), e.getHash());
        }
    }

    /** The result of checking the whole chain. */
    public record Verification(boolean intact, long eventsChecked, Long firstBrokenSequence) {
    }

    @Inject
    AuditLog log;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    public List<EventView> events(String recordType, String recordId, int limit) {
        return Audited.run(audit, "audit.read", recordType, recordId, () -> {
            requireAdmin();
            List<AuditEvent> events = recordType == null ? log.latest(Math.min(Math.max(limit, 1), 1000))
                    : log.forRecord(recordType, recordId);
            return events.stream().map(EventView::of).toList();
        }, list -> list.size() + " event(s)");
    }

    /** Recomputes every hash and link of the chain, in batches. */
    public Verification verify() {
        return Audited.run(audit, "audit.verify", null, null, () -> {
            requireAdmin();
            long checked = 0;
            long from = 1;
            String previous = AuditEvent.GENESIS;
            while (true) {
                List<AuditEvent> batch = log.range(from, 2000);
                if (batch.isEmpty()) {
                    return new Verification(true, checked, null);
                }
                Optional<Long> broken = AuditChain.firstBreak(batch, previous);
                if (broken.isPresent() || batch.get(0).getSequence() != from) {
                    return new Verification(false, checked, broken.orElse(from));
                }
                checked += batch.size();
                previous = batch.get(batch.size() - 1).getHash();
                from = batch.get(batch.size() - 1).getSequence() + 1;
            }
        }, v -> v.intact() ? "intact, " + v.eventsChecked() + " events" : "BROKEN at " + v.firstBrokenSequence());
    }

    private void requireAdmin() {
        if (!currentUser.get().hasRole(Role.ADMIN)) {
            throw new AccessDenied("NOT_AN_ADMINISTRATOR", "Only an administrator can read the audit log.");
        }
    }
}
