package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.forms.answers.Answers;

/** A review of the delivery plan, recorded on the {@code review} form, with the date of the next review. */
@Entity
@Table(name = "review")
public class Review extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Column(name = "form_version", nullable = false)
    private int formVersion;

    @Lob
    @Column(name = "answers", nullable = false)
    private String answers;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(name = "next_review_date")
    private LocalDate nextReviewDate;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Review() {
    }

    Review(CafCase cafCase, int formVersion, Answers answers, LocalDate reviewDate, LocalDate nextReviewDate,
           String recordedBy, OffsetDateTime recordedAt) {
        this.cafCase = cafCase;
        this.formVersion = formVersion;
        this.answers = answers.toCanonicalJson();
        this.reviewDate = reviewDate;
        this.nextReviewDate = nextReviewDate;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public int getFormVersion() {
        return formVersion;
    }

    public Answers answers() {
        return Answers.fromJson(answers);
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
