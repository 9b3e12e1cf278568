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
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
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
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Text;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.AnswerChange;
import org.ecaf.forms.Answers;
import org.ecaf.forms.AnswersDiff;
import org.ecaf.forms.FormDefinition;
import org.ecaf.forms.FormRegistry;
import org.ecaf.forms.FormValidator;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.ValidationProblem;
import org.ecaf.forms.ValidationStage;

/**
 * One CAF episode for one child: the aggregate that holds consent, the assessment and its revisions, child-seen
 * records, approvals, the Team Around the Child, the delivery plan, reviews and closure, and enforces the
 * workflow. Every step checks all its rules first and reports every violation at once; nothing changes when a
 * step is refused.
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
    private static final DateTimeFormatter UK_DATE = UkTime.DATE;
    private static final DateTimeFormatter UK_TIME = UkTime.DATE_TIME;

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
            throw new AccessDenied("NOT_A_PRACTITIONER", "Only a practitioner or team lead in a team can open a case.");
        }
        CafCase opened = new CafCase(reference, child, by.getTeam(), by, at);
        opened.event(at, by, "OPENED", "Case opened by " + by.getDisplayName() + " in " + by.getTeam().getName());
        return opened;
    }

    // ---------------------------------------------------------------- pre-assessment

    /** Records the pre-assessment checklist; its decision says whether a full CAF follows. */
    public void recordPreAssessment(FormDefinition definition, Answers given, Practitioner by, OffsetDateTime at,
                                    LocalDate today) {
        Answers answers = withDefaults(given, "child_given_names", child.getGivenNames(), "child_family_name",
                child.getFamilyName(), "child_date_of_birth",
                child.getDateOfBirth() == null ? null : child.getDateOfBirth().toString(),
                "completed_by", by.getDisplayName(), "completed_on", today.toString());
        requireWritable(today);
        if (state != CaseState.PRE_ASSESSMENT) {
            throw new RulesViolated(List.of(new Violation("WRONG_STATE", "The pre-assessment checklist can only be "
                    + "changed before the assessment starts; the case is at \"" + state.label() + "\".", null)));
        }
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.COMPLETE, today);
        if (!problems.isEmpty()) {
            throw new InvalidInput(toViolations(problems));
        }
        this.preAssessmentVersion = definition.version();
        this.preAssessmentAnswers = answers.toCanonicalJson();
        this.preAssessmentDecision = answers.text("decision").orElse(null);
        event(at, by, "PRE_ASSESSMENT", "Pre-assessment checklist recorded: " + decisionLabel(definition));
    }

    private String decisionLabel(FormDefinition definition) {
        return definition.field("decision").flatMap(f -> f.option(preAssessmentDecision))
                .map(o -> o.label()).orElse(String.valueOf(preAssessmentDecision));
    }

    // ---------------------------------------------------------------- consent

    public Consent recordConsent(ConsentDetails details, Practitioner by, OffsetDateTime at) {
        requireNotClosed();
        Consent consent = new Consent(this, details, by, at);
        consents.add(consent);
        List<String> scope = new ArrayList<>();
        if (details.toRecord()) {
            scope.add("to record");
        }
        if (details.toShare()) {
            scope.add("to share with " + (details.agencies().size() + details.familyMembers().size())
                    + " named recipient(s)");
        }
        event(at, by, "CONSENT", "Consent " + String.join(" and ", scope) + " given by " + consent.giverDescription()
                + " on " + UK_DATE.format(details.givenOn()));
        return consent;
    }

    public Consent withdrawConsent(long consentId, LocalDate on, String reason, Practitioner by, OffsetDateTime at,
                                   LocalDate today) {
        Consent consent = consents.stream().filter(c -> Objects.equals(c.getId(), consentId)).findFirst()
                .orElseThrow(() -> new NotFound("consent " + consentId + " on case " + reference));
        List<Violation> problems = new ArrayList<>();
        if (consent.isWithdrawn()) {
            problems.add(new Violation("CONSENT_ALREADY_WITHDRAWN", "This consent was already withdrawn on "
                    + UK_DATE.format(consent.getWithdrawnOn()) + ".", null));
        }
        if (on == null) {
            problems.add(new Violation("REQUIRED", "Enter the date consent was withdrawn.", "withdrawnOn"));
        } else if (on.isAfter(today)) {
            problems.add(new Violation("DATE_IN_FUTURE", "The date of withdrawal cannot be in the future.", "withdrawnOn"));
        } else if (on.isBefore(consent.getGivenOn())) {
            problems.add(new Violation("BEFORE_CONSENT", "Consent cannot be withdrawn before it was given ("
                    + UK_DATE.format(consent.getGivenOn()) + ").", "withdrawnOn"));
        }
        if (!problems.isEmpty()) {
            throw consent.isWithdrawn() ? new RulesViolated(problems) : new InvalidInput(problems);
        }
        consent.withdraw(on, blankToNull(reason), by);
        List<Consent> alsoEnded = new ArrayList<>();
        if (consent.isToRecord()) {
            // withdrawing consent to record ends every other consent of the same person on this case: information
            // that may not be recorded may not be shared either
            for (Consent other : consents) {
                if (other != consent && !other.isWithdrawn() && other.sameGiverAs(consent)) {
                    other.withdraw(on.isBefore(other.getGivenOn()) ? other.getGivenOn() : on,
                            "Ended with the withdrawal of consent to record", by);
                    alsoEnded.add(other);
                }
            }
        }
        event(at, by, "CONSENT_WITHDRAWN", "Consent given by " + consent.giverDescription() + " was withdrawn on "
                + UK_DATE.format(on) + (alsoEnded.isEmpty() ? "" : "; " + alsoEnded.size() + " other consent(s) "
                + "they gave on this case ended with it"));
        return consent;
    }

    /** A team lead's decision to record or share without consent; the ground and a reason are required. */
    public WithoutConsentDecision recordWithoutConsentDecision(WithoutConsentDecision.Ground ground, String reason,
                                                               boolean coversRecording, Set<Agency> agencies,
                                                               Practitioner by, OffsetDateTime at) {
        requireTeamLead(by, "record a decision to act without consent");
        List<Violation> problems = new ArrayList<>();
        if (ground == null) {
            problems.add(new Violation("REQUIRED", "Choose the ground: significant harm, serious crime, or consent "
                    + "would increase the risk.", "ground"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("REASON_REQUIRED", "Explain why consent is not being sought.", "reason"));
        }
        if (!coversRecording && (agencies == null || agencies.isEmpty())) {
            problems.add(new Violation("REQUIRED", "Say whether the decision covers recording, and which agencies "
                    + "information may be shared with.", "agencyIds"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        WithoutConsentDecision decision = new WithoutConsentDecision(this, ground, reason.strip(), coversRecording,
                agencies == null ? Set.of() : agencies, by, at);
        withoutConsentDecisions.add(decision);
        event(at, by, "WITHOUT_CONSENT", "Decision to act without consent (" + ground.label().toLowerCase()
                + ") recorded by " + by.getDisplayName());
        return decision;
    }

    /**
     * Why information may not be recorded on {@code today}: no consent to record ({@code CONSENT_TO_RECORD_MISSING}),
     * or the consent there was has been withdrawn ({@code CONSENT_WITHDRAWN}); empty when recording is allowed by
     * consent in force or a without-consent decision.
     */
    public List<Violation> recordingBlockers(LocalDate today) {
        boolean consented = consents.stream().anyMatch(c -> c.isToRecord() && c.inForceOn(today));
        boolean decided = withoutConsentDecisions.stream().anyMatch(WithoutConsentDecision::isCoversRecording);
        if (consented || decided) {
            return List.of();
        }
        boolean withdrawn = consents.stream().anyMatch(c -> c.isToRecord() && c.isWithdrawn());
        return List.of(withdrawn
                ? new Violation("CONSENT_WITHDRAWN", "Consent to record was withdrawn. Nothing more can be recorded or "
                        + "shared until new consent is given or a team lead records a decision to act without consent.", null)
                : new Violation("CONSENT_TO_RECORD_MISSING", "Record the family's consent to record information before "
                        + "saving the assessment, or ask a team lead to record a decision to act without consent.", null));
    }

    // ---------------------------------------------------------------- assessment

    public Optional<Assessment> currentAssessment() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    /**
     * The team lead's return the practitioner has still to answer: the current assessment's last approval step when it
     * is a return and the assessment is back in progress (resubmitting or approving ends it).
     */
    public Optional<ApprovalEvent> openReturn() {
        Optional<Assessment> current = currentAssessment();
        if (current.isEmpty() || state != CaseState.ASSESSMENT_IN_PROGRESS) {
            return Optional.empty();
        }
        ApprovalEvent last = null;
        for (ApprovalEvent e : approvals) {
            if (e.getAssessment() == current.get() && (last == null || !e.getOccurredAt().isBefore(last.getOccurredAt()))) {
                last = e;
            }
        }
        return last != null && last.getKind() == ApprovalEvent.Kind.RETURNED ? Optional.of(last) : Optional.empty();
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
                                             Practitioner by, OffsetDateTime at, LocalDate today) {
        Optional<Assessment> current = currentAssessment();
        List<Violation> violations = new ArrayList<>();
        if (state == CaseState.CLOSED) {
            violations.add(closedViolation());
        } else if (current.isPresent() && current.get().isLocked()) {
            violations.add(lockedViolation(current.get()));
        } else if (current.isEmpty() && !Transition.START_ASSESSMENT.allowedFrom(state)) {
            violations.add(wrongState(Transition.START_ASSESSMENT));
        }
        if (current.isEmpty() && preAssessmentDecision != null && !"full_caf".equals(preAssessmentDecision)) {
            violations.add(new Violation("PRE_ASSESSMENT_DECIDED_OTHERWISE", "The pre-assessment checklist decided "
                    + "against a full CAF (" + preAssessmentDecision.replace('_', ' ') + ").", null));
        }
        violations.addAll(recordingBlockers(today));
        RulesViolated.throwIfAny(violations);

        if (current.isPresent()) {
            Assessment assessment = current.get();
            if (basedOn == null) {
                throw new PreconditionRequired(assessment.latestNumber());
            }
            if (basedOn != assessment.latestNumber()) {
                throw stale(assessment, basedOn);
            }
            if (definition.version() != assessment.getFormVersion() || !definition.id().equals(assessment.getFormId())) {
                throw new RulesViolated(List.of(new Violation("FORM_VERSION_MISMATCH", "This assessment is on "
                        + assessment.getFormId() + " version " + assessment.getFormVersion() + "; answers for version "
                        + definition.version() + " cannot be saved on it. Migrate it first.", null)));
            }
        } else if (basedOn != null && basedOn != 0) {
            throw new StaleRevision(basedOn, 0, List.of());
        }
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.DRAFT, today);
        if (!problems.isEmpty()) {
            throw new InvalidInput(toViolations(problems));
        }
        Assessment assessment = current.orElseGet(() -> startAssessment(definition, by, at, today));
        return assessment.append(definition.version(), answers, by.getUsername(), by.getDisplayName(), at,
                blankToNull(reason));
    }

    private Assessment startAssessment(FormDefinition definition, Practitioner by, OffsetDateTime at, LocalDate today) {
        Assessment assessment = new Assessment(this, assessments.size() + 1, definition.id(), definition.version(),
                today, by.getUsername());
        assessments.add(assessment);
        moveTo(CaseState.ASSESSMENT_IN_PROGRESS, at);
        event(at, by, "ASSESSMENT_STARTED", (assessment.getNumber() == 1 ? "Assessment" : "Reassessment "
                + assessment.getNumber()) + " started on " + definition.title() + " version " + definition.version());
        return assessment;
    }

    private StaleRevision stale(Assessment assessment, int basedOn) {
        List<StaleRevision.SavedSince> since = new ArrayList<>();
        Answers before = assessment.revision(basedOn).map(AssessmentRevision::answers).orElse(Answers.empty());
        for (AssessmentRevision r : assessment.revisionsAfter(basedOn)) {
            Answers after = r.answers();
            List<String> changed = AnswersDiff.between(before, after).stream().map(AnswerChange::path).toList();
            since.add(new StaleRevision.SavedSince(r.getNumber(), r.getAuthor(), r.getAuthorName(),
                    UkTime.dateTime(r.getSavedAt()), changed));
            before = after;
        }
        return new StaleRevision(basedOn, assessment.latestNumber(), since);
    }

    /** Migrates a draft to a newer form version: a new revision by one of its authors; never a submitted one. */
    public AssessmentRevision migrateAssessment(FormRegistry forms, int toVersion, Practitioner by, OffsetDateTime at,
                                                LocalDate today) {
        Assessment assessment = currentAssessment().orElseThrow(() -> new NotFound("assessment on case " + reference));
        List<Violation> violations = new ArrayList<>();
        if (state == CaseState.CLOSED) {
            violations.add(closedViolation());
        }
        if (assessment.isLocked()) {
            violations.add(lockedViolation(assessment));
        }
        if (!assessment.authors().contains(by.getUsername())) {
            violations.add(new Violation("NOT_AN_AUTHOR", "Only someone who has written this assessment can move it "
                    + "to a new form version.", null));
        }
        if (toVersion <= assessment.getFormVersion()) {
            violations.add(new Violation("NOT_A_NEWER_VERSION", "The assessment is already on version "
                    + assessment.getFormVersion() + ".", "toVersion"));
        } else if (!forms.canMigrate(assessment.getFormId(), assessment.getFormVersion(), toVersion)) {
            violations.add(new Violation("NO_MIGRATION", "There is no way to move answers from version "
                    + assessment.getFormVersion() + " to version " + toVersion + ".", "toVersion"));
        }
        violations.addAll(recordingBlockers(today));
        RulesViolated.throwIfAny(violations);
        int from = assessment.getFormVersion();
        Answers migrated = forms.migrate(assessment.getFormId(), from, toVersion,
                assessment.latest().map(AssessmentRevision::answers).orElse(Answers.empty()));
        AssessmentRevision revision = assessment.append(toVersion, migrated, by.getUsername(), by.getDisplayName(), at,
                "Moved from form version " + from + " to " + toVersion);
        event(at, by, "MIGRATED", "Assessment moved from form version " + from + " to version " + toVersion);
        return revision;
    }

    public ChildSeen recordChildSeen(LocalDateTime seenAt, boolean seenAlone, String location, String notes,
                                     Practitioner by, OffsetDateTime at, LocalDateTime nowLocal) {
        requireWritable(at.toLocalDate());
        List<Violation> problems = new ArrayList<>();
        if (seenAt == null) {
            problems.add(new Violation("REQUIRED", "Enter the date and time the child was seen.", "seenAt"));
        } else if (seenAt.isAfter(nowLocal)) {
            problems.add(new Violation("DATE_IN_FUTURE", "The child cannot have been seen in the future.", "seenAt"));
        } else if (seenAt.toLocalDate().isBefore(child.getDateOfBirth() == null ? LocalDate.MIN : child.getDateOfBirth())) {
            problems.add(new Violation("BEFORE_BIRTH", "The child cannot have been seen before they were born.", "seenAt"));
        }
        if (location == null || location.isBlank()) {
            problems.add(new Violation("REQUIRED", "Say where the child was seen (home, school, clinic…).", "location"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ChildSeen seen = new ChildSeen(this, seenAt, seenAlone, location.strip(), blankToNull(notes), by, at);
        childSeen.add(seen);
        event(at, by, "CHILD_SEEN", "Child seen " + (seenAlone ? "alone " : "") + "at " + location.strip() + " on "
                + UK_TIME.format(seenAt) + " by " + by.getDisplayName());
        return seen;
    }

    /** {@code CHILD_NOT_SEEN} unless the child was seen on or after the day the current assessment started. */
    public List<Violation> childSeenBlockers() {
        Optional<Assessment> assessment = currentAssessment();
        LocalDate started = assessment.map(Assessment::getStartedOn).orElse(LocalDate.MAX);
        boolean seen = childSeen.stream().anyMatch(s -> !s.getSeenAt().toLocalDate().isBefore(started));
        return seen ? List.of() : List.of(new Violation("CHILD_NOT_SEEN", "Record that the child was seen on or after "
                + (assessment.isPresent() ? UK_DATE.format(started) + ", the day the assessment started" : "the day the "
                + "assessment started") + ". An assessment cannot be submitted or completed for a child nobody has seen.",
                "childSeen"));
    }

    /** Everything that stops the assessment being submitted now, all at once. */
    public List<Violation> submissionBlockers(FormDefinition definition, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        Optional<Assessment> assessment = currentAssessment();
        if (state == CaseState.CLOSED) {
            violations.add(closedViolation());
        } else if (assessment.isEmpty()) {
            violations.add(new Violation("NO_ASSESSMENT", "There is no assessment to submit yet.", null));
            return violations;
        } else if (assessment.get().isLocked()) {
            violations.add(lockedViolation(assessment.get()));
        } else if (!Transition.SUBMIT.allowedFrom(state)) {
            violations.add(wrongState(Transition.SUBMIT));
        }
        if (assessment.isEmpty()) {
            return violations;
        }
        violations.addAll(recordingBlockers(today));
        violations.addAll(childSeenBlockers());
        Answers answers = assessment.get().latest().map(AssessmentRevision::answers).orElse(Answers.empty());
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.COMPLETE, today);
        List<ValidationProblem> missing = problems.stream().filter(p -> "REQUIRED".equals(p.code())
                || "TOO_FEW_ROWS".equals(p.code())).toList();
        // one violation per unanswered question, each naming its field (a screen links each to its question)
        missing.forEach(p -> violations.add(new Violation("REQUIRED_ANSWERS_MISSING", p.message(), p.field())));
        problems.stream().filter(p -> !missing.contains(p))
                .forEach(p -> violations.add(new Violation("INVALID_ANSWER", p.message(), p.field())));
        return violations;
    }

    public void submit(FormDefinition definition, Practitioner by, OffsetDateTime at, LocalDate today) {
        RulesViolated.throwIfAny(submissionBlockers(definition, today));
        Assessment assessment = currentAssessment().orElseThrow();
        assessment.submitted(at);
        approvals.add(new ApprovalEvent(this, assessment, ApprovalEvent.Kind.REQUESTED, assessment.latestNumber(),
                by.getUsername(), by.getDisplayName(), at, null));
        moveTo(CaseState.SUBMITTED, at);
        event(at, by, "SUBMITTED", "Assessment (revision " + assessment.latestNumber() + ") submitted for approval by "
                + by.getDisplayName());
    }

    /** Everything that stops {@code lead} approving now: self-approval, the state, the child not seen. */
    public List<Violation> approvalBlockers(Practitioner lead) {
        List<Violation> violations = new ArrayList<>();
        if (!Transition.APPROVE.allowedFrom(state)) {
            violations.add(wrongState(Transition.APPROVE));
        }
        currentAssessment().ifPresent(a -> {
            if (a.authors().contains(lead.getUsername())) {
                violations.add(new Violation("SELF_APPROVAL", "You wrote or edited this assessment, so you cannot "
                        + "approve it. Another team lead must approve it.", null));
            }
        });
        violations.addAll(childSeenBlockers());
        return violations;
    }

    public void approve(Practitioner lead, String comment, OffsetDateTime at) {
        requireTeamLead(lead, "approve assessments");
        RulesViolated.throwIfAny(approvalBlockers(lead));
        Assessment assessment = currentAssessment().orElseThrow();
        assessment.approved(lead.getUsername(), at);
        approvals.add(new ApprovalEvent(this, assessment, ApprovalEvent.Kind.APPROVED, assessment.latestNumber(),
                lead.getUsername(), lead.getDisplayName(), at, blankToNull(comment)));
        moveTo(CaseState.APPROVED, at);
        event(at, lead, "APPROVED", "Assessment approved by " + lead.getDisplayName());
    }

    public void returnAssessment(Practitioner lead, String comment, OffsetDateTime at) {
        requireTeamLead(lead, "return assessments");
        List<Violation> violations = new ArrayList<>();
        if (!Transition.RETURN.allowedFrom(state)) {
            violations.add(wrongState(Transition.RETURN));
        }
        if (comment == null || comment.isBlank()) {
            violations.add(new Violation("COMMENT_REQUIRED", "Say what needs to change before the assessment can be "
                    + "approved.", "comment"));
        }
        RulesViolated.throwIfAny(violations);
        Assessment assessment = currentAssessment().orElseThrow();
        assessment.returned();
        approvals.add(new ApprovalEvent(this, assessment, ApprovalEvent.Kind.RETURNED, assessment.latestNumber(),
                lead.getUsername(), lead.getDisplayName(), at, comment.strip()));
        moveTo(CaseState.ASSESSMENT_IN_PROGRESS, at);
        event(at, lead, "RETURNED", "Assessment returned by " + lead.getDisplayName() + ": " + comment.strip());
    }

    /** After approval, changes go into a new assessment of the same case; the approved one stays as it was. */
    public Assessment startReassessment(FormDefinition definition, Practitioner by, OffsetDateTime at, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (!(state == CaseState.APPROVED || state == CaseState.PLAN_ACTIVE)) {
            violations.add(new Violation("WRONG_STATE", "A reassessment can only start after the assessment is "
                    + "approved; the case is at \"" + state.label() + "\".", null));
        }
        violations.addAll(recordingBlockers(today));
        RulesViolated.throwIfAny(violations);
        Assessment approved = currentAssessment().orElseThrow();
        Answers carried = approved.latest().map(AssessmentRevision::answers).orElse(Answers.empty());
        if (definition.version() != approved.getFormVersion()) {
            throw new RulesViolated(List.of(new Violation("FORM_VERSION_MISMATCH", "A reassessment starts on the "
                    + "version of the approved assessment.", null)));
        }
        Assessment next = startAssessment(definition, by, at, today);
        next.append(definition.version(), carried, by.getUsername(), by.getDisplayName(), at,
                "Carried over from approved assessment " + approved.getNumber());
        return next;
    }

    // ---------------------------------------------------------------- team around the child and plan

    public void setLeadProfessional(Practitioner lead, Practitioner professional, OffsetDateTime at) {
        requireTeamLead(lead, "set the lead professional");
        requireWritable(at.toLocalDate());
        if (!professional.isActive() || !(professional.hasRole(Role.PRACTITIONER) || professional.hasRole(Role.TEAM_LEAD))) {
            throw InvalidInput.of("NOT_A_PRACTITIONER", professional.getDisplayName()
                    + " cannot be a lead professional.", "practitionerId");
        }
        this.leadProfessional = professional;
        event(at, lead, "LEAD_PROFESSIONAL", professional.getDisplayName() + " is the lead professional");
    }

    public TeamMember addTeamMember(Practitioner practitioner, String name, String role, String organisation,
                                    String contact, Practitioner by, OffsetDateTime at) {
        requireWritable(at.toLocalDate());
        List<Violation> problems = new ArrayList<>();
        String who = practitioner != null ? practitioner.getDisplayName() : blankToNull(name);
        if (who == null) {
            problems.add(new Violation("REQUIRED", "Choose a practitioner or enter the member's name.", "name"));
        }
        if (role == null || role.isBlank()) {
            problems.add(new Violation("REQUIRED", "Enter the member's role, for example \"school nurse\".", "role"));
        }
        if (practitioner != null && teamMembers.stream().anyMatch(m -> m.isCurrent() && m.is(practitioner))) {
            problems.add(new Violation("ALREADY_A_MEMBER", practitioner.getDisplayName()
                    + " is already in the Team Around the Child.", "practitionerId"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String org = organisation != null && !organisation.isBlank() ? organisation.strip()
                : practitioner != null && practitioner.getAgency() != null ? practitioner.getAgency().getName() : null;
        String reach = contact != null && !contact.isBlank() ? contact.strip()
                : practitioner != null ? practitioner.getEmail() : null;
        TeamMember member = new TeamMember(this, practitioner, who, role.strip(), org, reach, at);
        teamMembers.add(member);
        event(at, by, "TAC_ADDED", who + " (" + role.strip() + ") joined the Team Around the Child");
        return member;
    }

    public void removeTeamMember(long memberId, Practitioner by, OffsetDateTime at) {
        requireNotClosed();
        TeamMember member = teamMembers.stream().filter(m -> Objects.equals(m.getId(), memberId) && m.isCurrent())
                .findFirst().orElseThrow(() -> new NotFound("current Team Around the Child member " + memberId));
        member.remove(at);
        event(at, by, "TAC_REMOVED", member.getName() + " left the Team Around the Child");
    }

    public PlanAction addAction(String what, String who, LocalDate byWhen, String desiredOutcome, Practitioner by,
                                OffsetDateTime at) {
        requireWritable(at.toLocalDate());
        checkAction(what, who, byWhen);
        PlanAction action = new PlanAction(this, what.strip(), who.strip(), byWhen, blankToNull(desiredOutcome), at);
        actions.add(action);
        event(at, by, "ACTION_ADDED", "Action added: " + what.strip() + " (" + who.strip() + ", by "
                + UK_DATE.format(byWhen) + ")");
        return action;
    }

    public PlanAction updateAction(long actionId, String what, String who, LocalDate byWhen, String desiredOutcome,
                                   PlanAction.Status status, Practitioner by, OffsetDateTime at) {
        requireWritable(at.toLocalDate());
        PlanAction action = actions.stream().filter(a -> Objects.equals(a.getId(), actionId)).findFirst()
                .orElseThrow(() -> new NotFound("action " + actionId + " on case " + reference));
        List<Violation> problems = actionProblems(what, who, byWhen);
        if (status == null) {
            problems.add(new Violation("REQUIRED", "Choose the action's status.", "status"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PlanAction.Status before = action.getStatus();
        action.update(what.strip(), who.strip(), byWhen, blankToNull(desiredOutcome), status, at);
        event(at, by, "ACTION_UPDATED", "Action \"" + what.strip() + "\" " + (before == status ? "updated"
                : "now " + status.label().toLowerCase()));
        return action;
    }

    private static void checkAction(String what, String who, LocalDate byWhen) {
        List<Violation> problems = actionProblems(what, who, byWhen);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static List<Violation> actionProblems(String what, String who, LocalDate byWhen) {
        List<Violation> problems = new ArrayList<>();
        if (what == null || what.isBlank()) {
            problems.add(new Violation("REQUIRED", "Say what will be done.", "what"));
        }
        if (who == null || who.isBlank()) {
            problems.add(new Violation("REQUIRED", "Say who will do it.", "who"));
        }
        if (byWhen == null) {
            problems.add(new Violation("REQUIRED", "Say by when it will be done.", "byWhen"));
        }
        return problems;
    }

    public void setReviewDate(LocalDate date, Practitioner by, OffsetDateTime at, LocalDate today) {
        requireWritable(today);
        if (date == null) {
            throw InvalidInput.of("REQUIRED", "Enter the date of the next review.", "reviewDate");
        }
        if (date.isBefore(today)) {
            throw InvalidInput.of("DATE_IN_PAST", "The review date cannot be in the past.", "reviewDate");
        }
        this.reviewDate = date;
        event(at, by, "REVIEW_DATE", "Next review on " + UK_DATE.format(date));
    }

    /** What stops the delivery plan becoming active: the state, no lead professional, no review date. */
    public List<Violation> planBlockers(LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (!Transition.ACTIVATE_PLAN.allowedFrom(state)) {
            violations.add(wrongState(Transition.ACTIVATE_PLAN));
        }
        if (leadProfessional == null) {
            violations.add(new Violation("LEAD_PROFESSIONAL_REQUIRED", "Agree and record the lead professional before "
                    + "the delivery plan becomes active.", "leadProfessional"));
        }
        if (reviewDate == null) {
            violations.add(new Violation("REVIEW_DATE_REQUIRED", "Set the date of the first review before the delivery "
                    + "plan becomes active.", "reviewDate"));
        } else if (reviewDate.isBefore(today)) {
            violations.add(new Violation("REVIEW_DATE_REQUIRED", "The review date " + UK_DATE.format(reviewDate)
                    + " has passed; set a new one.", "reviewDate"));
        }
        return violations;
    }

    public void activatePlan(Practitioner lead, OffsetDateTime at, LocalDate today) {
        requireTeamLead(lead, "make the delivery plan active");
        if (consentWithdrawn(today)) {
            throw new RulesViolated(recordingBlockers(today));
        }
        RulesViolated.throwIfAny(planBlockers(today));
        moveTo(CaseState.PLAN_ACTIVE, at);
        event(at, lead, "PLAN_ACTIVE", "Delivery plan active; lead professional " + leadProfessional.getDisplayName()
                + ", first review on " + UK_DATE.format(reviewDate));
    }

    public Review recordReview(FormDefinition definition, Answers given, Practitioner by, OffsetDateTime at,
                               LocalDate today) {
        Answers answers = withDefaults(given, "review_date", today.toString(), "lead_professional_name",
                leadProfessional == null ? null : leadProfessional.getDisplayName());
        List<Violation> violations = new ArrayList<>();
        if (!Transition.RECORD_REVIEW.allowedFrom(state)) {
            violations.add(wrongState(Transition.RECORD_REVIEW));
        }
        violations.addAll(recordingBlockers(today));
        RulesViolated.throwIfAny(violations);
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.COMPLETE, today);
        if (!problems.isEmpty()) {
            throw new InvalidInput(toViolations(problems));
        }
        LocalDate held = answers.text("review_date").map(LocalDate::parse).orElse(today);
        LocalDate next = answers.text("next_review_date").map(LocalDate::parse).orElse(null);
        if (next != null && next.isBefore(today)) {
            throw InvalidInput.of("DATE_IN_PAST", "The next review date cannot be in the past.", "next_review_date");
        }
        Review review = new Review(this, definition.version(), answers, held, next, by.getUsername(), at);
        reviews.add(review);
        if (next != null) {
            this.reviewDate = next;
        }
        event(at, by, "REVIEW", "Review held on " + UK_DATE.format(held)
                + (next == null ? "" : "; next review on " + UK_DATE.format(next)));
        return review;
    }

    // ---------------------------------------------------------------- closure

    public CaseClosure close(FormDefinition definition, Answers given, Practitioner by, OffsetDateTime at,
                             LocalDate today) {
        Answers answers = withDefaults(given, "closure_date", today.toString(), "closed_by", by.getDisplayName());
        List<Violation> violations = new ArrayList<>();
        if (state == CaseState.CLOSED) {
            violations.add(closedViolation());
        }
        if (!(by.leads(team) || by.equals(leadProfessional))) {
            throw new AccessDenied("NOT_TEAM_LEAD_OR_LEAD_PROFESSIONAL", "Only a team lead of "
                    + team.getName() + " or the lead professional can close this case.");
        }
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.COMPLETE, today);
        String reason = answers.text("closure_reason").orElse(null);
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("CLOSURE_REASON_REQUIRED", "Choose why the case is closing: needs met, "
                    + "stepped up to children's social care, stepped down to universal services, consent withdrawn, "
                    + "or another reason.", "closure_reason"));
        }
        problems.stream().filter(p -> !("closure_reason".equals(p.field()) && "REQUIRED".equals(p.code())))
                .forEach(p -> violations.add(new Violation(p.code(), p.message(), p.field())));
        RulesViolated.throwIfAny(violations);
        CaseClosure closure = new CaseClosure(this, reason, definition.version(), answers, state, by.getUsername(), at);
        closures.add(closure);
        moveTo(CaseState.CLOSED, at);
        String label = definition.field("closure_reason").flatMap(f -> f.option(reason)).map(o -> o.label()).orElse(reason);
        event(at, by, "CLOSED", "Case closed by " + by.getDisplayName() + ": " + label);
        return closure;
    }

    public void reopen(String reason, Practitioner lead, OffsetDateTime at) {
        requireTeamLead(lead, "reopen cases");
        List<Violation> violations = new ArrayList<>();
        if (!Transition.REOPEN.allowedFrom(state)) {
            violations.add(wrongState(Transition.REOPEN));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("REOPEN_REASON_REQUIRED", "Say why the case is being reopened.", "reason"));
        }
        RulesViolated.throwIfAny(violations);
        CaseClosure last = closures.get(closures.size() - 1);
        last.reopen(lead.getUsername(), at, reason.strip());
        moveTo(last.getClosedFrom(), at);
        event(at, lead, "REOPENED", "Case reopened by " + lead.getDisplayName() + ": " + reason.strip());
    }

    // ---------------------------------------------------------------- case notes

    /**
     * Writes a case note: what kind of contact, the day (and, when known, the time) it happened, what was said or done.
     * A note is never changed; to put one right, a new note {@code corrects} it (an earlier note of this case, not yet
     * corrected) with a {@code reason}, and the old one stays as it was. Refused on a closed case and once consent to
     * record has been withdrawn (as every other record), for a day or time still to come, and for text with control
     * characters.
     */
    public CaseNote addNote(CaseNote.Kind kind, LocalDate happenedOn, LocalTime happenedAt, String text,
                            Long corrects, String reason, Practitioner by, OffsetDateTime at, LocalDateTime nowLocal) {
        requireWritable(nowLocal.toLocalDate());
        List<Violation> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Violation("REQUIRED", "Choose the kind of note: contact, home visit, phone call, meeting "
                    + "or other.", "kind"));
        }
        if (happenedOn == null) {
            problems.add(new Violation("REQUIRED", "Enter the date the contact happened.", "happenedOn"));
        } else if (happenedOn.isAfter(nowLocal.toLocalDate())) {
            problems.add(new Violation("DATE_IN_FUTURE", "The date of the contact cannot be in the future.",
                    "happenedOn"));
        } else if (happenedAt != null && happenedOn.equals(nowLocal.toLocalDate())
                && happenedAt.isAfter(nowLocal.toLocalTime())) {
            problems.add(new Violation("TIME_IN_FUTURE", "The time of the contact cannot be later than now.",
                    "happenedAt"));
        }
        String cleanText = noteText(text, "text", "Write what happened.", CaseNote.MAX_TEXT, problems);
        CaseNote corrected = null;
        String cleanReason = null;
        if (corrects != null) {
            corrected = notes.stream().filter(n -> Objects.equals(n.getId(), corrects)).findFirst().orElse(null);
            if (corrected == null) {
                problems.add(new Violation("UNKNOWN_NOTE", "There is no note " + corrects + " on this case to correct.",
                        "corrects"));
            }
            cleanReason = noteText(reason, "reason", "Say why the note is being corrected.", CaseNote.MAX_REASON,
                    problems);
        } else if (reason != null && !reason.isBlank()) {
            problems.add(new Violation("NOT_A_CORRECTION", "A reason is given only when correcting a note: say which "
                    + "note this corrects, or leave the reason out.", "reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (corrected != null) {
            Optional<CaseNote> already = correctionOf(corrected);
            if (already.isPresent()) {
                throw new RulesViolated(List.of(new Violation("ALREADY_CORRECTED", "This note was already corrected "
                        + "by the note written on " + UkTime.dateTime(already.get().getWrittenAt()) + "; correct that note "
                        + "instead.",
                        "corrects")));
            }
        }
        LocalTime time = happenedAt == null ? null : happenedAt.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        CaseNote note = new CaseNote(this, kind, happenedOn, time, cleanText, by, at, corrected, cleanReason);
        notes.add(note);
        String when = UK_DATE.format(happenedOn) + (time == null ? "" : " at " + time);
        String excerpt = cleanText.length() > 120 ? cleanText.substring(0, 119) + "…" : cleanText;
        if (corrected == null) {
            event(at, by, "NOTE", kind.label() + " on " + when + " noted by " + by.getDisplayName() + ": " + excerpt);
        } else {
            event(at, by, "NOTE_CORRECTED", "Note of " + UK_DATE.format(corrected.getHappenedOn()) + " corrected by "
                    + by.getDisplayName() + " (" + cleanReason + "): " + kind.label() + " on " + when + ": " + excerpt);
        }
        return note;
    }

    /** The note that corrects {@code note}, if one does. */
    public Optional<CaseNote> correctionOf(CaseNote note) {
        return notes.stream().filter(n -> note.equals(n.getCorrects())).findFirst();
    }

    private static String noteText(String value, String field, String missing, int max, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation("REQUIRED", missing, field));
            return null;
        }
        String problem = Text.textProblem(value);
        if (problem != null) {
            problems.add(new Violation("INVALID_CHARACTERS", "This " + problem + ".", field));
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new Violation("TOO_LONG", "This is longer than " + max + " characters.", field));
            return null;
        }
        return stripped;
    }

    // ---------------------------------------------------------------- allocation

    /**
     * Allocates the case to {@code practitioner} (or reassigns it), decided by a team lead of the holding team. The
     * practitioner must be an active practitioner or team lead of the holding team; a closed case is not allocated.
     * Every rule is checked before anything changes.
     */
    public void allocateTo(Practitioner practitioner, Practitioner lead, String reason, OffsetDateTime at) {
        requireTeamLead(lead, "allocate or reassign this case");
        List<Violation> rules = new ArrayList<>();
        if (state == CaseState.CLOSED) {
            rules.add(new Violation("CASE_CLOSED", "The case is closed, so it cannot be allocated. A team lead can "
                    + "reopen it first.", null));
        }
        RulesViolated.throwIfAny(rules);
        List<Violation> problems = new ArrayList<>();
        String why = blankToNull(reason);
        if (practitioner == null) {
            problems.add(new Violation("REQUIRED", "Choose the practitioner to allocate the case to.", "practitionerId"));
        } else if (!canHoldCases(practitioner)) {
            problems.add(new Violation("NOT_IN_TEAM", practitioner.getDisplayName() + " is not an active practitioner "
                    + "of " + team.getName() + ": a case can only be allocated to someone in the team that holds it.",
                    "practitionerId"));
        } else if (practitioner.equals(allocatedTo)) {
            problems.add(new Violation("ALREADY_ALLOCATED", "The case is already allocated to "
                    + practitioner.getDisplayName() + ".", "practitionerId"));
        }
        if (why != null && why.length() > 1000) {
            problems.add(new Violation("TOO_LONG", "The reason must be 1,000 characters or fewer.", "reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Practitioner before = allocatedTo;
        this.allocatedTo = practitioner;
        event(at, lead, ALLOCATED_EVENT, "Allocated to " + practitioner.getDisplayName() + " by " + lead.getDisplayName()
                + (before == null ? "" : " (previously " + before.getDisplayName() + ")")
                + (why == null ? "" : ": " + why));
    }

    /** An active practitioner or team lead of the holding team: someone the case can be allocated to. */
    public boolean canHoldCases(Practitioner p) {
        return p.isActive() && p.memberOf(team) && (p.hasRole(Role.PRACTITIONER) || p.hasRole(Role.TEAM_LEAD));
    }

    /** The practitioner the case is allocated to, when they still hold cases in the holding team. */
    public Optional<Practitioner> currentHolder() {
        return Optional.ofNullable(allocatedTo).filter(this::canHoldCases);
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

    /**
     * Moves the case to {@code to}, decided by a team lead of the holding team. History, revisions and disclosures
     * travel with it; the former team's members leave the Team Around the Child and, if the lead professional was
     * one of them, the receiving team agrees a new one.
     */
    public CaseTransfer transferTo(Team to, Practitioner lead, String requestedBy, String reason, OffsetDateTime at) {
        requireTeamLead(lead, "transfer this case");
        List<Violation> violations = new ArrayList<>();
        if (state == CaseState.CLOSED) {
            violations.add(closedViolation());
        }
        if (to == null || to.equals(team)) {
            violations.add(new Violation("SAME_TEAM", "The case is already held by " + team.getName() + ".", "team"));
        }
        RulesViolated.throwIfAny(violations);
        Team from = team;
        CaseTransfer transfer = new CaseTransfer(this, from, to, lead, requestedBy, reason == null ? "" : reason, at);
        transfers.add(transfer);
        this.team = to;
        List<String> left = new ArrayList<>();
        for (TeamMember m : teamMembers) {
            if (m.isCurrent() && m.getPractitioner() != null && (m.getPractitioner().memberOf(from)
                    || m.getPractitioner().leads(from))) {
                m.remove(at);
                left.add(m.getName());
            }
        }
        String leadNote = "";
        if (leadProfessional != null && (leadProfessional.memberOf(from) || leadProfessional.leads(from))) {
            leadNote = "; " + leadProfessional.getDisplayName() + " is no longer lead professional: " + to.getName()
                    + " agrees a new one";
            leadProfessional = null;
        }
        event(at, lead, "TRANSFERRED", "Case transferred from " + from.getName() + " to " + to.getName()
                + " at the request of " + requestedBy + ", decided by " + lead.getDisplayName()
                + (left.isEmpty() ? "" : "; " + String.join(", ", left) + " left the Team Around the Child") + leadNote);
        return transfer;
    }

    // ---------------------------------------------------------------- helpers

    private void requireTeamLead(Practitioner p, String what) {
        if (!p.leads(team)) {
            throw new AccessDenied("NOT_TEAM_LEAD", "Only a team lead of " + team.getName() + " can " + what + ".");
        }
    }

    /**
     * Not closed, and consent to record not withdrawn without new consent or a decision to act without it: after a
     * withdrawal nothing more is recorded on the case (consent itself, decisions, closure and reopening excepted).
     */
    private void requireWritable(LocalDate today) {
        requireNotClosed();
        List<Violation> blockers = recordingBlockers(today);
        if (blockers.stream().anyMatch(v -> v.code() == RefusalCode.CONSENT_WITHDRAWN)) {
            throw new RulesViolated(blockers);
        }
    }

    /** True when recording has stopped because consent to record was withdrawn (and nothing replaced it). */
    public boolean consentWithdrawn(LocalDate today) {
        return recordingBlockers(today).stream().anyMatch(v -> v.code() == RefusalCode.CONSENT_WITHDRAWN);
    }

    private void requireNotClosed() {
        if (state == CaseState.CLOSED) {
            throw new RulesViolated(List.of(closedViolation()));
        }
    }

    private Violation closedViolation() {
        return new Violation("CASE_CLOSED", "The case is closed. A team lead can reopen it.", null);
    }

    private Violation lockedViolation(Assessment assessment) {
        return new Violation("ASSESSMENT_LOCKED", assessment.getStatus() == Assessment.Status.SUBMITTED
                ? "The assessment has been submitted and cannot be changed unless a team lead returns it."
                : "The assessment has been approved and cannot be changed. Start a reassessment to record changes.", null);
    }

    private Violation wrongState(Transition transition) {
        return new Violation("WRONG_STATE", "You cannot " + transition.description() + " now: the case is at \""
                + state.label() + "\".", null);
    }

    private void moveTo(CaseState next, OffsetDateTime at) {
        if (next != state) {
            this.state = next;
            this.stateChangedAt = at;
        }
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
        return problems.stream().map(p -> new Violation(p.code(), p.message(), p.field())).toList();
    }

    private static String blankToNull(String s) {
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
