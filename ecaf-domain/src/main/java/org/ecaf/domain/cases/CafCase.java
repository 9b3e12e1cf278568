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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.DomainEntity;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.forms.validation.ValidationProblem;

/**
 * One CAF episode for one child: the aggregate that holds consent, the assessment and its revisions, child-seen
 * records, approvals, the Team Around the Child, the delivery plan, reviews and closure, and enforces the
 * workflow. Every step checks all its rules first and reports every violation at once; nothing changes when a
 * step is refused.
 *
 * <p>The case is one aggregate (its row lock is the consistency boundary) and the one way in; its steps are carried
 * out by package-private parts that hold nothing of their own but this case's lists: {@link CaseConsents},
 * {@link AssessmentWorkflow}, {@link DeliveryPlan}, {@link CaseClosures}, {@link CaseNotes} and {@link CaseHolding}.
 * A {@link Step} says who takes a step and when; the state changes only through the {@link Transition} table.
 */
@Entity
@Table(name = "caf_case")
public class CafCase extends DomainEntity {

    /** The CAF form an assessment uses. */
    public static final String CAF_FORM = "caf";
    public static final String PRE_ASSESSMENT_FORM = "pre-assessment";
    public static final String REVIEW_FORM = "review";
    public static final String CLOSURE_FORM = "closure";
    /** The kind of the timeline event that records an allocation. */
    public static final String ALLOCATED_EVENT = "ALLOCATED";

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private CaseState state;

    @ManyToOne(optional = false)
    @JoinColumn(name = "opened_by", nullable = false)
    private Practitioner openedBy;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @ManyToOne
    @JoinColumn(name = "lead_professional_id")
    private Practitioner leadProfessional;

