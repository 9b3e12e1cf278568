package org.ecaf.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One line of the audit log: who did what to which record, when, and how it ended. The log is append-only and
 * hash-chained: each event's hash covers its content and the previous event's hash, so changing or removing an
 * event breaks every hash after it. The hash is an HMAC-SHA256 under the {@link AuditKey}, which is not in the
 * database, so a changed event cannot be given a hash that verifies by someone who has only the database (events
 * written before the key took over keep their plain SHA-256, see {@link AuditVerifier}). Events hold codes and
 * identifiers, never a child's details.
 *
 * <p>An event is written in two steps: the transaction of the act it records inserts it {@linkplain #unchained
 * unchained} (an id, no sequence, no hash), so that appends do not wait for one another; a chainer later gives the
 * waiting events, in id order, their sequence and keyed hash after the chain's head ({@link #after}).
 */
@Entity
@Table(name = "audit_event")
@SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 50)
public class AuditEvent {

    /** The hash the first event chains to. */
    public static final String GENESIS = "0".repeat(64);

    /** The order in which events were written (events chained before there were ids have ids below zero). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    @Column(name = "id")
    private Long id;

    /** The place in the chain; null while the event waits to be chained. */
    @Column(name = "seq")
    private Long sequence;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "record_type", length = 40)
    private String recordType;

    @Column(name = "record_id", length = 60)
    private String recordId;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(name = "detail", length = 1000)
    private String detail;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "hash", length = 64)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long sequence, OffsetDateTime occurredAt, AuditEntry entry, String previousHash, AuditKey key) {
        this(occurredAt, entry);
        this.sequence = sequence;
        this.previousHash = Objects.requireNonNull(previousHash);
        this.hash = key == null ? legacyHash() : keyedHash(key);
    }

    private AuditEvent(OffsetDateTime occurredAt, AuditEntry entry) {
        // milliseconds: what every database keeps, so the hash still matches after a round trip
        this.occurredAt = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.actor = entry.actor();
        this.action = entry.action();
        this.recordType = entry.recordType();
        this.recordId = entry.recordId();
        this.outcome = entry.outcome().name();
        this.detail = entry.detail();
    }

    /**
     * An event as the transaction of the act it records writes it: its content and time, no place in the chain yet
     * (no sequence, no hash). A chainer gives it both later (see {@link #after}).
     */
    public static AuditEvent unchained(OffsetDateTime at, AuditEntry entry) {
        return new AuditEvent(at, entry);
    }

    /**
     * The event that follows {@code previous} (or starts the log when {@code previous} is null), its hash keyed
     * with {@code key}.
     */
    public static AuditEvent append(AuditEvent previous, OffsetDateTime at, AuditEntry entry, AuditKey key) {
        Objects.requireNonNull(key, "key");
        return previous == null
                ? new AuditEvent(1, at, entry, GENESIS, key)
                : new AuditEvent(previous.sequence + 1, at, entry, previous.hash, key);
    }

    /** The event that follows the event with {@code sequence} and {@code hash}, its hash keyed with {@code key}. */
    public static AuditEvent after(long sequence, String hash, OffsetDateTime at, AuditEntry entry, AuditKey key) {
        return new AuditEvent(sequence + 1, at, entry, hash, Objects.requireNonNull(key, "key"));
    }

    /**
     * An event as eCAF wrote it before the chain was keyed (plain SHA-256): kept so that such events, still in
     * older databases, verify; and so that tests can forge one the way someone without the key would.
     */
    public static AuditEvent unkeyedAfter(long sequence, String hash, OffsetDateTime at, AuditEntry entry) {
        return new AuditEvent(sequence + 1, at, entry, hash, null);
    }

    /** The keyed hash of this event's content (and place in the chain): HMAC-SHA256 under the audit key. */
    public String keyedHash(AuditKey key) {
        return key.eventHash(canonical());
    }

    /**
     * The unkeyed hash of this event's content (plain SHA-256), as events were hashed before the chain was keyed;
     * anyone can recompute it, so it proves nothing about events after the key took over.
     */
    public String legacyHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private String canonical() {
        if (sequence == null) {
            throw new IllegalStateException("an event waiting to be chained has no hash yet");
        }
        return String.join("\u001f",
                Long.toString(sequence),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt.withOffsetSameInstant(ZoneOffset.UTC)),
                actor, action, nullToEmpty(recordType), nullToEmpty(recordId), outcome, nullToEmpty(detail),
                previousHash);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The order in which the event was written; null until it is persisted. */
    public Long getId() {
        return id;
    }

    /** The place in the chain, or null while the event waits to be chained. */
    public Long getSequence() {
        return sequence;
    }

    /** True once the event has its place in the chain (a sequence and a keyed hash). */
    public boolean isChained() {
        return sequence != null;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public AuditOutcome getOutcome() {
        return AuditOutcome.valueOf(outcome);
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
