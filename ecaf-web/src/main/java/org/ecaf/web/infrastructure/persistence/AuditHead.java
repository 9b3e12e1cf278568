package org.ecaf.web.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row that holds the end of the audit chain; the chainer locks it to link waiting events after it. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    /** The first sequence whose hash is keyed; events before it were written before the key took over. */
    @Column(name = "keyed_from", nullable = false)
    private long keyedFrom;

    protected AuditHead() {
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    long keyedFrom() {
        return keyedFrom;
    }
}