    /** The practitioner of the holding team the case is allocated to (its case holder); at first, who opened it. */
    @ManyToOne
    @JoinColumn(name = "allocated_to")
    private Practitioner allocatedTo;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "pre_assessment_version")
    private Integer preAssessmentVersion;

    @Lob
    @Column(name = "pre_assessment_answers")
    private String preAssessmentAnswers;

    @Column(name = "pre_assessment_decision", length = 40)
    private String preAssessmentDecision;

    @Column(name = "state_changed_at", nullable = false)
    private OffsetDateTime stateChangedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<Assessment> assessments = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Consent> consents = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<WithoutConsentDecision> withoutConsentDecisions = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("seenAt")
    private List<ChildSeen> childSeen = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ApprovalEvent> approvals = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<TeamMember> teamMembers = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<PlanAction> actions = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Review> reviews = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CaseClosure> closures = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CaseEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CaseTransfer> transfers = new ArrayList<>();

    @OneToMany(mappedBy = "cafCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<CaseNote> notes = new ArrayList<>();

    protected CafCase() {
    }

    private CafCase(String reference, Child child, Team team, Practitioner openedBy, OffsetDateTime at) {
        this.reference = reference;
        this.child = child;
        this.team = team;
        this.openedBy = openedBy;
        this.allocatedTo = openedBy;
        this.openedAt = at;
        this.state = CaseState.PRE_ASSESSMENT;
        this.stateChangedAt = at;
    }

    /** Opens a case for {@code child} in the team of the practitioner who opens it. */
    public static CafCase open(String reference, Child child, Practitioner by, OffsetDateTime at) {
        if (by.getTeam() == null || !(by.hasRole(Role.PRACTITIONER) || by.hasRole(Role.TEAM_LEAD))) {
            throw new AccessDenied(RefusalCode.NOT_A_PRACTITIONER, "Only a practitioner or team lead in a team can open a case.");
        }
        CafCase opened = new CafCase(reference, child, by.getTeam(), by, at);
        opened.event(at, by, "OPENED", "Case opened by " + by.getDisplayName() + " in " + by.getTeam().getName());
        return opened;
    }

    // ---------------------------------------------------------------- the parts (each works on this case's lists)

    private CaseConsents consentsPart() {
        return new CaseConsents(this, consents, withoutConsentDecisions);
    }

    private AssessmentWorkflow workflow() {
        return new AssessmentWorkflow(this, assessments, childSeen, approvals);
    }

    private DeliveryPlan plan() {
        return new DeliveryPlan(this, teamMembers, actions, reviews);
    }

    private CaseClosures closuresPart() {
        return new CaseClosures(this, closures);
    }

    private CaseNotes notesPart() {
        return new CaseNotes(this, notes);
    }

    private CaseHolding holding() {
        return new CaseHolding(this, transfers, teamMembers);
    }

    // ---------------------------------------------------------------- pre-assessment

    /** Records the pre-assessment checklist; its decision says whether a full CAF follows. */
    public void recordPreAssessment(FormDefinition definition, Answers given, Step step) {
        workflow().recordPreAssessment(definition, given, step);
    }

    // ---------------------------------------------------------------- consent

    public Consent recordConsent(ConsentDetails details, Step step) {
        return consentsPart().record(details, step);
    }

    /**
     * Withdraws a consent from the day {@code on}; withdrawing consent to record ends the giver's other consents on
     * this case.
     */
    public Consent withdrawConsent(long consentId, LocalDate on, String reason, Step step) {
        return consentsPart().withdraw(consentId, on, reason, step);
    }

    /** A team lead's decision to record or share without consent; the ground and a reason are required. */
    public WithoutConsentDecision recordWithoutConsentDecision(WithoutConsentDecision.Ground ground, String reason,
                                                               boolean coversRecording, Set<Agency> agencies,
                                                               Step step) {
        return consentsPart().decideWithout(ground, reason, coversRecording, agencies, step);
    }

    /**
     * Why information may not be recorded on {@code today}: no consent to record ({@code CONSENT_TO_RECORD_MISSING}),
     * or the consent there was has been withdrawn ({@code CONSENT_WITHDRAWN}); empty when recording is allowed by
     * consent in force or a without-consent decision.
     */
    public List<Violation> recordingBlockers(LocalDate today) {
        return consentsPart().recordingBlockers(today);
    }

    /** True when recording has stopped because consent to record was withdrawn (and nothing replaced it). */
    public boolean consentWithdrawn(LocalDate today) {
        return consentsPart().withdrawn(today);
    }

    // ---------------------------------------------------------------- assessment

    public Optional<Assessment> currentAssessment() {
        return workflow().current();
    }

    /**
     * The team lead's return the practitioner has still to answer: the current assessment's last approval step when it
     * is a return and the assessment is back in progress (resubmitting or approving ends it).
     */
    public Optional<ApprovalEvent> openReturn() {
        return workflow().openReturn();
    }

    public Optional<Assessment> assessment(int number) {
        return assessments.stream().filter(a -> a.getNumber() == number).findFirst();
    }

    /**
     * Saves the assessment's answers as a new revision. The first save starts the assessment (on {@code definition}'s
     * version); later saves must say which revision they are based on, and are refused with {@link StaleRevision}
     * when someone saved in between.
     */
    public AssessmentRevision saveAssessment(FormDefinition definition, Integer basedOn, Answers answers, String reason,
                                             Step step) {
        return workflow().save(definition, basedOn, answers, reason, step);
    }

    /** Migrates a draft to a newer form version: a new revision by one of its authors; never a submitted one. */
    public AssessmentRevision migrateAssessment(FormRegistry forms, int toVersion, Step step) {
        return workflow().migrate(forms, toVersion, step);
    }

    /** Records that the child was seen at {@code seenAt} (local time, not in the future), alone or not, and where. */
    public ChildSeen recordChildSeen(LocalDateTime seenAt, boolean seenAlone, String location, String notes,
                                     Step step) {
        return workflow().recordChildSeen(seenAt, seenAlone, location, notes, step);
    }

    /** {@code CHILD_NOT_SEEN} unless the child was seen on or after the day the current assessment started. */
    public List<Violation> childSeenBlockers() {
        return workflow().childSeenBlockers();
    }

    /** Everything that stops the assessment being submitted now, all at once. */
    public List<Violation> submissionBlockers(FormDefinition definition, LocalDate today) {
        return workflow().submissionBlockers(definition, today);
    }

    public void submit(FormDefinition definition, Step step) {
        workflow().submit(definition, step);
    }

    /** Everything that stops {@code lead} approving now: self-approval, the state, the child not seen. */
    public List<Violation> approvalBlockers(Practitioner lead) {
        return workflow().approvalBlockers(lead);
    }

    /** The team lead taking {@code step} approves the submitted assessment. */
    public void approve(String comment, Step step) {
        workflow().approve(comment, step);
    }

    /** The team lead taking {@code step} returns the submitted assessment, saying what needs to change. */
    public void returnAssessment(String comment, Step step) {
        workflow().returnAssessment(comment, step);
    }

    /** After approval, changes go into a new assessment of the same case; the approved one stays as it was. */
    public Assessment startReassessment(FormDefinition definition, Step step) {
        return workflow().startReassessment(definition, step);
    }

    // ---------------------------------------------------------------- team around the child and plan

    /** The team lead taking {@code step} makes {@code professional} the lead professional. */
    public void setLeadProfessional(Practitioner professional, Step step) {
        plan().setLeadProfessional(professional, step);
    }

    public TeamMember addTeamMember(MemberDetails member, Step step) {
        return plan().addTeamMember(member, step);
    }

    public void removeTeamMember(long memberId, Step step) {
        plan().removeTeamMember(memberId, step);
    }

    public PlanAction addAction(ActionDetails action, Step step) {
        return plan().addAction(action, step);
    }

    public PlanAction updateAction(long actionId, ActionDetails action, PlanAction.Status status, Step step) {
        return plan().updateAction(actionId, action, status, step);
    }

    public void setReviewDate(LocalDate date, Step step) {
        plan().setReviewDate(date, step);
    }

    /** What stops the delivery plan becoming active: the state, no lead professional, no review date. */
    public List<Violation> planBlockers(LocalDate today) {
        return plan().planBlockers(today);
    }

    /** The team lead taking {@code step} makes the delivery plan active. */
    public void activatePlan(Step step) {
        plan().activate(step);
    }

    public Review recordReview(FormDefinition definition, Answers given, Step step) {
        return plan().recordReview(definition, given, step);
    }

    // ---------------------------------------------------------------- closure

    public CaseClosure close(FormDefinition definition, Answers given, Step step) {
        return closuresPart().close(definition, given, step);
    }

    /** The team lead taking {@code step} reopens the case, back in the state it was closed in. */
    public void reopen(String reason, Step step) {
        closuresPart().reopen(reason, step);
    }

    // ---------------------------------------------------------------- case notes

    /**
     * Writes a case note: what kind of contact, the day (and, when known, the time) it happened, what was said or done.
     * A note is never changed; to put one right, a new note {@code corrects} it (an earlier note of this case, not yet
     * corrected) with a {@code reason}, and the old one stays as it was. Refused on a closed case and once consent to
     * record has been withdrawn (as every other record), for a day or time still to come, and for text with control
     * characters.
     */
    public CaseNote addNote(NoteDetails note, Step step) {
        return notesPart().add(note, step);
    }

    /** The note that corrects {@code note}, if one does. */
    public Optional<CaseNote> correctionOf(CaseNote note) {
        return notesPart().correctionOf(note);
    }

    // ---------------------------------------------------------------- allocation and transfer

    /**
     * Allocates the case to {@code practitioner} (or reassigns it), decided by the team lead of the holding team taking
     * {@code step}. The practitioner must be an active practitioner or team lead of the holding team; a closed case is
     * not allocated. Every rule is checked before anything changes.
     */
    public void allocateTo(Practitioner practitioner, String reason, Step step) {
        holding().allocateTo(practitioner, reason, step);
    }

    /** An active practitioner or team lead of the holding team: someone the case can be allocated to. */
    public boolean canHoldCases(Practitioner p) {
        return p.isActive() && p.memberOf(team) && (p.hasRole(Role.PRACTITIONER) || p.hasRole(Role.TEAM_LEAD));
    }

    /** The practitioner the case is allocated to, when they still hold cases in the holding team. */
    public Optional<Practitioner> currentHolder() {
        return Optional.ofNullable(allocatedTo).filter(this::canHoldCases);
    }

    /**
     * Moves the case to {@code to}, decided by the team lead of the holding team taking {@code step}. History,
     * revisions and disclosures travel with it; the former team's members leave the Team Around the Child and, if the
     * lead professional was one of them, the receiving team agrees a new one.
     */
    public CaseTransfer transferTo(Team to, String requestedBy, String reason, Step step) {
        return holding().transferTo(to, requestedBy, reason, step);
    }

    /** The teams this case was transferred away from. */
    public Set<Team> formerTeams() {
        Set<Team> former = new java.util.HashSet<>();
        transfers.forEach(t -> former.add(t.getFromTeam()));
        former.remove(team);
        return former;
    }

    public List<CaseTransfer> getTransfers() {
        return List.copyOf(transfers);
    }

    // ---------------------------------------------------------------- involvement

    /**
     * Directly involved: opened the case, holds it (allocated), wrote its assessment, is lead professional or in the
     * Team Around the Child.
     */
    public boolean directlyInvolves(Practitioner p) {
        return p.equals(openedBy) || p.equals(allocatedTo) || p.equals(leadProfessional)
                || teamMembers.stream().anyMatch(m -> m.isCurrent() && m.is(p))
                || assessments.stream().anyMatch(a -> a.authors().contains(p.getUsername()));
    }

    public List<TeamMember> currentTeamMembers() {
        return teamMembers.stream().filter(TeamMember::isCurrent).toList();
    }

    /** Opened the case, holds it (allocated) or wrote its assessment; whether that still counts (are they in the
     *  holding team?) is the access policy's question. */
    public boolean involvesWithinTeam(Practitioner p) {
        return p.equals(openedBy) || p.equals(allocatedTo) || assessments.stream().anyMatch(a -> a.authors().contains(p.getUsername()));
    }

    /** A current member of the Team Around the Child with an eCAF account. */
    public boolean isTeamAroundTheChildMember(Practitioner p) {
        return teamMembers.stream().anyMatch(m -> m.isCurrent() && m.is(p));
    }

    // ---------------------------------------------------------------- rules the parts share

    void requireTeamLead(Practitioner p, String what) {
        if (!p.leads(team)) {
            throw new AccessDenied(RefusalCode.NOT_TEAM_LEAD, "Only a team lead of " + team.getName() + " can " + what + ".");
        }
    }

    /**
     * Not closed, and consent to record not withdrawn without new consent or a decision to act without it: after a
     * withdrawal nothing more is recorded on the case (consent itself, decisions, closure and reopening excepted).
     */
    void requireWritable(LocalDate today) {
        requireNotClosed();
        List<Violation> blockers = recordingBlockers(today);
        if (blockers.stream().anyMatch(v -> v.code() == RefusalCode.CONSENT_WITHDRAWN)) {
            throw new RulesViolated(blockers);
        }
    }

    void requireNotClosed() {
        if (state == CaseState.CLOSED) {
            throw new RulesViolated(List.of(closedViolation()));
        }
    }

    Violation closedViolation() {
        return new Violation(RefusalCode.CASE_CLOSED, "The case is closed. A team lead can reopen it.", null);
    }

    Violation lockedViolation(Assessment assessment) {
        return new Violation(RefusalCode.ASSESSMENT_LOCKED, assessment.getStatus() == Assessment.Status.SUBMITTED
                ? "The assessment has been submitted and cannot be changed unless a team lead returns it."
                : "The assessment has been approved and cannot be changed. Start a reassessment to record changes.", null);
    }

    Violation wrongState(Transition transition) {
        return new Violation(RefusalCode.WRONG_STATE, "You cannot " + transition.description() + " now: the case is at \""
                + state.label() + "\".", null);
    }

    // ---------------------------------------------------------------- state, through the transition table only

    /**
     * Takes {@code transition}: refused ({@code WRONG_STATE}) unless the table allows it from the current state, then
     * the case is in the transition's target state (its state-changed time moves only when the state does). Each step
     * has checked its own rules, the state among them, before it changes anything; this is the last guard.
     */
    void moveTo(Transition transition, Step step) {
        if (transition.to() == null) {
            throw new IllegalArgumentException(transition + " has no fixed target state");
        }
        enter(transition, transition.to(), step);
    }

    /** {@link Transition#REOPEN}: back to the state the case was closed in. */
    void reopenTo(CaseState closedFrom, Step step) {
        enter(Transition.REOPEN, closedFrom, step);
    }

    private void enter(Transition transition, CaseState next, Step step) {
        if (!transition.allowedFrom(state)) {
            throw new RulesViolated(List.of(wrongState(transition)));
        }
        if (next != state) {
            this.state = next;
            this.stateChangedAt = step.at();
        }
    }

    // ---------------------------------------------------------------- what the parts change

    void preAssessment(int version, String canonicalAnswers, String decision) {
        this.preAssessmentVersion = version;
        this.preAssessmentAnswers = canonicalAnswers;
        this.preAssessmentDecision = decision;
    }

    void leadProfessional(Practitioner professional) {
        this.leadProfessional = professional;
    }

    void reviewDate(LocalDate date) {
        this.reviewDate = date;
    }

    void allocatedTo(Practitioner practitioner) {
        this.allocatedTo = practitioner;
    }

    void team(Team to) {
        this.team = to;
    }

    void event(Step step, String kind, String summary) {
        event(step.at(), step.by(), kind, summary);
    }

    private void event(OffsetDateTime at, Practitioner by, String kind, String summary) {
        events.add(new CaseEvent(this, at, by.getDisplayName(), kind, summary));
    }

    /** {@code answers} with what eCAF already knows (pairs of key and value) filled in where no answer was given. */
    static Answers withDefaults(Answers answers, String... keysAndValues) {
        Answers filled = answers;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null && filled.get(keysAndValues[i]).isEmpty()) {
                filled = filled.with(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return filled;
    }

    static List<Violation> toViolations(List<ValidationProblem> problems) {
        return problems.stream().map(Violation::of).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---------------------------------------------------------------- accessors

    public String getReference() {
        return reference;
    }

    public Child getChild() {
        return child;
    }

    public Team getTeam() {
        return team;
    }

    public CaseState getState() {
        return state;
    }

    public Practitioner getOpenedBy() {
        return openedBy;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    /** The practitioner the case is allocated to (who may since have left the team: see {@link #currentHolder()}). */
    public Practitioner getAllocatedTo() {
        return allocatedTo;
    }

    public Practitioner getLeadProfessional() {
        return leadProfessional;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public String getPreAssessmentDecision() {
        return preAssessmentDecision;
    }

    public Optional<Answers> preAssessmentAnswers() {
        return Optional.ofNullable(preAssessmentAnswers).map(Answers::fromJson);
    }

    public Integer getPreAssessmentVersion() {
        return preAssessmentVersion;
    }

    public OffsetDateTime getStateChangedAt() {
        return stateChangedAt;
    }

    public List<Assessment> getAssessments() {
        return List.copyOf(assessments);
    }

    public List<Consent> getConsents() {
        return List.copyOf(consents);
    }

    public Optional<Consent> consent(long id) {
        return consents.stream().filter(c -> Objects.equals(c.getId(), id)).findFirst();
    }

    public List<WithoutConsentDecision> getWithoutConsentDecisions() {
        return List.copyOf(withoutConsentDecisions);
    }

    public List<ChildSeen> getChildSeen() {
        return List.copyOf(childSeen);
    }

    public List<ApprovalEvent> getApprovals() {
        return List.copyOf(approvals);
    }

    public List<TeamMember> getTeamMembers() {
        return List.copyOf(teamMembers);
    }

    public List<PlanAction> getActions() {
        return List.copyOf(actions);
    }

    public List<Review> getReviews() {
        return List.copyOf(reviews);
    }

    public List<CaseClosure> getClosures() {
        return List.copyOf(closures);
    }

    /** Every case note, oldest first (corrected notes included). */
    public List<CaseNote> getNotes() {
        return List.copyOf(notes);
    }

    public List<CaseEvent> getEvents() {
        return events.stream().sorted(Comparator.comparing(CaseEvent::getOccurredAt)).toList();
    }

    /** Records a line on the timeline for something done outside the aggregate (a copy issued, say). */
    public void note(Practitioner by, OffsetDateTime at, String kind, String summary) {
        event(at, by, kind, summary);
    }
}
