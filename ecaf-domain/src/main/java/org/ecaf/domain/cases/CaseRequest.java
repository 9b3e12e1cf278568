package org.ecaf.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;

/**
 * The ways forward when a child already has an open CAF in another team: ask to <b>join</b> its Team Around the
 * Child, or ask for the case to be <b>transferred</b> to your team. A team lead of the holding team decides; the
 * request, the decision and its comment stay on record.
 */
@Entity
@Table(name = "case_request")
public class CaseRequest extends org.ecaf.domain.shared.DomainEntity {

    /** What is asked. */
    public enum Kind {
        JOIN("join the Team Around the Child"), TRANSFER("transfer the case");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the request stands. */
    public enum Status { PENDING, ACCEPTED, DECLINED, WITHDRAWN }

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private CafCase cafCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @ManyToOne(optional = false)
    @JoinColumn(name = "requested_by", nullable = false)
    private Practitioner requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "reason", nullable = false, length = 1000)
    private String reason;

    @Column(name = "tac_role", length = 200)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @ManyToOne
    @JoinColumn(name = "decided_by")
    private Practitioner decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_comment", length = 1000)
    private String comment;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected CaseRequest() {
    }

    private CaseRequest(CafCase cafCase, Kind kind, Practitioner by, String reason, String role, OffsetDateTime at) {
        this.cafCase = cafCase;
        this.kind = kind;
        this.requestedBy = by;
        this.reason = reason;
        this.role = role;
        this.requestedAt = at;
        this.status = Status.PENDING;
    }

    /**
     * A request by {@code by} about {@code cafCase}; {@code pending} are the requester's requests still waiting on the
     * same case. Every problem is reported at once.
     */
    public static CaseRequest ask(CafCase cafCase, Kind kind, Practitioner by, String reason, String role,
                                  List<CaseRequest> pending, OffsetDateTime at) {
        List<Violation> problems = new ArrayList<>();
        if (kind == null) {
            throw InvalidInput.of(RefusalCode.REQUIRED, "Say whether you ask to JOIN the Team Around the Child or for a TRANSFER "
                    + "of the case.", "kind");
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation(RefusalCode.REASON_REQUIRED, "Say why: the team lead who decides will read it.", "reason"));
        } else if (reason.strip().length() > 1000) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "The reason is longer than 1000 characters.", "reason"));
        }
        if (kind == Kind.JOIN && (role == null || role.isBlank())) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Say what your role would be, for example \"school nurse\".", "role"));
        } else if (role != null && role.strip().length() > 200) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "The role is longer than 200 characters.", "role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Violation> rules = new ArrayList<>();
        if (cafCase.getState() == CaseState.CLOSED) {
            rules.add(new Violation(RefusalCode.CASE_CLOSED, "The case is closed; open a new case instead.", null));
        }
        if (by.getTeam() == null) {
            rules.add(new Violation(RefusalCode.NOT_IN_A_TEAM, "Only a practitioner in a team can make this request.", null));
        } else if (kind == Kind.TRANSFER && (by.memberOf(cafCase.getTeam()) || by.leads(cafCase.getTeam()))) {
            rules.add(new Violation(RefusalCode.SAME_TEAM, "Your team already holds this case.", null));
        }
        if (kind == Kind.JOIN && (cafCase.isTeamAroundTheChildMember(by) || by.leads(cafCase.getTeam())
                || by.equals(cafCase.getLeadProfessional()))) {
            rules.add(new Violation(RefusalCode.ALREADY_INVOLVED, "You already work on this case.", null));
        }
        if (pending.stream().anyMatch(r -> r.kind == kind && r.status == Status.PENDING)) {
            rules.add(new Violation(RefusalCode.REQUEST_PENDING, "You have already asked to " + kind.label() + "; the team lead "
                    + "of " + cafCase.getTeam().getName() + " has not decided yet.", null));
        }
        RulesViolated.throwIfAny(rules);
        CaseRequest request = new CaseRequest(cafCase, kind, by, reason.strip(), role == null ? null : role.strip(), at);
        cafCase.note(by, at, kind == Kind.JOIN ? "JOIN_REQUESTED" : "TRANSFER_REQUESTED", by.getDisplayName() + " ("
                + by.getTeam().getName() + ") asked to " + kind.label() + ": " + reason.strip());
        return request;
    }

    /** A team lead of the holding team accepts: the requester joins the Team Around the Child, or the case moves. */
    public void accept(Practitioner lead, String decisionComment, OffsetDateTime at) {
        requireDecider(lead);
        requirePending();
        // a request is decided at a moment; the case is changed on that moment's own day and time
        Step step = new Step(lead, at, at.toLocalDateTime());
        if (kind == Kind.JOIN) {
            cafCase.addTeamMember(MemberDetails.of(requestedBy, role), step);
        } else {
            if (requestedBy.getTeam() == null) {
                throw new RulesViolated(List.of(new Violation(RefusalCode.NOT_IN_A_TEAM, requestedBy.getDisplayName()
                        + " is no longer in a team.", null)));
            }
            cafCase.transferTo(requestedBy.getTeam(), requestedBy.getDisplayName(), reason, step);
        }
        decide(Status.ACCEPTED, lead, decisionComment, at);
    }

    /** A team lead of the holding team declines, saying why. */
    public void decline(Practitioner lead, String decisionComment, OffsetDateTime at) {
        requireDecider(lead);
        requirePending();
        if (decisionComment == null || decisionComment.isBlank()) {
            throw InvalidInput.of(RefusalCode.COMMENT_REQUIRED, "Say why the request is declined; " + requestedBy.getDisplayName()
                    + " will read it.", "comment");
        }
        decide(Status.DECLINED, lead, decisionComment, at);
        cafCase.note(lead, at, kind == Kind.JOIN ? "JOIN_DECLINED" : "TRANSFER_DECLINED", lead.getDisplayName()
                + " declined " + requestedBy.getDisplayName() + "'s request to " + kind.label() + ": "
                + decisionComment.strip());
    }

    /** The requester withdraws a request that is still pending. */
    public void withdraw(Practitioner by, OffsetDateTime at) {
        if (!by.equals(requestedBy)) {
            throw new AccessDenied(RefusalCode.NOT_YOUR_REQUEST, "Only the person who asked can withdraw a request.");
        }
        requirePending();
        decide(Status.WITHDRAWN, by, null, at);
    }

    private void requireDecider(Practitioner lead) {
        if (!lead.leads(cafCase.getTeam())) {
            throw new AccessDenied(RefusalCode.NOT_TEAM_LEAD, "Only a team lead of " + cafCase.getTeam().getName()
                    + " can decide this request.");
        }
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new RulesViolated(List.of(new Violation(RefusalCode.REQUEST_DECIDED, "This request was already "
                    + status.name().toLowerCase() + ".", null)));
        }
    }

    private void decide(Status outcome, Practitioner by, String decisionComment, OffsetDateTime at) {
        if (decisionComment != null && decisionComment.strip().length() > 1000) {
            throw InvalidInput.of(RefusalCode.TOO_LONG, "The comment is longer than 1000 characters.", "comment");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.comment = decisionComment == null || decisionComment.isBlank() ? null : decisionComment.strip();
    }

    public CafCase getCafCase() {
        return cafCase;
    }

    public Kind getKind() {
        return kind;
    }

    public Practitioner getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getRole() {
        return role;
    }

    public Status getStatus() {
        return status;
    }

    public Practitioner getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }
}
