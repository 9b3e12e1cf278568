package org.ecaf.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.ChainHead;

/**
 * The audit log in the {@code audit_event} table. An append only inserts the event, unchained, in the caller's
 * transaction: no lock, so appends from many requests run side by side. The chainer
 * ({@code org.ecaf.web.infrastructure.audit.AuditChainer}) then links the committed events in id order under the
 * locked {@code audit_head} row, with hashes keyed with the audit key.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Inject
    Clock clock;

    protected JpaAuditLog() {
    }

    /** The log outside a container (tests, tools). */
    public JpaAuditLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public AuditEvent append(AuditEntry entry) {
        AuditEvent event = AuditEvent.unchained(OffsetDateTime.now(clock), entry);
        em.persist(event);
        return event;
    }

    @Override
    public Waiting waiting() {
        long count = em.createQuery("select count(e) from AuditEvent e where e.sequence is null", Long.class)
                .getSingleResult();
        if (count == 0) {
            return new Waiting(0, null);
        }
        List<OffsetDateTime> oldest = em.createQuery("select e.occurredAt from AuditEvent e where e.sequence is null"
                + " order by e.occurredAt", OffsetDateTime.class).setMaxResults(1).getResultList();
        return new Waiting(count, oldest.isEmpty() ? null : oldest.get(0));
    }

    @Override
    public ChainHead head() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        em.refresh(head);
        return new ChainHead(head.lastSequence(), head.lastHash(), head.keyedFrom());
    }

    @Override
    public List<AuditEvent> forRecord(String recordType, String recordId) {
        return em.createQuery("select e from AuditEvent e where e.recordType = :type and e.recordId = :id"
                        + " order by e.id", AuditEvent.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .getResultList();
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        return em.createQuery("select e from AuditEvent e order by e.id desc", AuditEvent.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEvent> range(long fromSequence, int limit) {
        return em.createQuery("select e from AuditEvent e where e.sequence >= :from order by e.sequence",
                        AuditEvent.class)
                .setParameter("from", fromSequence)
                .setMaxResults(limit)
                .getResultList();
    }
}
