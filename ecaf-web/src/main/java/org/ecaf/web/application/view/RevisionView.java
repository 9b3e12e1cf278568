package org.ecaf.web.application.view;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.AssessmentRevision;

/** One revision of an assessment; {@code answers} is null in a history list. */
public record RevisionView(long caseId, int assessment, int revision, String formId, int formVersion, String author,
                           String authorName, OffsetDateTime savedAt, String reason, String status, String hash,
                           String previousHash, JsonObject answers) implements java.io.Serializable {

    public static RevisionView of(long caseId, Assessment a, AssessmentRevision r, boolean withAnswers) {
        return new RevisionView(caseId, a.getNumber(), r.getNumber(), a.getFormId(), r.getFormVersion(), r.getAuthor(),
                r.getAuthorName(), r.getSavedAt(), r.getReason(),
                r.getNumber() == a.latestNumber() ? a.getStatus().name() : "SUPERSEDED_BY_LATER_REVISION",
                r.getHash(), r.getPreviousHash(), withAnswers ? r.answers().toJson() : null);
    }
}
