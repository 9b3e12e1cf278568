package org.ecaf.domain.cases;

import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.forms.answers.Answers;

/**
 * One save of an assessment: its number, the form version it was made on, the whole set of answers, who saved
 * it, when and why. Never changed after it is written; each revision carries the hash of the one before, so a
 * rewritten history shows.
 *
 * <p>Storage: autosave makes hundreds of revisions per assessment, each differing from the one before in a field
 * or two. So a revision stores only what changed since the revision before (a JSON merge patch, RFC 7386), except
 * every {@value #KEYFRAME_EVERY}th revision (and the first), which stores the whole answer set. A save therefore
 * writes a few hundred bytes whatever the history, and any revision's whole answer set is rebuilt from the key
 * revision at or before it and at most {@value #KEYFRAME_EVERY} − 1 patches. The hash is over the whole answer set,
 * as before, so the chain is the same whichever way a revision is stored.
 */
@Entity
@Table(name = "assessment_revision")
public class AssessmentRevision extends DomainEntity {

    /**
     * One JSON provider for every revision: {@code Json.createX} looks the provider up through the service loader on
     * each call, which under load cost a tenth of the server's CPU and serialised requests on the class loader's lock.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The hash the first revision of an assessment chains to. */
    public static final String GENESIS = "0".repeat(64);

    @ManyToOne(optional = false)
    @JoinColumn(name = "assessment_id", nullable = false)
    private Assessment assessment;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "form_version", nullable = false)
    private int formVersion;

    /** Every this many revisions, the whole answer set is stored again (a key revision). */
    public static final int KEYFRAME_EVERY = 32;

    /** The whole answer set (canonical JSON) of a key revision; null for a revision stored as a patch. */
    @Lob
    @Column(name = "answers")
    private String answers;

    /** What changed since the revision before (JSON merge patch), for a revision that is not a key revision. */
    @Lob
    @Column(name = "answers_patch")
    private String answersPatch;

    /** The whole answer set once known (when written, or rebuilt once). */
    @Transient
    private transient String resolved;

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

    AssessmentRevision(Assessment assessment, int number, int formVersion, Answers answers, Answers previous,
                       String author, String authorName, OffsetDateTime savedAt, String reason, String previousHash) {
        this.assessment = assessment;
        this.number = number;
        this.formVersion = formVersion;
        this.resolved = answers.toCanonicalJson();
        if (previous == null || number % KEYFRAME_EVERY == 1) {
            this.answers = resolved;
        } else {
            this.answersPatch = JSON.createMergeDiff(previous.toJson(), answers.toJson()).toJsonValue().toString();
        }
        this.author = author;
        this.authorName = authorName;
        this.savedAt = savedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.reason = reason;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** Recomputes the hash from the stored content; differs from {@link #getHash()} if the row was altered. */
    public String computeHash() {
        String stored = answers != null ? answers : rebuild();
        String canonical = String.join("\u001f", Integer.toString(number), Integer.toString(formVersion), stored,
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
        return Answers.fromJson(getAnswersJson());
    }

    /** The whole answer set as canonical JSON, rebuilt from the key revision before it when stored as a patch. */
    public String getAnswersJson() {
        if (resolved == null) {
            resolved = answers != null ? answers : rebuild();
        }
        return resolved;
    }

    /** True when this revision stores the whole answer set rather than what changed. */
    public boolean isKeyRevision() {
        return answers != null;
    }

    /** What this revision stores: the whole answer set or the patch, in bytes (UTF-8). */
    public int storedSize() {
        return (answers != null ? answers : answersPatch).getBytes(StandardCharsets.UTF_8).length;
    }

    /** Sets the answer set known to the assessment for its latest revision, so it is not rebuilt. */
    void knownAnswers(String canonicalJson) {
        if (resolved == null) {
            resolved = canonicalJson;
        }
    }

    private String rebuild() {
        AssessmentRevision before = assessment.revision(number - 1).orElseThrow(() ->
                new IllegalStateException("revision " + (number - 1) + " of assessment " + assessment.getId()
                        + " is missing: revision " + number + " cannot be rebuilt"));
        JsonValue merged = JSON.createMergePatch(JSON.createReader(new StringReader(answersPatch)).readValue())
                .apply(before.answers().toJson());
        return Answers.fromJson(merged.asJsonObject()).toCanonicalJson();
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
