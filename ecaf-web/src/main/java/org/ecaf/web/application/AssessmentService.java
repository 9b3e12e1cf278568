package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.ecaf.domain.access.Operation;
import org.ecaf.domain.access.RecordKind;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.AssessmentRevision;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.Step;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.answers.AnswerChange;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.answers.AnswersDiff;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.DiffView;
import org.ecaf.web.application.view.MergeOutcome;
import org.ecaf.web.application.view.RevisionView;

/**
 * The assessment use cases: read it (now, at a revision, as it was at a time), save a revision (merging with
 * whoever saved in between, and resolving a conflict, each in one transaction), compare two, submit, approve or
 * return, migrate a draft to a newer form version, start a reassessment.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class AssessmentService {

    @Inject
    CaseRepository cases;

    @Inject
    CaseService caseService;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessDecisions access;

    @Inject
    Audit audit;

    @Inject
    Forms forms;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- reading

    /** The latest revision of the current assessment, with its answers. */
    public RevisionView current(long caseId) {
        return read(caseId, "assessment.read", c -> {
            Assessment a = assessmentOf(c, null);
            AssessmentRevision latest = a.latest().orElseThrow(() -> new NotFound("revision of the assessment"));
            return RevisionView.of(c.getId(), a, latest, true);
        });
    }

    /** The history of an assessment (the current one when {@code assessmentNumber} is null), without answers. */
    public List<RevisionView> revisions(long caseId, Integer assessmentNumber) {
        return read(caseId, "assessment.history.read", c -> {
            Assessment a = assessmentOf(c, assessmentNumber);
            return a.getRevisions().stream().map(r -> RevisionView.of(c.getId(), a, r, false)).toList();
        });
    }

    public RevisionView revision(long caseId, Integer assessmentNumber, int number) {
        return read(caseId, "assessment.revision.read", c -> {
            Assessment a = assessmentOf(c, assessmentNumber);
            return RevisionView.of(c.getId(), a, a.revision(number)
                    .orElseThrow(() -> new NotFound("revision " + number + " of assessment " + a.getNumber())), true);
        });
    }

    /** The assessment as it was at {@code instant}: the last revision saved at or before it. */
    public RevisionView asOf(long caseId, Integer assessmentNumber, OffsetDateTime instant) {
        return read(caseId, "assessment.as-of.read", c -> {
            Assessment a = assessmentOf(c, assessmentNumber);
            return RevisionView.of(c.getId(), a, a.asOf(instant).orElseThrow(() ->
                    new NotFound("revision of assessment " + a.getNumber() + " saved by " + instant)), true);
        });
    }

    public DiffView diff(long caseId, Integer assessmentNumber, int from, int to) {
        return read(caseId, "assessment.diff.read", c -> {
            Assessment a = assessmentOf(c, assessmentNumber);
            AssessmentRevision before = a.revision(from).orElseThrow(() -> new NotFound("revision " + from));
            AssessmentRevision after = a.revision(to).orElseThrow(() -> new NotFound("revision " + to));
            FormDefinition definition = forms.get(a.getFormId(), after.getFormVersion());
            List<AnswerChange> changes = AnswersDiff.between(before.answers(), after.answers());
            return new DiffView(c.getId(), a.getNumber(), from, to, changes.stream()
                    .map(ch -> new DiffView.Change(ch.path(), labelOf(definition, ch.path()), ch.kind().name(),
                            ch.before(), ch.after())).toList());
        });
    }

    static String labelOf(FormDefinition definition, String path) {
        String key = path.replaceAll("\\[\\d+]", "").replace("_archive.", "");
        String[] parts = key.split("\\.");
        String lookup = parts.length >= 2 ? parts[0] + "." + parts[parts.length - 1] : parts[0];
        return definition.field(lookup).or(() -> definition.field(parts[0])).map(Field::label).orElse(path);
    }

    // ---------------------------------------------------------------- saving

    /**
     * Saves a new revision. {@code basedOn} is the revision the answers were edited from (the {@code If-Match} of the
     * API); a first save needs none and may choose the form version (the latest by default).
     */
    public RevisionView save(long caseId, Integer basedOn, JsonObject answers, Integer formVersion, String reason) {
        return caseService.change(caseId, "assessment.save", RecordKind.ASSESSMENT, c -> {
            AssessmentRevision revision = c.saveAssessment(definitionFor(c, formVersion), basedOn, answersOf(answers),
                    reason, step());
            return RevisionView.of(c.getId(), revision.getAssessment(), revision, true);
        }, Function.identity());
    }

    /** How a conflict between two people's answers is resolved. */
    public enum Resolution {
        /** My answers on top of theirs for every conflicting field, as one revision; theirs stay in the history. */
        KEEP_MINE,
        /** My version saved as its own revision, then theirs on top of it (with my changes that did not conflict). */
        TAKE_THEIRS
    }

    /**
     * The page's save: {@code answers} edited from revision {@code basedOn} (null when the page started from no
     * assessment) on form version {@code formVersion}. When someone saved in between, the answers are merged field by
     * field with theirs: without conflicts the merge is saved as one revision, with conflicts nothing is saved and the
     * conflicting answers are returned. One transaction, the case locked throughout.
     */
    public MergeOutcome saveMerging(long caseId, Integer basedOn, JsonObject answers, int formVersion) {
        return caseService.change(caseId, "assessment.save", RecordKind.ASSESSMENT,
                c -> merging(c, basedOn == null ? formVersion : null).save(basedOn, answersOf(answers), formVersion),
                Function.identity());
    }

    /**
     * Resolves a conflict {@link #saveMerging} returned: {@code answers} edited from {@code basedOn}, against
     * {@code theirRevision}, the latest revision the practitioner saw. {@link Resolution#KEEP_MINE} saves one
     * revision; {@link Resolution#TAKE_THEIRS} saves two (mine, then theirs on top), both in this one transaction.
     * When someone saved after {@code theirRevision}, refuses with {@link org.ecaf.domain.cases.StaleRevision} and
     * saves nothing.
     */
    public MergeOutcome resolveConflict(long caseId, Integer basedOn, int theirRevision, JsonObject answers,
                                        Resolution resolution) {
        return caseService.change(caseId, "assessment.conflict.resolve", RecordKind.ASSESSMENT,
                c -> merging(c, null).resolve(basedOn, theirRevision, answersOf(answers),
                        resolution),
                Function.identity());
    }

    private ConflictMerging merging(CafCase c, Integer formVersion) {
        return new ConflictMerging(c, definitionFor(c, formVersion), step());
    }

    /**
     * The part of a practitioner's draft that may be saved now and the problems of the answers set aside (see
     * {@link DraftAnswers}): one invalid answer never stops the others being saved. Reads and changes nothing.
     */
    public DraftAnswers.Settled settleDraft(FormDefinition definition, Answers typed, Answers previous) {
        return DraftAnswers.settle(definition, typed, previous, LocalDate.now(clock));
    }

    /**
     * What a new assessment starts from (see {@link AssessmentPrefill}): the child's particulars, family, the assessor
     * and the consent recorded. An audited read; nothing is saved.
     */
    public AssessmentPrefill.Prefilled prefill(long caseId, FormDefinition form) {
        return read(caseId, "assessment.prefill.read",
                c -> AssessmentPrefill.of(form, c, currentUser.get(), LocalDate.now(clock)));
    }

    /**
     * The answers about the child in the assessment's draft that the child's record no longer agrees with (the record
     * was corrected after they were filled in): a fact lives on the child's record, so the page offers to take it
     * from there. Questions left unanswered are not listed; a submitted or approved assessment is not compared. An
     * audited read.
     */
    public List<RecordDifference> differencesFromRecord(long caseId) {
        return read(caseId, "assessment.record-differences.read", c -> {
            Assessment a = c.currentAssessment().orElse(null);
            if (a == null || a.getStatus() != Assessment.Status.IN_PROGRESS || a.latest().isEmpty()) {
                return List.of();
            }
            Answers saved = a.latest().get().answers();
            FormDefinition definition = forms.get(a.getFormId(), a.latest().get().getFormVersion());
            AssessmentPrefill.Prefilled known = AssessmentPrefill.of(definition, c, currentUser.get(), LocalDate.now(clock));
            List<RecordDifference> differences = new java.util.ArrayList<>();
            for (String key : known.fromChildRecord()) {
                var onRecord = known.answers().get(key);
                var inAssessment = saved.get(key);
                if (onRecord.isPresent() && inAssessment.isPresent() && !onRecord.get().equals(inAssessment.get())) {
                    differences.add(new RecordDifference(key, onRecord.get().toString(), inAssessment.get().toString()));
                }
            }
            return List.copyOf(differences);
        });
    }

    /** One answer about the child that differs from the child's record: both values as JSON text. */
    public record RecordDifference(String key, String onRecord, String inAssessment) implements java.io.Serializable {
    }

    /**
     * Everything that stops the current assessment being submitted now, as {@link #submit} would refuse it; empty
     * when it may be submitted. An audited read.
     */
    public List<Violation> submissionBlockers(long caseId) {
        return read(caseId, "assessment.submission-check", c -> c.currentAssessment()
                .map(a -> c.submissionBlockers(forms.get(a.getFormId(), a.getFormVersion()), LocalDate.now(clock)))
                .orElse(List.of(new Violation(RefusalCode.NO_ASSESSMENT,
                        "There is no assessment to submit yet.", null))));
    }

    public CaseView submit(long caseId) {
        return caseService.change(caseId, "assessment.submit", RecordKind.ASSESSMENT, c -> {
            Assessment a = assessmentOf(c, null);
            c.submit(forms.get(a.getFormId(), a.getFormVersion()), step());
            return c;
        }, caseService::view);
    }

    public CaseView approve(long caseId, String comment) {
        return caseService.change(caseId, "assessment.approve", RecordKind.TEAM_LEAD_DECISIONS, c -> {
            c.approve(comment, step());
            return c;
        }, caseService::view);
    }

    public CaseView returnAssessment(long caseId, String comment) {
        return caseService.change(caseId, "assessment.return", RecordKind.TEAM_LEAD_DECISIONS, c -> {
            c.returnAssessment(comment, step());
            return c;
        }, caseService::view);
    }

    public RevisionView migrate(long caseId, int toVersion) {
        return caseService.change(caseId, "assessment.migrate", RecordKind.ASSESSMENT, c -> {
            AssessmentRevision revision = c.migrateAssessment(forms.registry(), toVersion, step());
            return RevisionView.of(c.getId(), revision.getAssessment(), revision, true);
        }, Function.identity());
    }

    public RevisionView reassess(long caseId) {
        return caseService.change(caseId, "assessment.reassess", RecordKind.ASSESSMENT, c -> {
            Assessment approved = assessmentOf(c, null);
            Assessment next = c.startReassessment(forms.get(approved.getFormId(), approved.getFormVersion()), step());
            return RevisionView.of(c.getId(), next, next.latest().orElseThrow(), true);
        }, Function.identity());
    }

    /** The form definition an assessment revision was made on. */
    public FormDefinition definitionOf(RevisionView revision) {
        return forms.get(revision.formId(), revision.formVersion());
    }

    // ---------------------------------------------------------------- helpers

    /** The signed-in person acting now. */
    private Step step() {
        return Step.now(currentUser.get(), clock);
    }

    /** The form answers are saved on: the open assessment's, else the version asked for (the latest by default). */
    private FormDefinition definitionFor(CafCase c, Integer formVersion) {
        return c.currentAssessment()
                .filter(a -> !a.isLocked())
                .map(a -> forms.get(a.getFormId(), a.getFormVersion()))
                .orElseGet(() -> formVersion == null ? forms.latest(CafCase.CAF_FORM)
                        : forms.get(CafCase.CAF_FORM, formVersion));
    }

    private static Answers answersOf(JsonObject answers) {
        return Answers.fromJson(answers == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : answers);
    }

    private <T> T read(long caseId, String action, Function<CafCase, T> work) {
        return Audited.run(audit, action, "case", caseId, () -> {
            access.staff();
            CafCase c = cases.find(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            access.require(c, RecordKind.ASSESSMENT, Operation.READ);
            return work.apply(c);
        }, null);
    }

    private static Assessment assessmentOf(CafCase c, Integer number) {
        if (number == null) {
            return c.currentAssessment().orElseThrow(() -> new NotFound("assessment on case " + c.getReference()
                    + " yet"));
        }
        return c.assessment(number).orElseThrow(() -> new NotFound("assessment " + number + " on case "
                + c.getReference()));
    }
}
