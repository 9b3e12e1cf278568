package org.ecaf.domain.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecaf.domain.organisation.Practitioner;

/**
 * Everything about a case that a step could change, taken before a refused step and compared after it: a refusal
 * must leave the case exactly as it was.
 */
public record CaseSnapshot(CaseState state, OffsetDateTime stateChangedAt, Practitioner leadProfessional,
                           LocalDate reviewDate, String preAssessmentDecision, List<String> assessments,
                           List<String> consents, int withoutConsentDecisions, int childSeen, List<String> approvals,
                           List<String> teamMembers, List<String> actions, int reviews, List<String> closures,
                           int events, int notes, Practitioner allocatedTo) {

    public static CaseSnapshot of(CafCase c) {
        return new CaseSnapshot(c.getState(), c.getStateChangedAt(), c.getLeadProfessional(), c.getReviewDate(),
                c.getPreAssessmentDecision(),
                c.getAssessments().stream().map(a -> a.getNumber() + ":" + a.getStatus() + ":v" + a.getFormVersion() + ":"
                        + a.getRevisions().stream().map(AssessmentRevision::getHash).toList()).toList(),
                c.getConsents().stream().map(k -> k.getGivenOn() + ":" + k.getWithdrawnOn() + ":"
                        + k.getWithdrawalReason()).toList(),
                c.getWithoutConsentDecisions().size(), c.getChildSeen().size(),
                c.getApprovals().stream().map(a -> a.getKind() + ":" + a.getRevisionNumber()).toList(),
                c.getTeamMembers().stream().map(m -> m.getName() + ":" + m.isCurrent()).toList(),
                c.getActions().stream().map(a -> a.getWhat() + ":" + a.getWho() + ":" + a.getByWhen() + ":"
                        + a.getStatus()).toList(),
                c.getReviews().size(),
                c.getClosures().stream().map(k -> k.getReason() + ":" + k.getClosedFrom() + ":" + k.isReopened()).toList(),
                c.getEvents().size(), c.getNotes().size(), c.getAllocatedTo());
    }
}
