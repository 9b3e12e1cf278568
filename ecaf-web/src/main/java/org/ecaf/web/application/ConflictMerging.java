package org.ecaf.web.application;

import java.util.List;
import java.util.stream.Collectors;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.AssessmentRevision;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.PreconditionRequired;
import org.ecaf.domain.cases.StaleRevision;
import org.ecaf.domain.cases.Step;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.answers.AnswersMerge;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationProblem;
import org.ecaf.forms.validation.ValidationStage;
import org.ecaf.web.application.view.MergeOutcome;
import org.ecaf.web.application.view.MergeOutcome.ConflictingAnswer;
import org.ecaf.web.application.view.MergeOutcome.Kind;
import org.ecaf.web.application.view.MergeOutcome.SavedSince;
import org.ecaf.web.application.view.RevisionView;

/**
 * The rules for two people editing one assessment, on a case already locked for the change (so nobody can save in
 * between): a save whose base is stale is merged field by field ({@link AnswersMerge}, base = the revision the
 * practitioner started from, mine = their answers, theirs = the latest revision); without conflicts the merge is
 * saved as one revision, with conflicts nothing is saved until the practitioner chooses (keep mine, or take theirs,
 * which first keeps mine as its own revision). Revision reasons are worded here.
 */
final class ConflictMerging {

    private final CafCase c;
    private final FormDefinition definition;
    private final Practitioner by;
    private final Step step;

    ConflictMerging(CafCase c, FormDefinition definition, Step step) {
        this.c = c;
        this.definition = definition;
        this.by = step.by();
        this.step = step;
    }

    /**
     * Saves {@code mine}, edited from revision {@code basedOn} (null: from nothing) on form version {@code formVersion};
     * when someone saved in between, merges (see the class comment). Refusals other than a stale base are the
     * domain's, unchanged.
     */
    MergeOutcome save(Integer basedOn, Answers mine, int formVersion) {
        try {
            AssessmentRevision saved = c.saveAssessment(definition, basedOn, mine, null, step);
            return new MergeOutcome(Kind.SAVED, view(saved), null, null, saved.answers().toJson(), List.of(), List.of(),
                    null);
        } catch (StaleRevision stale) {
            Assessment a = c.currentAssessment().orElseThrow(() -> stale);
            List<SavedSince> since = stale.savedSince().stream().map(s -> new SavedSince(s.revision(), s.authorName(),
                    s.savedAt(), s.changedFields())).toList();
            return merge(a, basedOn, mine, formVersion, stale.getMessage(), since);
        } catch (PreconditionRequired started) {
            // someone else started the assessment while the practitioner was typing theirs: merge with what they saved
            Assessment a = c.currentAssessment().orElseThrow(() -> started);
            List<SavedSince> since = a.getRevisions().stream().map(r -> new SavedSince(r.getNumber(), r.getAuthorName(),
                    UkTime.dateTime(r.getSavedAt()), List.of())).toList();
            return merge(a, null, mine, formVersion, started.getMessage(), since);
        }
    }

    private MergeOutcome merge(Assessment a, Integer basedOn, Answers mine, int formVersion, String refusal,
                               List<SavedSince> since) {
        AssessmentRevision latest = a.latest().orElseThrow();
        if (latest.getFormVersion() != formVersion) {
            return new MergeOutcome(Kind.FORM_MOVED, null, view(latest), null, null, since, List.of(), refusal);
        }
        Answers base = answersOf(a, basedOn);
        Answers theirs = latest.answers();
        AnswersMerge.Result merged = AnswersMerge.merge(base, mine, theirs);
        if (merged.hasConflicts()) {
            return new MergeOutcome(Kind.CONFLICT, null, view(latest), null, null, since, merged.conflicts().stream()
                    .map(key -> new ConflictingAnswer(key, AssessmentService.labelOf(definition, key),
                            base.get(key).orElse(null), mine.get(key).orElse(null), theirs.get(key).orElse(null)))
                    .toList(), null);
        }
        if (merged.merged().equals(theirs)) {
            return new MergeOutcome(Kind.SAME_AS_THEIRS, view(latest), view(latest), null, theirs.toJson(), since,
                    List.of(), null);
        }
        String names = since.stream().map(SavedSince::authorName).distinct().collect(Collectors.joining(" and "));
        AssessmentRevision saved = c.saveAssessment(definition, latest.getNumber(), merged.merged(),
                "Merged with " + names + "'s revision " + latest.getNumber(), step);
        return new MergeOutcome(Kind.MERGED, view(saved), view(latest), null, saved.answers().toJson(), since,
                List.of(), null);
    }

    /**
     * Resolves the conflict between {@code mine} (edited from {@code basedOn}) and revision {@code theirRevision}.
     * When someone saved after {@code theirRevision}, refuses with the domain's {@link StaleRevision} before saving
     * anything. Taking theirs writes two revisions, both or neither: the answers on top are checked first.
     */
    MergeOutcome resolve(Integer basedOn, int theirRevision, Answers mine, AssessmentService.Resolution resolution) {
        Assessment a = c.currentAssessment().orElseThrow(() -> new StaleRevision(theirRevision, 0, List.of()));
        AssessmentRevision latest = a.latest().orElseThrow();
        String me = by.getDisplayName();
        String them = latest.getAuthorName();
        Answers theirs = latest.answers();
        AnswersMerge.Result merged = AnswersMerge.merge(answersOf(a, basedOn), mine, theirs);
        if (resolution == AssessmentService.Resolution.KEEP_MINE) {
            AssessmentRevision saved = c.saveAssessment(definition, theirRevision, merged.keepingMine(),
                    me + "'s changes kept on top of " + them + "'s revision " + theirRevision, step);
            return new MergeOutcome(Kind.KEPT_MINE, view(saved), view(latest), null, saved.answers().toJson(),
                    List.of(), List.of(), null);
        }
        if (theirRevision == a.latestNumber()) {
            List<ValidationProblem> problems = FormValidator.validate(definition, merged.takingTheirs(),
                    ValidationStage.DRAFT, step.today());
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems.stream().map(Violation::of)
                        .toList());
            }
        }
        AssessmentRevision kept = c.saveAssessment(definition, theirRevision, merged.keepingMine(),
                me + "'s changes, kept when taking " + them + "'s revision " + theirRevision, step);
        AssessmentRevision saved = c.saveAssessment(definition, kept.getNumber(), merged.takingTheirs(),
                them + "'s answers from revision " + theirRevision + " taken over " + me + "'s (kept as revision "
                        + kept.getNumber() + ")", step);
        return new MergeOutcome(Kind.TOOK_THEIRS, view(saved), view(latest), kept.getNumber(),
                saved.answers().toJson(), List.of(), List.of(), null);
    }

    private static Answers answersOf(Assessment a, Integer revision) {
        return revision == null ? Answers.empty()
                : a.revision(revision).map(AssessmentRevision::answers).orElse(Answers.empty());
    }

    private RevisionView view(AssessmentRevision r) {
        return RevisionView.of(c.getId(), r.getAssessment(), r, true);
    }
}
