package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.access.AccessGrants;
import org.ecaf.domain.access.AccessPolicy;
import org.ecaf.domain.access.Operation;
import org.ecaf.domain.access.RecordKind;
import org.ecaf.domain.access.Relation;
import org.ecaf.domain.cases.ActionDetails;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.CaseRequests;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.cases.ConsentDetails;
import org.ecaf.domain.cases.MemberDetails;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.cases.Step;
import org.ecaf.domain.cases.WithoutConsentDecision;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildRepository;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.web.application.view.AccessGrantView;
import org.ecaf.web.application.view.CaseRequestView;
import org.ecaf.web.application.view.CaseSummary;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.ChildView;
import org.ecaf.web.application.view.FamilyMemberView;
import org.ecaf.web.application.view.PersonRef;

/**
 * The case use cases: open a case, read it, consent and decisions without consent, the child seen, the
 * pre-assessment checklist, the Team Around the Child, the delivery plan, reviews, closure and reopening. Each
 * checks access, runs the domain's rules and writes an audit event, including for refusals.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class CaseService {

    private static final DateTimeFormatter UK_DATE = UkTime.DATE;

    @Inject
    CaseRepository cases;

    @Inject
    ChildRepository children;

    @Inject
    OrganisationRepository organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessDecisions access;

    @Inject
    ChildService childService;

    @Inject
    CaseRequests requests;

    @Inject
    AccessGrants grants;

    @Inject
    Audit audit;

    @Inject
    Forms forms;

    @Inject
    Clock clock;

    @Inject
    Reauthentication reauthentication;

    // ---------------------------------------------------------------- reading

    /** The case as the caller may see it: in full, as a summary, or (outside their reach) not at all. */
    public CaseView get(long caseId) {
        return Audited.run(audit, "case.read", "case", caseId, () -> {
            access.staff();
            CafCase c = cases.find(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            access.require(c, RecordKind.CASE_SUMMARY, Operation.READ);
            return view(c);
        }, v -> v.restricted() ? "restricted view" : null);
    }

    /** Cases the caller works on ({@code mine}), their team's ({@code team}), optionally in one state. */
    public List<CaseSummary> list(boolean mine, boolean team, String state) {
        return Audited.run(audit, "case.list", "case", null, () -> {
            Practitioner me = access.staff();
            CaseState wanted = parseState(state);
            Map<Long, CafCase> found = new LinkedHashMap<>();
            if (mine || !team) {
                cases.involving(me).forEach(c -> found.putIfAbsent(c.getId(), c));
            }
            if (team && me.getTeam() != null) {
                // the state filtered by the database: a team's queue reads its submitted cases, not all it holds
                (wanted == null ? cases.ofTeam(me.getTeam()) : cases.ofTeam(me.getTeam(), wanted))
                        .forEach(c -> found.putIfAbsent(c.getId(), c));
            }
            Function<CafCase, Access> accessTo = access.caseAccessForList(me);
            return found.values().stream()
                    .filter(c -> wanted == null || c.getState() == wanted)
                    .map(c -> {
                        Access level = accessTo.apply(c);
                        return level == Access.NONE ? null : CaseSummary.of(c, level);
                    })
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }, list -> list.size() + " case(s)");
    }

    // ---------------------------------------------------------------- opening

    /**
     * Refusal: the child already has an open CAF. It names the team that holds it and whom to contact there; the
     * ways forward are to ask to join its Team Around the Child or for a transfer.
     */
    public static final class CaseAlreadyOpen extends Refusal {
        private static final long serialVersionUID = 1L;
        private final String holdingTeam;
        private final transient PersonRef contact;
        private final long childId;
        private final boolean yourTeam;

        CaseAlreadyOpen(long childId, String holdingTeam, PersonRef contact, boolean yourTeam, String reference) {
            super(RefusalCode.CASE_ALREADY_OPEN,
                    yourTeam ? "Your team already has an open case for this child: " + reference
                    + "." : "This child already has an open CAF, held by " + holdingTeam + (contact == null ? ""
                    : " (contact " + contact.name() + (contact.phone() == null ? "" : ", " + contact.phone())
                    + (contact.email() == null ? "" : ", " + contact.email()) + ")") + ". A child has one CAF: ask "
                    + "to join its Team Around the Child, or ask for the case to be transferred to your team.",
                    List.of(new Violation(RefusalCode.CASE_ALREADY_OPEN, "This child already has an open CAF.", null)));
            this.childId = childId;
            this.holdingTeam = holdingTeam;
            this.contact = contact;
            this.yourTeam = yourTeam;
        }

        public String holdingTeam() {
            return holdingTeam;
        }

        public PersonRef contact() {
            return contact;
        }

        public long childId() {
            return childId;
        }

        public boolean yourTeam() {
            return yourTeam;
        }

        @Override
        public Kind kind() {
            return Kind.RULES;
        }
    }

    /**
     * Opens a case for a child: one open CAF per child (otherwise {@link CaseAlreadyOpen}), and only where the access
     * policy allows opening one (never for a shielded child outside the team that holds the record). The child's row
     * is locked so that two teams opening at once cannot both succeed.
     */
    public CaseView open(long childId) {
        return Audited.run(audit, "case.open", "child", childId, () -> {
            Practitioner me = access.staff();
            Child child = children.findForUpdate(childId).orElseThrow(() -> new NotFound("child " + childId));
            access.require(child, RecordKind.NEW_CASE, Operation.WRITE);
            List<CafCase> ofChild = cases.ofChild(child);
            List<CafCase> open = ofChild.stream().filter(c -> c.getState() != CaseState.CLOSED).toList();
            if (!open.isEmpty()) {
                CafCase holding = open.get(0);
                boolean mine = me.memberOf(holding.getTeam()) || me.leads(holding.getTeam());
                throw new CaseAlreadyOpen(childId, holding.getTeam().getName(),
                        childService.holding(child, ofChild).contact(), mine, holding.getReference());
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            CafCase c = CafCase.open(cases.nextReference(now.getYear()), child, me, now);
            cases.add(c);
            cases.flush();
            return view(c);
        }, v -> "case " + v.id() + " " + v.reference());
    }

    // ---------------------------------------------------------------- consent

    /** The particulars of a consent as entered. */
    public record ConsentInput(String givenBy, Long familyMemberId, LocalDate givenOn, boolean toRecord, boolean toShare,
                               List<Long> agencyIds, List<Long> familyMemberIds, String evidence,
                               boolean understandingConfirmed, List<String> withheldSections) {
    }

    public CaseView.ConsentView recordConsent(long caseId, ConsentInput in) {
        return change(caseId, "case.consent.record", c -> {
            LocalDate today = LocalDate.now(clock);
            Consent.GivenBy givenBy = parseGivenBy(in.givenBy());
            FamilyMember giver = in.familyMemberId() == null ? null : familyMember(c.getChild(), in.familyMemberId());
            Set<Agency> agencies = new HashSet<>();
            for (Long id : in.agencyIds() == null ? List.<Long>of() : in.agencyIds()) {
                agencies.add(organisation.agency(id).orElseThrow(() -> InvalidInput.of(RefusalCode.UNKNOWN_AGENCY,
                        "There is no agency " + id + ".", "agencyIds")));
            }
            Set<FamilyMember> members = new HashSet<>();
            for (Long id : in.familyMemberIds() == null ? List.<Long>of() : in.familyMemberIds()) {
                members.add(familyMember(c.getChild(), id));
            }
            ConsentDetails details = ConsentDetails.of(c.getChild(), givenBy, giver, in.givenOn(), in.toRecord(),
                    in.toShare(), agencies, members, in.evidence(), in.understandingConfirmed(), today)
                    .withholding(in.withheldSections() == null ? Set.of() : Set.copyOf(in.withheldSections()),
                            forms.latest(CafCase.CAF_FORM));
            return c.recordConsent(details, step());
        }, consent -> CaseView.ConsentView.of(consent, LocalDate.now(clock)));
    }

    public CaseView.ConsentView withdrawConsent(long caseId, long consentId, LocalDate on, String reason) {
        return change(caseId, "case.consent.withdraw", c -> {
                    Step step = step();
                    return c.withdrawConsent(consentId, on == null ? step.today() : on, reason, step);
                },
                consent -> CaseView.ConsentView.of(consent, LocalDate.now(clock)));
    }

    public CaseView.WithoutConsentView recordWithoutConsent(long caseId, String ground, String reason,
                                                            boolean coversRecording, List<Long> agencyIds) {
        return change(caseId, "case.without-consent.record", RecordKind.TEAM_LEAD_DECISIONS, c -> {
            reauthentication.require();
            WithoutConsentDecision.Ground g = null;
            if (ground != null && !ground.isBlank()) {
                try {
                    g = WithoutConsentDecision.Ground.valueOf(ground.strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw InvalidInput.of(RefusalCode.UNKNOWN_OPTION, "The ground must be one of "
                            + List.of(WithoutConsentDecision.Ground.values()) + ".", "ground");
                }
            }
            Set<Agency> agencies = new HashSet<>();
            for (Long id : agencyIds == null ? List.<Long>of() : agencyIds) {
                agencies.add(organisation.agency(id).orElseThrow(() -> InvalidInput.of(RefusalCode.UNKNOWN_AGENCY,
                        "There is no agency " + id + ".", "agencyIds")));
            }
            return c.recordWithoutConsentDecision(g, reason, coversRecording, agencies, step());
        }, CaseView.WithoutConsentView::of);
    }

    // ---------------------------------------------------------------- child seen and pre-assessment

    public CaseView.ChildSeenView recordChildSeen(long caseId, LocalDateTime seenAt, boolean seenAlone, String location,
                                                  String notes) {
        return change(caseId, "case.child-seen.record", c -> c.recordChildSeen(seenAt, seenAlone, location, notes,
                step()), CaseView.ChildSeenView::of);
    }

    public CaseView recordPreAssessment(long caseId, JsonObject answers) {
        return change(caseId, "case.pre-assessment.record", c -> {
            FormDefinition definition = forms.latest(CafCase.PRE_ASSESSMENT_FORM);
            c.recordPreAssessment(definition, Answers.fromJson(answers), step());
            return c;
        }, this::view);
    }

    // ---------------------------------------------------------------- Team Around the Child and plan

    public CaseView setLeadProfessional(long caseId, Long practitionerId) {
        return change(caseId, "case.lead-professional.set", RecordKind.TEAM_LEAD_DECISIONS, c -> {
            if (practitionerId == null) {
                throw InvalidInput.of(RefusalCode.REQUIRED, "Choose the lead professional.", "practitionerId");
            }
            Practitioner lead = organisation.practitioner(practitionerId).orElseThrow(() -> InvalidInput.of(
                    RefusalCode.UNKNOWN_PRACTITIONER, "There is no practitioner " + practitionerId + ".", "practitionerId"));
            c.setLeadProfessional(lead, step());
            return c;
        }, this::view);
    }

    /**
     * Allocates the case to a practitioner of the holding team, or reassigns it (a team lead of that team): the
     * practitioner by id, an optional reason. Audited with the practitioner's username.
     */
    public CaseView allocate(long caseId, Long practitionerId, String reason) {
        return change(caseId, "case.allocation.set", RecordKind.TEAM_LEAD_DECISIONS, c -> {
            if (practitionerId == null) {
                throw InvalidInput.of(RefusalCode.REQUIRED, "Choose the practitioner to allocate the case to.",
                        "practitionerId");
            }
            Practitioner to = organisation.practitioner(practitionerId).orElseThrow(() -> InvalidInput.of(
                    RefusalCode.UNKNOWN_PRACTITIONER, "There is no practitioner " + practitionerId + ".", "practitionerId"));
            c.allocateTo(to, reason, step());
            return c;
        }, this::view);
    }

    public CaseView.TeamMemberView addTeamMember(long caseId, Long practitionerId, String name, String role,
                                                 String organisationName, String contact) {
        return change(caseId, "case.tac.add", c -> {
            Practitioner p = practitionerId == null ? null : organisation.practitioner(practitionerId).orElseThrow(() ->
                    InvalidInput.of(RefusalCode.UNKNOWN_PRACTITIONER,
                            "There is no practitioner " + practitionerId + ".",
                            "practitionerId"));
            if (p != null) {
                // a member with an eCAF account can then read the whole case: the holding team's lead decides that
                access.require(c, RecordKind.TEAM_LEAD_DECISIONS, Operation.WRITE);
            }
            return c.addTeamMember(new MemberDetails(p, name, role, organisationName, contact), step());
        }, CaseView.TeamMemberView::of);
    }

    public CaseView removeTeamMember(long caseId, long memberId) {
        return change(caseId, "case.tac.remove", c -> {
            c.removeTeamMember(memberId, step());
            return c;
        }, this::view);
    }

    /**
     * Records an action of the plan (the API: it may record actions agreed earlier, for example when a plan kept
     * elsewhere is brought in, so a past date is accepted and the action shows as overdue).
     */
    public CaseView.ActionView addAction(long caseId, String what, String who, LocalDate byWhen, String outcome) {
        return change(caseId, "case.action.add",
                c -> c.addAction(new ActionDetails(what, who, byWhen, outcome), step()),
                a -> CaseView.ActionView.of(a, LocalDate.now(clock)));
    }

    /** Agrees a new action now (Team and plan): as {@link #addAction}, but a due date in the past is refused. */
    public CaseView.ActionView agreeAction(long caseId, String what, String who, LocalDate byWhen, String outcome) {
        return change(caseId, "case.action.add", c -> {
            refusePastDueDate(byWhen, null);
            return c.addAction(new ActionDetails(what, who, byWhen, outcome), step());
        }, a -> CaseView.ActionView.of(a, LocalDate.now(clock)));
    }

    /**
     * Changes an action on Team and plan: as {@link #updateAction}, but a new due date cannot be in the past (an
     * overdue action keeps its date when only its wording or status changes).
     */
    public CaseView.ActionView changeAction(long caseId, long actionId, String what, String who, LocalDate byWhen,
                                            String outcome, String status) {
        return updateAction(caseId, actionId, what, who, byWhen, outcome, status, true);
    }

    /**
     * The actions agreed in the approved assessment ("Actions agreed") that the delivery plan does not hold yet (by
     * their wording): the plan starts from them. Empty unless the current assessment is approved.
     */
    public List<CaseView.ActionView> agreedActionsToAdd(long caseId) {
        return Audited.run(audit, "case.agreed-actions.read", "case", caseId, () -> {
            access.staff();
            CafCase c = cases.find(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            access.require(c, RecordKind.ASSESSMENT, Operation.READ);
            return agreedNotInPlan(c);
        }, list -> list.size() + " action(s)");
    }

    /** Adds every action agreed in the approved assessment that the plan does not hold yet, with its agreed date. */
    public CaseView addAgreedActions(long caseId) {
        return change(caseId, "case.action.add-agreed", c -> {
            List<CaseView.ActionView> agreed = agreedNotInPlan(c);
            if (agreed.isEmpty()) {
                throw InvalidInput.of(RefusalCode.NOTHING_TO_ADD,
                        "Every action agreed in the approved assessment is already in "
                        + "the delivery plan.", null);
            }
            Step step = step();
            for (CaseView.ActionView a : agreed) {
                c.addAction(new ActionDetails(a.what(), a.who(), a.byWhen(), a.desiredOutcome()), step);
            }
            return c;
        }, this::view);
    }

    private static List<CaseView.ActionView> agreedNotInPlan(CafCase c) {
        var approved = c.currentAssessment()
                .filter(a -> a.getStatus() == org.ecaf.domain.cases.Assessment.Status.APPROVED)
                .flatMap(org.ecaf.domain.cases.Assessment::latest);
        if (approved.isEmpty()) {
            return List.of();
        }
        Set<String> inPlan = new HashSet<>();
        c.getActions().forEach(a -> inPlan.add(a.getWhat().strip()));
        List<CaseView.ActionView> found = new java.util.ArrayList<>();
        for (org.ecaf.forms.answers.Answers row : approved.get().answers().rows("actions")) {
            String what = row.text("what").map(String::strip).orElse("");
            String who = row.text("who").map(String::strip).orElse("");
            LocalDate byWhen;
            try {
                byWhen = row.text("by_when").map(LocalDate::parse).orElse(null);
            } catch (java.time.format.DateTimeParseException e) {
                byWhen = null;
            }
            if (what.isEmpty() || who.isEmpty() || byWhen == null || !inPlan.add(what)) {
                continue;
            }
            found.add(new CaseView.ActionView(0, what, who, byWhen, row.text("desired_outcome").orElse(null),
                    PlanAction.Status.NOT_STARTED.name(), PlanAction.Status.NOT_STARTED.label(), false));
        }
        return found;
    }

    /**
     * A practitioner agreeing an action today cannot give it a date already past ({@code DATE_IN_PAST}, nothing
     * changed); an overdue action keeps its date when only its status or wording changes. (Demo data, the API and
     * imports of older plans may hold past dates, so the rule is this use case's, not the aggregate's.)
     */
    private void refusePastDueDate(LocalDate byWhen, LocalDate before) {
        if (byWhen != null && !byWhen.equals(before) && byWhen.isBefore(LocalDate.now(clock))) {
            throw InvalidInput.of(RefusalCode.DATE_IN_PAST, "The date the action is due cannot be in the past: enter today's date "
                    + "or a later one.", "byWhen");
        }
    }

    public CaseView.ActionView updateAction(long caseId, long actionId, String what, String who, LocalDate byWhen,
                                            String outcome, String status) {
        return updateAction(caseId, actionId, what, who, byWhen, outcome, status, false);
    }

    private CaseView.ActionView updateAction(long caseId, long actionId, String what, String who, LocalDate byWhen,
                                             String outcome, String status, boolean refusePast) {
        return change(caseId, "case.action.update", c -> {
            PlanAction.Status s = null;
            if (status != null && !status.isBlank()) {
                try {
                    s = PlanAction.Status.valueOf(status.strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw InvalidInput.of(RefusalCode.UNKNOWN_OPTION, "The status must be one of "
                            + List.of(PlanAction.Status.values()) + ".", "status");
                }
            }
            LocalDate before = c.getActions().stream().filter(a -> java.util.Objects.equals(a.getId(), actionId))
                    .map(PlanAction::getByWhen).findFirst().orElse(null);
            if (refusePast) {
                refusePastDueDate(byWhen, before);
            }
            return c.updateAction(actionId, new ActionDetails(what, who, byWhen, outcome), s, step());
        }, a -> CaseView.ActionView.of(a, LocalDate.now(clock)));
    }

    public CaseView setReviewDate(long caseId, LocalDate date) {
        return change(caseId, "case.review-date.set", c -> {
            c.setReviewDate(date, step());
            return c;
        }, this::view);
    }

    public CaseView activatePlan(long caseId) {
        return change(caseId, "case.plan.activate", RecordKind.TEAM_LEAD_DECISIONS, c -> {
            c.activatePlan(step());
            return c;
        }, this::view);
    }

    public CaseView.ReviewView recordReview(long caseId, JsonObject answers) {
        return change(caseId, "case.review.record", c -> c.recordReview(forms.latest(CafCase.REVIEW_FORM),
                        Answers.fromJson(answers), step()),
                CaseView.ReviewView::of);
    }

    // ---------------------------------------------------------------- closure

    public CaseView close(long caseId, JsonObject answers) {
        return change(caseId, "case.close", RecordKind.CLOSURE, c -> {
            c.close(forms.latest(CafCase.CLOSURE_FORM), Answers.fromJson(answers), step());
            return c;
        }, this::view);
    }

    public CaseView reopen(long caseId, String reason) {
        return change(caseId, "case.reopen", RecordKind.TEAM_LEAD_DECISIONS, c -> {
            c.reopen(reason, step());
            return c;
        }, this::view);
    }

    // ---------------------------------------------------------------- helpers

    /** The signed-in person acting now. */
    private Step step() {
        return Step.now(currentUser.get(), clock);
    }

    /** A change to a case's content ({@link RecordKind#CASE}): see {@link #change(long, String, RecordKind, java.util.function.Function, java.util.function.Function)}. */
    <T, R> R change(long caseId, String action, java.util.function.Function<CafCase, T> work,
                    java.util.function.Function<T, R> result) {
        return change(caseId, action, RecordKind.CASE, work, result);
    }

    /**
     * A change to a case: the case locked, the access policy asked for writing {@code kind}, audited whatever the
     * outcome.
     */
    <T, R> R change(long caseId, String action, RecordKind kind, java.util.function.Function<CafCase, T> work,
                    java.util.function.Function<T, R> result) {
        return Audited.run(audit, action, "case", caseId, () -> {
            access.staff();
            CafCase c = cases.findForUpdate(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            access.require(c, kind, Operation.WRITE);
            T done = work.apply(c);
            cases.flush();
            return result.apply(done);
        }, null);
    }

    private static FamilyMember familyMember(Child child, long id) {
        return child.familyMember(id).orElseThrow(() -> InvalidInput.of(RefusalCode.NOT_THIS_CHILDS_FAMILY,
                "Family member " + id + " is not recorded for this child.", "familyMemberId"));
    }

    private static Consent.GivenBy parseGivenBy(String givenBy) {
        if (givenBy == null || givenBy.isBlank()) {
            return null;
        }
        try {
            return Consent.GivenBy.valueOf(givenBy.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(RefusalCode.UNKNOWN_OPTION, "givenBy must be YOUNG_PERSON or FAMILY_MEMBER.",
                    "givenBy");
        }
    }

    private static CaseState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return CaseState.valueOf(state.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(RefusalCode.UNKNOWN_OPTION,
                    "state must be one of " + List.of(CaseState.values()) + ".", "state");
        }
    }

    /** The case as the signed-in person may see it, from the access policy. */
    CaseView view(CafCase c) {
        LocalDate today = LocalDate.now(clock);
        Practitioner me = currentUser.get();
        Set<Relation> relations = access.toCase(me, c);
        boolean shielded = c.getChild().isShielded();
        Child child = c.getChild();
        List<CafCase> ofChild = cases.ofChild(child);
        ChildView.Holding holding = childService.holding(child, ofChild);
        Access childLevel = access.childAccess(me, child);
        ChildView childView = ChildView.of(child, childLevel, today, List.of(), holding);
        if (!AccessPolicy.permits(relations, shielded, RecordKind.CASE, Operation.READ)) {
            return CaseView.restricted(c, ChildView.of(child, Access.RESTRICTED, today, List.of(), holding),
                    holding.contact());
        }
        boolean family = AccessPolicy.permits(relations, shielded, RecordKind.FAMILY_MEMBERS, Operation.READ);
        List<Violation> next = nextStep(c, today);
        return new CaseView(c.getId(), c.getReference(), c.getState(), c.getState().label(),
                childView, c.getTeam().getName(), c.getTeam().getId(),
                PersonRef.of(c.getOpenedBy()), c.getOpenedAt(), PersonRef.of(c.getLeadProfessional()), c.getReviewDate(),
                c.getPreAssessmentDecision(),
                c.currentAssessment().map(CaseView.AssessmentSummary::of).orElse(null),
                c.getConsents().stream().map(x -> CaseView.ConsentView.of(x, today)).toList(),
                c.getWithoutConsentDecisions().stream().map(CaseView.WithoutConsentView::of).toList(),
                c.getChildSeen().stream().map(CaseView.ChildSeenView::of).toList(),
                c.getApprovals().stream().map(CaseView.ApprovalView::of).toList(),
                c.currentTeamMembers().stream().map(CaseView.TeamMemberView::of).toList(),
                c.getActions().stream().map(a -> CaseView.ActionView.of(a, today)).toList(),
                c.getReviews().stream().map(CaseView.ReviewView::of).toList(),
                c.getClosures().stream().map(CaseView.ClosureView::of).toList(),
                next, nextStepLabel(c), c.getEvents().stream().map(CaseView.EventView::of)
                        .sorted(Comparator.comparing(CaseView.EventView::at).reversed()).toList(),
                family ? child.getFamilyMembers().stream().map(FamilyMemberView::of).toList() : List.of(), false,
                new CaseView.Viewer(me.leads(c.getTeam()), me.equals(c.getLeadProfessional()),
                        AccessPolicy.permits(relations, shielded, RecordKind.CASE, Operation.WRITE),
                        AccessPolicy.permits(relations, shielded, RecordKind.FAMILY_MEMBERS, Operation.WRITE),
                        AccessPolicy.permits(relations, shielded, RecordKind.TEAM_LEAD_DECISIONS, Operation.WRITE),
                        AccessPolicy.permits(relations, shielded, RecordKind.COPIES, Operation.WRITE)),
                AccessPolicy.permits(relations, shielded, RecordKind.CASE_REQUESTS, Operation.READ)
                        ? requests.ofCase(c).stream().map(r -> CaseRequestView.of(r, true)).toList() : List.of(),
                AccessPolicy.permits(relations, shielded, RecordKind.ACCESS_GRANTS, Operation.READ)
                        ? grants.ofChild(child).stream().map(g -> AccessGrantView.of(g, OffsetDateTime.now(clock)))
                        .toList() : List.of(),
                c.getTransfers().stream().map(CaseView.TransferView::of).toList(),
                c.openReturn().map(CaseView.ApprovalView::of).orElse(null), PersonRef.of(c.getAllocatedTo()),
                c.getAllocatedTo() != null && c.currentHolder().isEmpty());
    }

    private List<Violation> nextStep(CafCase c, LocalDate today) {
        return switch (c.getState()) {
            case PRE_ASSESSMENT -> c.recordingBlockers(today);
            case ASSESSMENT_IN_PROGRESS -> c.currentAssessment()
                    .map(a -> c.submissionBlockers(forms.get(a.getFormId(), a.getFormVersion()), today))
                    .orElse(List.of());
            case APPROVED -> c.planBlockers(today);
            case PLAN_ACTIVE -> c.getReviewDate() != null && c.getReviewDate().isBefore(today)
                    ? List.of(new Violation(RefusalCode.REVIEW_OVERDUE,
                            "The review due on " + UK_DATE.format(c.getReviewDate())
                    + " has not been recorded.", "reviewDate")) : List.of();
            default -> List.of();
        };
    }

    private static String nextStepLabel(CafCase c) {
        return switch (c.getState()) {
            case PRE_ASSESSMENT -> "Record consent, then start the assessment";
            case ASSESSMENT_IN_PROGRESS -> "Complete the assessment, record that the child was seen, and submit it";
            case SUBMITTED -> "Waiting for a team lead of " + c.getTeam().getName() + " to approve or return it";
            case APPROVED -> "Agree the lead professional and review date, then make the delivery plan active";
            case PLAN_ACTIVE -> c.getReviewDate() == null ? "Set the next review date"
                    : "Next review on " + UK_DATE.format(c.getReviewDate());
            case CLOSED -> "Closed; a team lead can reopen it";
        };
    }
}
