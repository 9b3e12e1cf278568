package org.ecaf.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The hash the first event chains to. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "seq")
    private long sequence;

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

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long sequence, OffsetDateTime occurredAt, AuditEntry entry, String previousHash, AuditKey key) {
        this.sequence = sequence;
        // milliseconds: what every database keeps, so the hash still matches after a round trip
        this.occurredAt = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.actor = entry.actor();
        this.action = entry.action();
        this.recordType = entry.recordType();
        this.recordId = entry.recordId();
        this.outcome = entry.outcome().name();
        this.detail = entry.detail();
        this.previousHash = Objects.requireNonNull(previousHash);
        this.hash = key == null ? legacyHash() : keyedHash(key);
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

    /** The keyed hash of this event's content: HMAC-SHA256 under the audit key. */
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
        return String.join("\u001f",
                Long.toString(sequence),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt.withOffsetSameInstant(ZoneOffset.UTC)),
                actor, action, nullToEmpty(recordType), nullToEmpty(recordId), outcome, nullToEmpty(detail),
                previousHash);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public long getSequence() {
        return sequence;
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
