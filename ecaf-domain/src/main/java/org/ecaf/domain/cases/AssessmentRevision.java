package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.forms.Answers;

/**
 * One save of an assessment: its number, the form version it was made on, the whole set of answers, who saved
 * it, when and why. Never changed after it is written; each revision carries the hash of the one before, so a
 * rewritten history shows.
 */
@Entity
@Table(name = "assessment_revision")
public class AssessmentRevision extends DomainEntity {

    /** The hash the first revision of an assessment chains to. */
    public static final String GENESIS = "0".repeat(64);

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "form_version", nullable = false)
    private int formVersion;

    @Lob
    @Column(name = "answers", nullable = false)
    private String answers;

    @Column(name = "author", nullable = false, length = 60)
    private String author;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;

    @Column(name = "reason", length = 400)
    private String reason;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AssessmentRevision() {
    }

    AssessmentRevision(Assessment assessment, int number, int formVersion, Answers answers, String author,
                       String authorName, OffsetDateTime savedAt, String reason, String previousHash) {
        this.assessment = assessment;
        this.number = number;
        this.formVersion = formVersion;
        this.answers = answers.toCanonicalJson();
        this.author = author;
        this.authorName = authorName;
        this.savedAt = savedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.reason = reason;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** Recomputes the hash from the stored content; differs from {@link #getHash()} if the row was altered. */
    public String computeHash() {
        String canonical = String.join("\u001f", Integer.toString(number), Integer.toString(formVersion), answers,
                author, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(savedAt.withOffsetSameInstant(ZoneOffset.UTC)),
                reason == null ? "" : reason, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public int getNumber() {
        return number;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public Answers answers() {
        return Answers.fromJson(answers);
    }

    public String getAnswersJson() {
        return answers;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
