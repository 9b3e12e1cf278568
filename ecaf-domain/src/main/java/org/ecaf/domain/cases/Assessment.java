package org.ecaf.domain.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Persistence;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.forms.answers.Answers;

/**
 * One CAF assessment of a case, pinned to a form definition version, made of immutable revisions. The first
 * assessment of a case has number 1; a reassessment after approval starts number 2, and so on — an approved
 * assessment is never edited again. The JPA version makes two concurrent saves on the same revision collide.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends DomainEntity {

    /** Where an assessment is in its own life. */
    public enum Status { IN_PROGRESS, SUBMITTED, APPROVED }

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "form_id", nullable = false, length = 40)
    private String formId;

    @Column(name = "form_version", nullable = false)
    private int formVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "started_by", nullable = false, length = 60)
    private String startedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<AssessmentRevision> revisions = new ArrayList<>();

    /*
     * The head of the history, kept on the assessment so that a save, the latest answers and the access checks
     * read one row whatever the number of revisions (autosave makes hundreds); the list above is read only for
     * history, diffs and "as it was on".
     */
    @Column(name = "latest_number", nullable = false)
    private int latestNumber;

    @Column(name = "latest_hash", length = 64)
    private String latestHash;

    @OneToOne(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "latest_revision_id")
    private AssessmentRevision latestRevision;

    @Lob
    @Column(name = "latest_answers")
    private String latestAnswers;

    /** Usernames of everyone who saved a revision, comma-separated; null until first needed on older data. */
    @Column(name = "authors", length = 2000)
    private String authorNames;

    protected Assessment() {
    }

    Assessment(CafCase cafCase, int number, String formId, int formVersion, LocalDate startedOn, String startedBy) {
        this.cafCase = cafCase;
        this.number = number;
        this.formId = formId;
        this.formVersion = formVersion;
        this.status = Status.IN_PROGRESS;
        this.startedOn = startedOn;
        this.startedBy = startedBy;
    }

    AssessmentRevision append(int onFormVersion, Answers answers, String author, String authorName,
                              OffsetDateTime at, String reason) {
        Set<String> authors = authors();
        Answers previous = latest().map(AssessmentRevision::answers).orElse(null);
        String previousHash = latestNumber == 0 ? AssessmentRevision.GENESIS : latestHash;
        AssessmentRevision revision = new AssessmentRevision(this, latestNumber + 1, onFormVersion, answers, previous,
                author, authorName, at, reason, previousHash);
        if (Persistence.getPersistenceUtil().isLoaded(this, "revisions")) {
            revisions.add(revision);
        }
        // an assessment already in the database points at its newest revision (which this link also persists);
        // a new one is inserted with its first revisions through the list, and gets the link at its next save,
        // so the two rows, which refer to each other, are never inserted in the same flush
        latestRevision = getId() != null ? revision : null;
        latestNumber = revision.getNumber();
        latestHash = revision.getHash();
        latestAnswers = revision.getAnswersJson();
        authors.add(author);
        authorNames = String.join(",", authors);
        this.formVersion = onFormVersion;
        return revision;
    }

    void submitted(OffsetDateTime at) {
        status = Status.SUBMITTED;
        submittedAt = at;
    }

    void returned() {
        status = Status.IN_PROGRESS;
        submittedAt = null;
    }

    void approved(String by, OffsetDateTime at) {
        status = Status.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    public boolean isLocked() {
        return status != Status.IN_PROGRESS;
    }

    public Optional<AssessmentRevision> latest() {
        AssessmentRevision head = latestRevision;
        if (head == null || head.getNumber() != latestNumber) {
            head = latestNumber == 0 || revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
        }
        if (head != null && latestAnswers != null && head.getNumber() == latestNumber) {
            head.knownAnswers(latestAnswers);
        }
        return Optional.ofNullable(head);
    }

    public int latestNumber() {
        return latestNumber;
    }

    public Optional<AssessmentRevision> revision(int n) {
        if (n == latestNumber && latestRevision != null && latestRevision.getNumber() == n) {
            return latest();
        }
        return n >= 1 && n <= revisions.size() ? Optional.of(revisions.get(n - 1)) : Optional.empty();
    }

    /** The revision current at {@code instant}: the last one saved at or before it. */
    public Optional<AssessmentRevision> asOf(OffsetDateTime instant) {
        AssessmentRevision found = null;
        for (AssessmentRevision r : revisions) {
            if (!r.getSavedAt().isAfter(instant)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Everyone who saved a revision: they may not approve it. */
    public Set<String> authors() {
        Set<String> authors = new LinkedHashSet<>();
        if (authorNames != null) {
            authors.addAll(List.of(authorNames.split(",")));
        } else if (latestNumber > 0) {
            revisions.forEach(r -> authors.add(r.getAuthor()));
            authorNames = String.join(",", authors);
        }
        authors.remove("");
        return authors;
    }

    public List<AssessmentRevision> revisionsAfter(int number) {
        return revisions.stream().filter(r -> r.getNumber() > number).toList();
    }

    public CafCase getCafCase() {
        return cafCase;
    }

    public int getNumber() {
        return number;
    }

    public String getFormId() {
        return formId;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public List<AssessmentRevision> getRevisions() {
        return List.copyOf(revisions);
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
