package org.ecaf.domain.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.answers.AnswerChange;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.answers.AnswersDiff;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationProblem;
import org.ecaf.forms.validation.ValidationStage;

/**
 * The assessment workflow of a {@link CafCase}: the pre-assessment checklist, assessments and their revisions, the
 * child seen, submission, approval or return, reassessment and moving to a newer form version. Holds nothing of its
 * own: it works on the case's lists, under the case's lock, and changes state only through {@link Transition}.
 */
final class AssessmentWorkflow {

    private final CafCase kase;
    private final List<Assessment> assessments;
    private final List<ChildSeen> childSeen;
    private final List<ApprovalEvent> approvals;

    AssessmentWorkflow(CafCase kase, List<Assessment> assessments, List<ChildSeen> childSeen,
                       List<ApprovalEvent> approvals) {
        this.kase = kase;
        this.assessments = assessments;
        this.childSeen = childSeen;
        this.approvals = approvals;
    }

    // ---------------------------------------------------------------- pre-assessment

    void recordPreAssessment(FormDefinition definition, Answers given, Step step) {
        LocalDate today = step.today();
        Child child = kase.getChild();
        CaseState state = kase.getState();
        Answers answers = CafCase.withDefaults(given, "child_given_names", child.getGivenNames(), "child_family_name",
                child.getFamilyName(), "child_date_of_birth",
                child.getDateOfBirth() == null ? null : child.getDateOfBirth().toString(),
                "completed_by", step.by().getDisplayName(), "completed_on", today.toString());
        kase.requireWritable(today);
        if (state != CaseState.PRE_ASSESSMENT) {
            throw new RulesViolated(List.of(new Violation(RefusalCode.WRONG_STATE, "The pre-assessment checklist can only be "
                    + "changed before the assessment starts; the case is at \"" + state.label() + "\".", null)));
        }
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.COMPLETE, today);
        if (!problems.isEmpty()) {
            throw new InvalidInput(CafCase.toViolations(problems));
        }
        String decision = answers.text("decision").orElse(null);
        kase.preAssessment(definition.version(), answers.toCanonicalJson(), decision);
        kase.event(step, "PRE_ASSESSMENT", "Pre-assessment checklist recorded: " + decisionLabel(definition, decision));
    }

    private static String decisionLabel(FormDefinition definition, String decision) {
        return definition.field("decision").flatMap(f -> f.option(decision))
                .map(o -> o.label()).orElse(String.valueOf(decision));
    }

    // ---------------------------------------------------------------- assessment

    Optional<Assessment> current() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    Optional<ApprovalEvent> openReturn() {
        Optional<Assessment> current = current();
        if (current.isEmpty() || kase.getState() != CaseState.ASSESSMENT_IN_PROGRESS) {
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

    AssessmentRevision save(FormDefinition definition, Integer basedOn, Answers answers, String reason, Step step) {
        LocalDate today = step.today();
        CaseState state = kase.getState();
        String preAssessmentDecision = kase.getPreAssessmentDecision();
        Optional<Assessment> current = current();
        List<Violation> violations = new ArrayList<>();
        if (state == CaseState.CLOSED) {
            violations.add(kase.closedViolation());
        } else if (current.isPresent() && current.get().isLocked()) {
            violations.add(kase.lockedViolation(current.get()));
        } else if (current.isEmpty() && !Transition.START_ASSESSMENT.allowedFrom(state)) {
            violations.add(kase.wrongState(Transition.START_ASSESSMENT));
        }
        if (current.isEmpty() && preAssessmentDecision != null && !"full_caf".equals(preAssessmentDecision)) {
            violations.add(new Violation(RefusalCode.PRE_ASSESSMENT_DECIDED_OTHERWISE, "The pre-assessment checklist decided "
                    + "against a full CAF (" + preAssessmentDecision.replace('_', ' ') + ").", null));
        }
        violations.addAll(kase.recordingBlockers(today));
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
                throw new RulesViolated(List.of(new Violation(RefusalCode.FORM_VERSION_MISMATCH, "This assessment is on "
                        + assessment.getFormId() + " version " + assessment.getFormVersion() + "; answers for version "
                        + definition.version() + " cannot be saved on it. Migrate it first.", null)));
            }
        } else if (basedOn != null && basedOn != 0) {
            throw new StaleRevision(basedOn, 0, List.of());
        }
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.DRAFT, today);
        if (!problems.isEmpty()) {
            throw new InvalidInput(CafCase.toViolations(problems));
        }
        Assessment assessment = current.orElseGet(() -> start(Transition.START_ASSESSMENT, definition, step));
        return assessment.append(definition.version(), answers, step.by().getUsername(), step.by().getDisplayName(),
                step.at(), CafCase.blankToNull(reason));
    }

    private Assessment start(Transition transition, FormDefinition definition, Step step) {
        Assessment assessment = new Assessment(kase, assessments.size() + 1, definition.id(), definition.version(),
                step.today(), step.by().getUsername());
        assessments.add(assessment);
        kase.moveTo(transition, step);
        kase.event(step, "ASSESSMENT_STARTED", (assessment.getNumber() == 1 ? "Assessment" : "Reassessment "
                + assessment.getNumber()) + " started on " + definition.title() + " version " + definition.version());
        return assessment;
    }

    private static StaleRevision stale(Assessment assessment, int basedOn) {
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

    AssessmentRevision migrate(FormRegistry forms, int toVersion, Step step) {
        Practitioner by = step.by();
        Assessment assessment = current().orElseThrow(() -> new NotFound("assessment on case " + kase.getReference()));
        List<Violation> violations = new ArrayList<>();
        if (kase.getState() == CaseState.CLOSED) {
            violations.add(kase.closedViolation());
        }
        if (assessment.isLocked()) {
            violations.add(kase.lockedViolation(assessment));
        }
        if (!assessment.authors().contains(by.getUsername())) {
            violations.add(new Violation(RefusalCode.NOT_AN_AUTHOR, "Only someone who has written this assessment can move it "
                    + "to a new form version.", null));
        }
        if (toVersion <= assessment.getFormVersion()) {
            violations.add(new Violation(RefusalCode.NOT_A_NEWER_VERSION, "The assessment is already on version "
                    + assessment.getFormVersion() + ".", "toVersion"));
        } else if (!forms.canMigrate(assessment.getFormId(), assessment.getFormVersion(), toVersion)) {
            violations.add(new Violation(RefusalCode.NO_MIGRATION, "There is no way to move answers from version "
                    + assessment.getFormVersion() + " to version " + toVersion + ".", "toVersion"));
        }
        violations.addAll(kase.recordingBlockers(step.today()));
        RulesViolated.throwIfAny(violations);
        int from = assessment.getFormVersion();
        Answers migrated = forms.migrate(assessment.getFormId(), from, toVersion,
                assessment.latest().map(AssessmentRevision::answers).orElse(Answers.empty()));
        AssessmentRevision revision = assessment.append(toVersion, migrated, by.getUsername(), by.getDisplayName(),
                step.at(), "Moved from form version " + from + " to " + toVersion);
        kase.event(step, "MIGRATED", "Assessment moved from form version " + from + " to version " + toVersion);
        return revision;
    }

    // ---------------------------------------------------------------- child seen

    ChildSeen recordChildSeen(LocalDateTime seenAt, boolean seenAlone, String location, String notes, Step step) {
        LocalDateTime nowLocal = step.local();
        Child child = kase.getChild();
        kase.requireWritable(step.today());
        List<Violation> problems = new ArrayList<>();
        if (seenAt == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Enter the date and time the child was seen.", "seenAt"));
        } else if (seenAt.isAfter(nowLocal)) {
            problems.add(new Violation(RefusalCode.DATE_IN_FUTURE, "The child cannot have been seen in the future.", "seenAt"));
        } else if (seenAt.toLocalDate().isBefore(child.getDateOfBirth() == null ? LocalDate.MIN : child.getDateOfBirth())) {
            problems.add(new Violation(RefusalCode.BEFORE_BIRTH, "The child cannot have been seen before they were born.", "seenAt"));
        }
        if (location == null || location.isBlank()) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Say where the child was seen (home, school, clinic…).", "location"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ChildSeen seen = new ChildSeen(kase, seenAt, seenAlone, location.strip(), CafCase.blankToNull(notes), step.by(),
                step.at());
        childSeen.add(seen);
        kase.event(step, "CHILD_SEEN", "Child seen " + (seenAlone ? "alone " : "") + "at " + location.strip() + " on "
                + UkTime.dateTime(seenAt) + " by " + step.by().getDisplayName());
        return seen;
    }

    List<Violation> childSeenBlockers() {
        Optional<Assessment> assessment = current();
        LocalDate started = assessment.map(Assessment::getStartedOn).orElse(LocalDate.MAX);
        boolean seen = childSeen.stream().anyMatch(s -> !s.getSeenAt().toLocalDate().isBefore(started));
        return seen ? List.of() : List.of(new Violation(RefusalCode.CHILD_NOT_SEEN, "Record that the child was seen on or after "
                + (assessment.isPresent() ? UkTime.date(started) + ", the day the assessment started" : "the day the "
                + "assessment started") + ". An assessment cannot be submitted or completed for a child nobody has seen.",
                "childSeen"));
    }

    // ---------------------------------------------------------------- submission and approval

    List<Violation> submissionBlockers(FormDefinition definition, LocalDate today) {
        CaseState state = kase.getState();
        List<Violation> violations = new ArrayList<>();
        Optional<Assessment> assessment = current();
        if (state == CaseState.CLOSED) {
            violations.add(kase.closedViolation());
        } else if (assessment.isEmpty()) {
            violations.add(new Violation(RefusalCode.NO_ASSESSMENT, "There is no assessment to submit yet.", null));
            return violations;
        } else if (assessment.get().isLocked()) {
            violations.add(kase.lockedViolation(assessment.get()));
        } else if (!Transition.SUBMIT.allowedFrom(state)) {
            violations.add(kase.wrongState(Transition.SUBMIT));
        }
        if (assessment.isEmpty()) {
            return violations;
        }
        violations.addAll(kase.recordingBlockers(today));
        violations.addAll(childSeenBlockers());
        Answers answers = assessment.get().latest().map(AssessmentRevision::answers).orElse(Answers.empty());
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.COMPLETE, today);
        List<ValidationProblem> missing = problems.stream().filter(p -> "REQUIRED".equals(p.code())
                || "TOO_FEW_ROWS".equals(p.code())).toList();
        // one violation per unanswered question, each naming its field (a screen links each to its question)
        missing.forEach(p -> violations.add(new Violation(RefusalCode.REQUIRED_ANSWERS_MISSING, p.message(), p.field())));
        problems.stream().filter(p -> !missing.contains(p))
                .forEach(p -> violations.add(new Violation(RefusalCode.INVALID_ANSWER, p.message(), p.field())));
        return violations;
    }

    void submit(FormDefinition definition, Step step) {
        Practitioner by = step.by();
        RulesViolated.throwIfAny(submissionBlockers(definition, step.today()));
        Assessment assessment = current().orElseThrow();
        assessment.submitted(step.at());
        approvals.add(new ApprovalEvent(kase, assessment, ApprovalEvent.Kind.REQUESTED, assessment.latestNumber(),
                by.getUsername(), by.getDisplayName(), step.at(), null));
        kase.moveTo(Transition.SUBMIT, step);
        kase.event(step, "SUBMITTED", "Assessment (revision " + assessment.latestNumber() + ") submitted for approval by "
                + by.getDisplayName());
    }

    List<Violation> approvalBlockers(Practitioner lead) {
        List<Violation> violations = new ArrayList<>();
        if (!Transition.APPROVE.allowedFrom(kase.getState())) {
            violations.add(kase.wrongState(Transition.APPROVE));
        }
        current().ifPresent(a -> {
            if (a.authors().contains(lead.getUsername())) {
                violations.add(new Violation(RefusalCode.SELF_APPROVAL, "You wrote or edited this assessment, so you cannot "
                        + "approve it. Another team lead must approve it.", null));
            }
        });
        violations.addAll(childSeenBlockers());
        return violations;
    }

    void approve(String comment, Step step) {
        Practitioner lead = step.by();
        kase.requireTeamLead(lead, "approve assessments");
        RulesViolated.throwIfAny(approvalBlockers(lead));
        Assessment assessment = current().orElseThrow();
        assessment.approved(lead.getUsername(), step.at());
        approvals.add(new ApprovalEvent(kase, assessment, ApprovalEvent.Kind.APPROVED, assessment.latestNumber(),
                lead.getUsername(), lead.getDisplayName(), step.at(), CafCase.blankToNull(comment)));
        kase.moveTo(Transition.APPROVE, step);
        kase.event(step, "APPROVED", "Assessment approved by " + lead.getDisplayName());
    }

    void returnAssessment(String comment, Step step) {
        Practitioner lead = step.by();
        kase.requireTeamLead(lead, "return assessments");
        List<Violation> violations = new ArrayList<>();
        if (!Transition.RETURN.allowedFrom(kase.getState())) {
            violations.add(kase.wrongState(Transition.RETURN));
        }
        if (comment == null || comment.isBlank()) {
            violations.add(new Violation(RefusalCode.COMMENT_REQUIRED, "Say what needs to change before the assessment can be "
                    + "approved.", "comment"));
        }
        RulesViolated.throwIfAny(violations);
        Assessment assessment = current().orElseThrow();
        assessment.returned();
        approvals.add(new ApprovalEvent(kase, assessment, ApprovalEvent.Kind.RETURNED, assessment.latestNumber(),
                lead.getUsername(), lead.getDisplayName(), step.at(), comment.strip()));
        kase.moveTo(Transition.RETURN, step);
        kase.event(step, "RETURNED", "Assessment returned by " + lead.getDisplayName() + ": " + comment.strip());
    }

    Assessment startReassessment(FormDefinition definition, Step step) {
        CaseState state = kase.getState();
        List<Violation> violations = new ArrayList<>();
        if (!Transition.START_REASSESSMENT.allowedFrom(state)) {
            violations.add(new Violation(RefusalCode.WRONG_STATE, "A reassessment can only start after the assessment is "
                    + "approved; the case is at \"" + state.label() + "\".", null));
        }
        violations.addAll(kase.recordingBlockers(step.today()));
        RulesViolated.throwIfAny(violations);
        Assessment approved = current().orElseThrow();
        Answers carried = approved.latest().map(AssessmentRevision::answers).orElse(Answers.empty());
        if (definition.version() != approved.getFormVersion()) {
            throw new RulesViolated(List.of(new Violation(RefusalCode.FORM_VERSION_MISMATCH, "A reassessment starts on the "
                    + "version of the approved assessment.", null)));
        }
        Assessment next = start(Transition.START_REASSESSMENT, definition, step);
        next.append(definition.version(), carried, step.by().getUsername(), step.by().getDisplayName(), step.at(),
                "Carried over from approved assessment " + approved.getNumber());
        return next;
    }
}
