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
import org.ecaf.domain.audit.AuditKey;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.ChainHead;
import org.ecaf.web.infrastructure.audit.AuditAppends;
import org.ecaf.web.infrastructure.audit.AuditKeyHolder;

/**
 * The audit log in the {@code audit_event} table; the locked {@code audit_head} row keeps the chain in order. Each
 * event's hash is keyed with the audit key (see {@link AuditKeyHolder}).
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditKeyHolder keys;

    @Inject
    AuditAppends appends;

    private AuditKey key;

    protected JpaAuditLog() {
    }

    /** The log outside a container (tests, tools), keyed with {@code key}. */
    public JpaAuditLog(EntityManager em, Clock clock, AuditKey key) {
        this.em = em;
        this.clock = clock;
        this.key = key;
    }

    private AuditKey key() {
        return key != null ? key : keys.key();
    }

    @Override
    public AuditEvent append(AuditEntry entry) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEvent event = AuditEvent.after(head.lastSequence(), head.lastHash(), OffsetDateTime.now(clock), entry,
                key());
        em.persist(event);
        head.advance(event.getSequence(), event.getHash());
        if (appends != null) {
            appends.appended();
        }
        return event;
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
