package org.ecaf.web.application.view;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.ecaf.domain.cases.ApprovalEvent;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.AssessmentRevision;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseClosure;
import org.ecaf.domain.cases.CaseEvent;
import org.ecaf.domain.cases.ChildSeen;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.cases.Review;
import org.ecaf.domain.cases.TeamMember;
import org.ecaf.domain.cases.WithoutConsentDecision;
import org.ecaf.domain.shared.Violation;

/**
 * A whole case as the caller may see it: the child, the state, what is missing for the next step, the people
 * involved, consent, the assessment, the plan, reviews, closure and the timeline. A restricted view (a shielded
 * child, someone not directly involved) holds only the reference, the child's name and age band, and the lead
 * professional's contact. {@code allocatedTo}: the practitioner the case is allocated to (the team's case holder);
 * {@code allocatedLeftTeam} when they no longer work in the holding team, so a team lead should reassign it.
 */
public record CaseView(long id, String reference, org.ecaf.domain.cases.CaseState state, String stateLabel, ChildView child, String team,
                       Long teamId, PersonRef openedBy, OffsetDateTime openedAt, PersonRef leadProfessional,
                       LocalDate reviewDate, String preAssessmentDecision, AssessmentSummary assessment,
                       List<ConsentView> consents, List<WithoutConsentView> withoutConsentDecisions,
                       List<ChildSeenView> childSeen, List<ApprovalView> approvals, List<TeamMemberView> teamAroundTheChild,
                       List<ActionView> actions, List<ReviewView> reviews, List<ClosureView> closures,
                       List<Violation> nextStep, String nextStepLabel, List<EventView> timeline,
                       List<FamilyMemberView> familyMembers, boolean restricted, Viewer viewer,
                       List<CaseRequestView> requests, List<AccessGrantView> accessGrants,
                       List<TransferView> transfers, ApprovalView openReturn, PersonRef allocatedTo,
                       boolean allocatedLeftTeam) implements java.io.Serializable {

    /**
     * What the person looking may do beyond reading, from the access policy: decided in the application layer, shown
     * by the screens ({@code mayWork}: change the case; {@code mayDecide}: a team lead's decisions).
     */
    public record Viewer(boolean teamLead, boolean leadProfessional, boolean mayWork, boolean mayChangeFamily,
                         boolean mayDecide, boolean mayIssueCopies) implements java.io.Serializable {
        public static final Viewer NONE = new Viewer(false, false, false, false, false, false);

        /** A team lead of the case's team or its lead professional may close it. */
        public boolean mayClose() {
            return teamLead || leadProfessional;
        }
    }

    /** A move of the case from one team to another. */
    public record TransferView(String fromTeam, String toTeam, String requestedBy, String decidedBy, String reason,
                               OffsetDateTime at) implements java.io.Serializable {
        public static TransferView of(org.ecaf.domain.cases.CaseTransfer t) {
            return new TransferView(t.getFromTeam().getName(), t.getToTeam().getName(), t.getRequestedBy(),
                    t.getDecidedBy().getDisplayName(), t.getReason(), t.getTransferredAt());
        }
    }

    /** The current assessment in short. */
    public record AssessmentSummary(int number, String formId, int formVersion, String status, LocalDate startedOn,
                                    int latestRevision, OffsetDateTime lastSavedAt, String lastSavedBy,
                                    OffsetDateTime submittedAt, OffsetDateTime approvedAt, String approvedBy) implements java.io.Serializable {
        public static AssessmentSummary of(Assessment a) {
            AssessmentRevision latest = a.latest().orElse(null);
            return new AssessmentSummary(a.getNumber(), a.getFormId(), a.getFormVersion(), a.getStatus().name(),
                    a.getStartedOn(), a.latestNumber(), latest == null ? null : latest.getSavedAt(),
                    latest == null ? null : latest.getAuthorName(), a.getSubmittedAt(), a.getApprovedAt(), a.getApprovedBy());
        }
    }

    /** A consent record. */
    public record ConsentView(long id, String givenBy, Long familyMemberId, String giver, LocalDate givenOn,
                              boolean toRecord, boolean toShare, List<Ref> agencies, List<Ref> familyMembers,
                              String evidence, String recordedBy, OffsetDateTime recordedAt, LocalDate withdrawnOn,
                              String withdrawalReason, boolean inForce, List<String> withheldSections) implements java.io.Serializable {
        public static ConsentView of(Consent c, LocalDate today) {
            return new ConsentView(c.getId(), c.getGivenBy().name(),
                    c.getFamilyMember() == null ? null : c.getFamilyMember().getId(), c.giverDescription(), c.getGivenOn(),
                    c.isToRecord(), c.isToShare(), c.getAgencies().stream().map(a -> new Ref(a.getId(), a.getName())).toList(),
                    c.getFamilyMembers().stream().map(m -> new Ref(m.getId(), m.getName())).toList(), c.getEvidence(),
                    c.getRecordedBy().getDisplayName(), c.getRecordedAt(), c.getWithdrawnOn(), c.getWithdrawalReason(),
                    c.inForceOn(today), c.getWithheldSections().stream().sorted().toList());
        }
    }

    /** An id and a name. */
    public record Ref(long id, String name) implements java.io.Serializable {
    }

    /** A decision to act without consent. */
    public record WithoutConsentView(long id, String ground, String groundLabel, String reason, boolean coversRecording,
                                     List<Ref> agencies, String decidedBy, OffsetDateTime decidedAt) implements java.io.Serializable {
        public static WithoutConsentView of(WithoutConsentDecision d) {
            return new WithoutConsentView(d.getId(), d.getGround().name(), d.getGround().label(), d.getReason(),
                    d.isCoversRecording(), d.getAgencies().stream().map(a -> new Ref(a.getId(), a.getName())).toList(),
                    d.getDecidedBy().getDisplayName(), d.getDecidedAt());
        }
    }

    /** A record that the child was seen. */
    public record ChildSeenView(long id, LocalDateTime seenAt, boolean seenAlone, String location, String notes,
                                String seenBy, OffsetDateTime recordedAt) implements java.io.Serializable {
        public static ChildSeenView of(ChildSeen s) {
            return new ChildSeenView(s.getId(), s.getSeenAt(), s.isSeenAlone(), s.getLocation(), s.getNotes(),
                    s.getSeenBy().getDisplayName(), s.getRecordedAt());
        }
    }

    /** A step of the approval history. */
    public record ApprovalView(long id, int assessment, String kind, int revision, String actor, String actorName,
                               OffsetDateTime at, String comment) implements java.io.Serializable {
        public static ApprovalView of(ApprovalEvent e) {
            return new ApprovalView(e.getId(), e.getAssessment().getNumber(), e.getKind().name(), e.getRevisionNumber(),
                    e.getActor(), e.getActorName(), e.getOccurredAt(), e.getComment());
        }
    }

    /** A member of the Team Around the Child. */
    public record TeamMemberView(long id, Long practitionerId, String name, String role, String organisation,
                                 String contact, OffsetDateTime addedAt) implements java.io.Serializable {
        public static TeamMemberView of(TeamMember m) {
            return new TeamMemberView(m.getId(), m.getPractitioner() == null ? null : m.getPractitioner().getId(),
                    m.getName(), m.getRole(), m.getOrganisation(), m.getContact(), m.getAddedAt());
        }
    }

    /** An action of the delivery plan. */
    public record ActionView(long id, String what, String who, LocalDate byWhen, String desiredOutcome, String status,
                             String statusLabel, boolean overdue) implements java.io.Serializable {
        public static ActionView of(PlanAction a, LocalDate today) {
            return new ActionView(a.getId(), a.getWhat(), a.getWho(), a.getByWhen(), a.getDesiredOutcome(),
                    a.getStatus().name(), a.getStatus().label(), a.overdueOn(today));
        }
    }

    /** A recorded review. */
    public record ReviewView(long id, LocalDate reviewDate, LocalDate nextReviewDate, String recordedBy,
                             OffsetDateTime recordedAt, jakarta.json.JsonObject answers) implements java.io.Serializable {
        public static ReviewView of(Review r) {
            return new ReviewView(r.getId(), r.getReviewDate(), r.getNextReviewDate(), r.getRecordedBy(),
                    r.getRecordedAt(), r.answers().toJson());
        }
    }

    /** A closure, and its reopening if there was one. */
    public record ClosureView(long id, String reason, String closedBy, OffsetDateTime closedAt, String reopenedBy,
                              OffsetDateTime reopenedAt, String reopenReason, jakarta.json.JsonObject answers) implements java.io.Serializable {
        public static ClosureView of(CaseClosure c) {
            return new ClosureView(c.getId(), c.getReason(), c.getClosedBy(), c.getClosedAt(), c.getReopenedBy(),
                    c.getReopenedAt(), c.getReopenReason(), c.answers().toJson());
        }
    }

    /** A line of the timeline. */
    public record EventView(OffsetDateTime at, String actor, String kind, String summary) implements java.io.Serializable {
        public static EventView of(CaseEvent e) {
            return new EventView(e.getOccurredAt(), e.getActor(), e.getKind(), e.getSummary());
        }
    }

    /** The plan's actions still open (not started or in progress), overdue ones first: closing leaves them undone. */
    public List<ActionView> openActions() {
        return actions == null ? List.of() : actions.stream()
                .filter(a -> PlanAction.Status.NOT_STARTED.name().equals(a.status())
                        || PlanAction.Status.IN_PROGRESS.name().equals(a.status()))
                .sorted(java.util.Comparator.comparing(ActionView::overdue).reversed()
                        .thenComparing(ActionView::byWhen, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    public static CaseView restricted(CafCase c, ChildView child, PersonRef contact) {
        return new CaseView(c.getId(), c.getReference(), null, null, child, c.getTeam().getName(), null, null, null,
                contact, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), true, Viewer.NONE,
                List.of(), List.of(), List.of(), null, null, false);
    }
}
