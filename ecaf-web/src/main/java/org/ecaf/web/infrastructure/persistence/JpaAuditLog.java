package org.ecaf.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditLog;

/** The audit log in the {@code audit_event} table; the locked {@code audit_head} row keeps the chain in order. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Inject
    Clock clock;

    protected JpaAuditLog() {
    }

    public JpaAuditLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public AuditEvent append(AuditEntry entry) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = AuditEvent.after(head.lastSequence(), head.lastHash(), OffsetDateTime.now(clock), entry);
        em.persist(event);
        head.advance(event.getSequence(), event.getHash());
        return event;
    }

    @Override
    public List<AuditEvent> forRecord(String recordType, String recordId) {
        return em.createQuery("select e from AuditEvent e where e.recordType = :type and e.recordId = :id"
                        + " order by e.sequence", AuditEvent.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .getResultList();
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        return em.createQuery("select e from AuditEvent e order by e.sequence desc", AuditEvent.class)
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
