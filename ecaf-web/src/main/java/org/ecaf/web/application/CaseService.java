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
import org.ecaf.domain.access.Access;
import org.ecaf.domain.access.CaseAccessPolicy;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.cases.ConsentDetails;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.cases.WithoutConsentDecision;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildRepository;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.Answers;
import org.ecaf.forms.FormDefinition;
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

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CaseRepository cases;

    @Inject
    ChildRepository children;

    @Inject
    OrganisationRepository organisation;

    @Inject
    CurrentUser currentUser;

    @Inject
    Audit audit;

    @Inject
    Forms forms;

    @Inject
    Clock clock;

    @Inject
    Reauthentication reauthentication;

    // ---------------------------------------------------------------- reading

    public CaseView get(long caseId) {
        return Audited.run(audit, "case.read", "case", caseId, () -> {
            CafCase c = cases.find(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            Access access = CaseAccessPolicy.toCase(currentUser.get(), c);
            if (access == Access.NONE) {
                throw denied(c);
            }
            return view(c, access);
        }, v -> v.restricted() ? "restricted view" : null);
    }

    /** Cases the caller works on ({@code mine}), their team's ({@code team}), optionally in one state. */
    public List<CaseSummary> list(boolean mine, boolean team, String state) {
        return Audited.run(audit, "case.list", "case", null, () -> {
            Practitioner me = currentUser.get();
            if (me.hasRole(Role.ADMIN) && !me.hasRole(Role.PRACTITIONER) && !me.hasRole(Role.TEAM_LEAD)) {
                throw new AccessDenied("NO_CASE_ACCESS", "Administrators do not see case content.");
            }
            CaseState wanted = parseState(state);
            Map<Long, CafCase> found = new LinkedHashMap<>();
            if (mine || !team) {
                cases.involving(me).forEach(c -> found.putIfAbsent(c.getId(), c));
            }
            if (team && me.getTeam() != null) {
                cases.ofTeam(me.getTeam()).forEach(c -> found.putIfAbsent(c.getId(), c));
            }
            return found.values().stream()
                    .filter(c -> wanted == null || c.getState() == wanted)
                    .map(c -> CaseSummary.of(c, CaseAccessPolicy.toCase(me, c)))
                    .filter(s -> !s.restricted() || s.childName() != null)
                    .toList();
        }, list -> list.size() + " case(s)");
    }

    // ---------------------------------------------------------------- opening

    public CaseView open(long childId) {
        return Audited.run(audit, "case.open", "child", childId, () -> {
            Practitioner me = currentUser.get();
            Child child = children.find(childId).orElseThrow(() -> new NotFound("child " + childId));
            if (CaseAccessPolicy.toChild(me, child, cases.ofChild(child)) == Access.NONE) {
                throw new AccessDenied("NO_CHILD_ACCESS", "You cannot open a case for this child.");
            }
            List<CafCase> open = cases.ofChild(child).stream()
                    .filter(c -> c.getState() != CaseState.CLOSED && c.getTeam().equals(me.getTeam())).toList();
            if (!open.isEmpty()) {
                throw new org.ecaf.domain.shared.RulesViolated(List.of(new Violation("CASE_ALREADY_OPEN",
                        "Your team already has an open case for this child: " + open.get(0).getReference() + ".", null)));
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            CafCase c = CafCase.open(cases.nextReference(now.getYear()), child, me, now);
            cases.add(c);
            cases.flush();
            return view(c, Access.FULL);
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
                agencies.add(organisation.agency(id).orElseThrow(() -> InvalidInput.of("UNKNOWN_AGENCY",
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
            return c.recordConsent(details, currentUser.get(), OffsetDateTime.now(clock));
        }, consent -> CaseView.ConsentView.of(consent, LocalDate.now(clock)));
    }

    public CaseView.ConsentView withdrawConsent(long caseId, long consentId, LocalDate on, String reason) {
        return change(caseId, "case.consent.withdraw", c -> c.withdrawConsent(consentId,
                        on == null ? LocalDate.now(clock) : on, reason, currentUser.get(), OffsetDateTime.now(clock),
                        LocalDate.now(clock)),
                consent -> CaseView.ConsentView.of(consent, LocalDate.now(clock)));
    }

    public CaseView.WithoutConsentView recordWithoutConsent(long caseId, String ground, String reason,
                                                            boolean coversRecording, List<Long> agencyIds) {
        return change(caseId, "case.without-consent.record", c -> {
            reauthentication.require();
            WithoutConsentDecision.Ground g = null;
            if (ground != null && !ground.isBlank()) {
                try {
                    g = WithoutConsentDecision.Ground.valueOf(ground.strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw InvalidInput.of("UNKNOWN_OPTION", "The ground must be one of "
                            + List.of(WithoutConsentDecision.Ground.values()) + ".", "ground");
                }
            }
            Set<Agency> agencies = new HashSet<>();
            for (Long id : agencyIds == null ? List.<Long>of() : agencyIds) {
                agencies.add(organisation.agency(id).orElseThrow(() -> InvalidInput.of("UNKNOWN_AGENCY",
                        "There is no agency " + id + ".", "agencyIds")));
            }
            return c.recordWithoutConsentDecision(g, reason, coversRecording, agencies, currentUser.get(),
                    OffsetDateTime.now(clock));
        }, CaseView.WithoutConsentView::of);
    }

    // ---------------------------------------------------------------- child seen and pre-assessment

    public CaseView.ChildSeenView recordChildSeen(long caseId, LocalDateTime seenAt, boolean seenAlone, String location,
                                                  String notes) {
        return change(caseId, "case.child-seen.record", c -> c.recordChildSeen(seenAt, seenAlone, location, notes,
                currentUser.get(), OffsetDateTime.now(clock), LocalDateTime.now(clock)), CaseView.ChildSeenView::of);
    }

    public CaseView recordPreAssessment(long caseId, JsonObject answers) {
        return change(caseId, "case.pre-assessment.record", c -> {
            FormDefinition definition = forms.latest(CafCase.PRE_ASSESSMENT_FORM);
            c.recordPreAssessment(definition, Answers.fromJson(answers), currentUser.get(), OffsetDateTime.now(clock),
                    LocalDate.now(clock));
            return c;
        }, c -> view(c, Access.FULL));
    }

    // ---------------------------------------------------------------- Team Around the Child and plan

    public CaseView setLeadProfessional(long caseId, Long practitionerId) {
        return change(caseId, "case.lead-professional.set", c -> {
            if (practitionerId == null) {
                throw InvalidInput.of("REQUIRED", "Choose the lead professional.", "practitionerId");
            }
            Practitioner lead = organisation.practitioner(practitionerId).orElseThrow(() -> InvalidInput.of(
                    "UNKNOWN_PRACTITIONER", "There is no practitioner " + practitionerId + ".", "practitionerId"));
            c.setLeadProfessional(currentUser.get(), lead, OffsetDateTime.now(clock));
            return c;
        }, c -> view(c, Access.FULL));
    }

    public CaseView.TeamMemberView addTeamMember(long caseId, Long practitionerId, String name, String role,
                                                 String organisationName, String contact) {
        return change(caseId, "case.tac.add", c -> {
            Practitioner p = practitionerId == null ? null : organisation.practitioner(practitionerId).orElseThrow(() ->
                    InvalidInput.of("UNKNOWN_PRACTITIONER", "There is no practitioner " + practitionerId + ".",
                            "practitionerId"));
            return c.addTeamMember(p, name, role, organisationName, contact, currentUser.get(), OffsetDateTime.now(clock));
        }, CaseView.TeamMemberView::of);
    }

    public CaseView removeTeamMember(long caseId, long memberId) {
        return change(caseId, "case.tac.remove", c -> {
            c.removeTeamMember(memberId, currentUser.get(), OffsetDateTime.now(clock));
            return c;
        }, c -> view(c, Access.FULL));
    }

    public CaseView.ActionView addAction(long caseId, String what, String who, LocalDate byWhen, String outcome) {
        return change(caseId, "case.action.add", c -> c.addAction(what, who, byWhen, outcome, currentUser.get(),
                OffsetDateTime.now(clock)), a -> CaseView.ActionView.of(a, LocalDate.now(clock)));
    }

    public CaseView.ActionView updateAction(long caseId, long actionId, String what, String who, LocalDate byWhen,
                                            String outcome, String status) {
        return change(caseId, "case.action.update", c -> {
            PlanAction.Status s = null;
            if (status != null && !status.isBlank()) {
                try {
                    s = PlanAction.Status.valueOf(status.strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw InvalidInput.of("UNKNOWN_OPTION", "The status must be one of "
                            + List.of(PlanAction.Status.values()) + ".", "status");
                }
            }
            return c.updateAction(actionId, what, who, byWhen, outcome, s, currentUser.get(), OffsetDateTime.now(clock));
        }, a -> CaseView.ActionView.of(a, LocalDate.now(clock)));
    }

    public CaseView setReviewDate(long caseId, LocalDate date) {
        return change(caseId, "case.review-date.set", c -> {
            c.setReviewDate(date, currentUser.get(), OffsetDateTime.now(clock), LocalDate.now(clock));
            return c;
        }, c -> view(c, Access.FULL));
    }

    public CaseView activatePlan(long caseId) {
        return change(caseId, "case.plan.activate", c -> {
            c.activatePlan(currentUser.get(), OffsetDateTime.now(clock), LocalDate.now(clock));
            return c;
        }, c -> view(c, Access.FULL));
    }

    public CaseView.ReviewView recordReview(long caseId, JsonObject answers) {
        return change(caseId, "case.review.record", c -> c.recordReview(forms.latest(CafCase.REVIEW_FORM),
                        Answers.fromJson(answers), currentUser.get(), OffsetDateTime.now(clock), LocalDate.now(clock)),
                CaseView.ReviewView::of);
    }

    // ---------------------------------------------------------------- closure

    public CaseView close(long caseId, JsonObject answers) {
        return change(caseId, "case.close", c -> {
            c.close(forms.latest(CafCase.CLOSURE_FORM), Answers.fromJson(answers), currentUser.get(),
                    OffsetDateTime.now(clock), LocalDate.now(clock));
            return c;
        }, c -> view(c, Access.FULL));
    }

    public CaseView reopen(long caseId, String reason) {
        return change(caseId, "case.reopen", c -> {
            c.reopen(reason, currentUser.get(), OffsetDateTime.now(clock));
            return c;
        }, c -> view(c, Access.FULL));
    }

    // ---------------------------------------------------------------- helpers

    /** A change to a case: the case locked, full access required, audited whatever the outcome. */
    <T, R> R change(long caseId, String action, java.util.function.Function<CafCase, T> work,
                    java.util.function.Function<T, R> result) {
        return Audited.run(audit, action, "case", caseId, () -> {
            CafCase c = cases.findForUpdate(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            if (CaseAccessPolicy.toCase(currentUser.get(), c) != Access.FULL) {
                throw denied(c);
            }
            T done = work.apply(c);
            cases.flush();
            return result.apply(done);
        }, null);
    }

    private AccessDenied denied(CafCase c) {
        Practitioner me = currentUser.get();
        if (me.hasRole(Role.ADMIN) && !me.hasRole(Role.PRACTITIONER) && !me.hasRole(Role.TEAM_LEAD)) {
            return new AccessDenied("NO_CASE_ACCESS", "Administrators do not see case content.");
        }
        if (c.getChild().isShielded() && me.memberOf(c.getTeam())) {
            return new AccessDenied("SHIELDED", "This child's record is shielded: only people directly involved can "
                    + "see or change it. Contact the lead professional.");
        }
        return new AccessDenied("NOT_YOUR_CASE", "This case belongs to " + c.getTeam().getName()
                + ". You can see it only if you are in that team, its lead professional or in the Team Around the Child.");
    }

    private static FamilyMember familyMember(Child child, long id) {
        return child.familyMember(id).orElseThrow(() -> InvalidInput.of("NOT_THIS_CHILDS_FAMILY",
                "Family member " + id + " is not recorded for this child.", "familyMemberId"));
    }

    private static Consent.GivenBy parseGivenBy(String givenBy) {
        if (givenBy == null || givenBy.isBlank()) {
            return null;
        }
        try {
            return Consent.GivenBy.valueOf(givenBy.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("UNKNOWN_OPTION", "givenBy must be YOUNG_PERSON or FAMILY_MEMBER.", "givenBy");
        }
    }

    private static CaseState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return CaseState.valueOf(state.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("UNKNOWN_OPTION", "state must be one of " + List.of(CaseState.values()) + ".", "state");
        }
    }

    /** The case as {@code access} allows. */
    CaseView view(CafCase c, Access access) {
        LocalDate today = LocalDate.now(clock);
        Child child = c.getChild();
        if (access != Access.FULL) {
            return CaseView.restricted(c, ChildView.of(child, Access.RESTRICTED, today, List.of()));
        }
        List<Violation> next = nextStep(c, today);
        return new CaseView(c.getId(), c.getReference(), c.getState().name(), c.getState().label(),
                ChildView.of(child, Access.FULL, today, List.of()), c.getTeam().getName(), c.getTeam().getId(),
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
                child.getFamilyMembers().stream().map(FamilyMemberView::of).toList(), false,
                new CaseView.Viewer(currentUser.get().leads(c.getTeam()), currentUser.get().equals(c.getLeadProfessional())));
    }

    private List<Violation> nextStep(CafCase c, LocalDate today) {
        return switch (c.getState()) {
            case PRE_ASSESSMENT -> c.recordingBlockers(today);
            case ASSESSMENT_IN_PROGRESS -> c.currentAssessment()
                    .map(a -> c.submissionBlockers(forms.get(a.getFormId(), a.getFormVersion()), today))
                    .orElse(List.of());
            case APPROVED -> c.planBlockers(today);
            case PLAN_ACTIVE -> c.getReviewDate() != null && c.getReviewDate().isBefore(today)
                    ? List.of(new Violation("REVIEW_OVERDUE", "The review due on " + UK_DATE.format(c.getReviewDate())
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
