package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.access.Operation;
import org.ecaf.domain.access.RecordKind;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.CaseRequest;
import org.ecaf.domain.cases.CaseRequests;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.application.view.CaseRequestView;

/**
 * One CAF per child, and the two ways forward for another team: ask to join the Team Around the Child, or ask for
 * the case to be transferred. A team lead of the holding team decides; everything is audited and on the timeline.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class CaseRequestService {

    @Inject
    ChildRepository children;

    @Inject
    CaseRepository cases;

    @Inject
    CaseRequests requests;

    @Inject
    AccessDecisions access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** The requests someone made, and (for a team lead) those waiting for their decision. */
    public record Requests(List<CaseRequestView> made, List<CaseRequestView> toDecide) {
    }

    /** Asks to join the Team Around the Child of the child's open case, or for its transfer to the caller's team. */
    public CaseRequestView ask(long childId, String kind, String reason, String role) {
        return Audited.run(audit, "case.request", "child", childId, () -> {
            access.staff();
            Child child = children.find(childId).orElseThrow(() -> new NotFound("child " + childId));
            Practitioner me = access.require(child, RecordKind.CASE_REQUESTS, Operation.WRITE);
            CaseRequest.Kind k = parseKind(kind);
            CafCase open = cases.ofChild(child).stream().filter(c -> c.getState() != CaseState.CLOSED).findFirst()
                    .orElseThrow(() -> new RulesViolated(List.of(new Violation(RefusalCode.NO_OPEN_CASE,
                            "This child has no open "
                            + "case to join or transfer. Open a case instead.", null))));
            CafCase locked = cases.findForUpdate(open.getId()).orElseThrow();
            List<CaseRequest> mine = requests.ofCase(locked).stream().filter(r -> r.getRequestedBy().equals(me)).toList();
            CaseRequest request = CaseRequest.ask(locked, k, me, reason, role, mine, OffsetDateTime.now(clock));
            requests.add(request);
            cases.flush();
            return CaseRequestView.of(request, access.caseAccess(me, locked) == Access.FULL);
        }, r -> r.kind() + " request " + r.id() + " on case " + r.caseId());
    }

    /** The caller's own requests, and the pending requests about their team's cases if they lead it. */
    public Requests mine() {
        return Audited.run(audit, "case.requests.read", "case-request", null, () -> {
            Practitioner me = access.staff();
            Function<CafCase, Access> accessTo = access.caseAccessForList(me);
            List<CaseRequestView> made = requests.by(me).stream()
                    .map(r -> CaseRequestView.of(r, accessTo.apply(r.getCafCase()) == Access.FULL)).toList();
            List<CaseRequestView> toDecide = me.hasRole(Role.TEAM_LEAD) && me.getTeam() != null
                    ? requests.pendingFor(me.getTeam()).stream().map(r -> CaseRequestView.of(r, true)).toList()
                    : List.of();
            return new Requests(made, toDecide);
        }, r -> r.made().size() + " made, " + r.toDecide().size() + " to decide");
    }

    /** A team lead of the holding team accepts or declines (with a comment) a request. */
    public CaseRequestView decide(long requestId, Boolean accept, String comment) {
        return Audited.run(audit, "case.request.decide", "case-request", requestId, () -> {
            access.staff();
            CaseRequest request = requests.findForUpdate(requestId)
                    .orElseThrow(() -> new NotFound("request " + requestId));
            CafCase c = cases.findForUpdate(request.getCafCase().getId()).orElseThrow();
            Practitioner me;
            try {
                me = access.require(c, RecordKind.TEAM_LEAD_DECISIONS, Operation.WRITE);
            } catch (org.ecaf.domain.shared.OutOfReach outOfReach) {
                throw new org.ecaf.domain.shared.OutOfReach("request " + requestId);
            }
            if (accept == null) {
                throw InvalidInput.of(RefusalCode.REQUIRED, "Say whether the request is accepted (accept: true or false).",
                        "accept");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (accept) {
                request.accept(me, comment, now);
            } else {
                request.decline(me, comment, now);
            }
            cases.flush();
            return CaseRequestView.of(request, access.caseAccess(me, c) == Access.FULL);
        }, r -> r.status() + " " + r.kind() + " request on case " + r.caseId());
    }

    /** The requester withdraws a pending request. */
    public CaseRequestView withdraw(long requestId) {
        return Audited.run(audit, "case.request.withdraw", "case-request", requestId, () -> {
            Practitioner me = access.staff();
            CaseRequest request = requests.findForUpdate(requestId)
                    .filter(r -> r.getRequestedBy().equals(me))
                    .orElseThrow(() -> new NotFound("request " + requestId));
            request.withdraw(me, OffsetDateTime.now(clock));
            cases.flush();
            return CaseRequestView.of(request, access.caseAccess(me, request.getCafCase()) == Access.FULL);
        }, r -> "withdrawn");
    }

    private static CaseRequest.Kind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw InvalidInput.of(RefusalCode.REQUIRED,
                    "Say whether you ask to JOIN the Team Around the Child or for a TRANSFER "
                    + "of the case.", "kind");
        }
        try {
            return CaseRequest.Kind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(RefusalCode.UNKNOWN_OPTION, "kind must be JOIN or TRANSFER.", "kind");
        }
    }
}
