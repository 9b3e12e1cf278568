package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;

/**
 * A dated, typed note of contact with the child or family (a phone call, a home visit, a meeting…). A note is never
 * changed: a correction is a new note that points to the one it corrects, with the reason; the old note stays readable
 * and shows which note corrected it.
 */
@Entity
@Table(name = "case_note")
public class CaseNote extends DomainEntity {

    /** The longest note text, in characters. */
    public static final int MAX_TEXT = 4000;
    /** The longest reason for a correction, in characters. */
    public static final int MAX_REASON = 1000;

    /** What kind of contact the note records. */
    public enum Kind {
        CONTACT("Contact"), HOME_VISIT("Home visit"), PHONE_CALL("Phone call"), MEETING("Meeting"), OTHER("Other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The kind named {@code name} (as in the API: {@code PHONE_CALL}); null for none; 422 on {@code kind}. */
        public static Kind parse(String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            for (Kind k : values()) {
                if (k.name().equals(name.strip())) {
                    return k;
                }
            }
            throw InvalidInput.of(RefusalCode.UNKNOWN_OPTION, "The kind of note must be one of " + List.of(values()) + ".",
                    "kind");
        }
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "happened_at")
    private LocalTime happenedAt;

    @Column(name = "text", nullable = false, length = MAX_TEXT)
    private String text;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Practitioner author;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    @ManyToOne
    @JoinColumn(name = "corrects_id")
    private CaseNote corrects;

    @Column(name = "correction_reason", length = MAX_REASON)
    private String correctionReason;

    protected CaseNote() {
    }

    CaseNote(CafCase cafCase, Kind kind, LocalDate happenedOn, LocalTime happenedAt, String text, Practitioner author,
             OffsetDateTime writtenAt, CaseNote corrects, String correctionReason) {
        this.cafCase = cafCase;
        this.kind = kind;
        this.happenedOn = happenedOn;
        this.happenedAt = happenedAt;
        this.text = text;
        this.author = author;
        this.writtenAt = writtenAt;
        this.corrects = corrects;
        this.correctionReason = correctionReason;
    }

    public Kind getKind() {
        return kind;
    }

    /** The (London) day the contact happened. */
    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    /** The (London) time of day it happened, when known; null otherwise. */
    public LocalTime getHappenedAt() {
        return happenedAt;
    }

    public String getText() {
        return text;
    }

    public Practitioner getAuthor() {
        return author;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }

    /** The earlier note this one corrects, or null. */
    public CaseNote getCorrects() {
        return corrects;
    }

    /** Why the earlier note was corrected; null unless this note is a correction. */
    public String getCorrectionReason() {
        return correctionReason;
    }

    public boolean isCorrection() {
        return corrects != null;
    }
}
