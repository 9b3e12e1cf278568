package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.audit.AuditCheckpoints;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.AuditVerifier;
import org.ecaf.domain.audit.ChainHead;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.infrastructure.audit.AuditCheckpointer;
import org.ecaf.web.infrastructure.audit.AuditKeyHolder;

/** The audit log for administrators: the events about a record, the latest events, and a check of the chain. */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class AuditService {

    /**
     * An audit event as administrators see it: codes and identifiers, no child's details; {@code sequence} and
     * {@code hash} are null while it waits to be chained (a fraction of a second).
     */
    public record EventView(Long sequence, OffsetDateTime at, String actor, String action, String recordType,
                            String recordId, String outcome, String detail, String hash) {
        static EventView of(AuditEvent e) {
            return new EventView(e.getSequence(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                    e.getRecordId(), e.getOutcome().name(), e.getDetail(), e.getHash());
        }
    }

    /**
     * The result of checking the whole chain against the audit key, the head row and the latest signed checkpoint
     * outside the database (docs/api.md): whether it is intact, how many events were checked (every event up to the
     * head, also after a break), the lowest sequence where it breaks and why (a stable code and a sentence), where
     * the log ends, the sequence of the checkpoint it was compared with, how many checkpoints in the file belong
     * to another log, and how many events wait to be chained (and for how long the oldest has waited).
     */
    public record Verification(boolean intact, long eventsChecked, Long firstBrokenSequence, String problem,
                               String message, long lastSequence, Long checkpointSequence,
                               int checkpointsOfOtherLogs, long eventsWaiting, Long oldestWaitingSeconds) {
        static Verification of(AuditVerifier.Result r, int otherLogs) {
            return new Verification(r.intact(), r.eventsChecked(), r.firstBrokenSequence(), r.problem(), r.message(),
                    r.lastSequence(), r.checkpointSequence(), otherLogs, r.eventsWaiting(), r.oldestWaitingSeconds());
        }
    }

    /** The longest {@code recordType} and {@code recordId} a query may carry: the audit columns' lengths. */
    static final int RECORD_TYPE_LENGTH = AuditEntry.RECORD_TYPE_LENGTH;
    static final int RECORD_ID_LENGTH = AuditEntry.RECORD_ID_LENGTH;

    @Inject
    AuditLog log;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    AuditKeyHolder keys;

    @Inject
    AuditCheckpointer checkpoints;

    @Inject
    Clock clock;

    /**
     * The events about one record, or the latest. Parameters longer than the audit columns are refused (422) before
     * anything else, and the refusal is audited with the values shortened to fit (finding 8).
     */
    public List<EventView> events(String recordType, String recordId, int limit) {
        return Audited.run(audit, "audit.read", recordType, recordId, () -> {
            checkQuery(recordType, recordId, limit);
            requireAdmin();
            List<AuditEvent> events = recordType == null ? log.latest(limit)
                    : log.forRecord(recordType, recordId);
            return events.stream().map(EventView::of).toList();
        }, list -> list.size() + " event(s)");
    }

    /**
     * Checks the whole chain, in batches: every event's keyed hash and link, the head row, and the latest signed
     * checkpoint kept outside the database (read before the head, so that it never runs ahead of it); then counts the
     * events still waiting to be chained, one waiting longer than a minute being a finding.
     */
    public Verification verify() {
        return Audited.run(audit, "audit.verify", null, null, () -> {
            requireAdmin();
            List<AuditEvent> first = log.range(1, 1);
            String chain = !first.isEmpty() && first.get(0).getSequence() == 1 ? first.get(0).getHash()
                    : AuditEvent.GENESIS;
            AuditCheckpoints.Latest latest = checkpoints.latest(chain);
            ChainHead head = log.head();
            AuditVerifier verifier = new AuditVerifier(keys.key(), head, latest.checkpoint(), latest.rejected());
            long from = 1;
            while (from <= verifier.upTo()) {
                List<AuditEvent> batch = log.range(from, 2000);
                if (batch.isEmpty()) {
                    break;
                }
                verifier.check(batch);
                from = batch.get(batch.size() - 1).getSequence() + 1;
            }
            // read after the chained events: one chained meanwhile is counted in neither, never in both
            verifier.waiting(log.waiting(), OffsetDateTime.now(clock));
            return Verification.of(verifier.result(), latest.otherLogs());
        }, v -> v.intact() ? "intact, " + v.eventsChecked() + " events"
                : "BROKEN at " + v.firstBrokenSequence() + " " + v.problem() + ", " + v.eventsChecked() + " events");
    }

    private static void checkQuery(String recordType, String recordId, int limit) {
        List<Violation> violations = new ArrayList<>();
        if (recordType != null && recordType.length() > RECORD_TYPE_LENGTH) {
            violations.add(new Violation(RefusalCode.PARAMETER_TOO_LONG, "The parameter recordType may be at most "
                    + RECORD_TYPE_LENGTH + " characters long; it was " + recordType.length() + ".", "recordType"));
        }
        if (recordId != null && recordId.length() > RECORD_ID_LENGTH) {
            violations.add(new Violation(RefusalCode.PARAMETER_TOO_LONG, "The parameter recordId may be at most "
                    + RECORD_ID_LENGTH + " characters long; it was " + recordId.length() + ".", "recordId"));
        }
        if (limit < 1 || limit > 1000) {
            violations.add(new Violation(RefusalCode.PARAMETER_OUT_OF_RANGE,
                    "The parameter limit must be between 1 and 1000.",
                    "limit"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private void requireAdmin() {
        if (!currentUser.get().hasRole(Role.ADMIN)) {
            throw new AccessDenied(RefusalCode.NOT_AN_ADMINISTRATOR, "Only an administrator can read the audit log.");
        }
    }
}
