package org.ecaf.web.interfaces.jsf;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.StaleRevision;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Section;
import org.ecaf.forms.validation.ValidationProblem;
import org.ecaf.web.application.AssessmentPrefill;
import org.ecaf.web.application.AssessmentService;
import org.ecaf.web.application.CurrentUser;
import org.ecaf.web.application.DraftAnswers;
import org.ecaf.web.application.Forms;
import org.ecaf.web.application.view.MergeOutcome;
import org.ecaf.web.application.view.RevisionView;
import org.ecaf.web.interfaces.jsf.forms.FormModel;
import org.ecaf.web.interfaces.jsf.forms.FormText;
import org.primefaces.PrimeFaces;

/**
 * The assessment page: one section at a time with the sections' progress, autosave (each save a revision based on
 * the revision the page started from), a three-way merge when someone else saved in between, submission with every
 * unmet rule linked to where it is put right, read-only once submitted or approved, migration of a draft to the
 * latest form version. The rules are the domain's; this bean only calls {@link AssessmentService} and shows its
 * codes and messages.
 */
@Named
@ViewScoped
public class AssessmentPage extends CasePageBase {

    private static final long serialVersionUID = 1L;
    /** The client-id prefix of the inputs: form {@code assessment}, composite {@code fields}, idPrefix {@code f_}. */
    static final String FIELDS = "assessment:fields:";
    static final String ID_PREFIX = "f_";
    private static final ZoneId LONDON = UkTime.ZONE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = UkTime.DATE_TIME;

    @Inject
    AssessmentService assessments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Forms forms;

    private String section;
    private String field;

    private FormModel form;
    private Integer baseRevision;
    private String baseAnswers;
    private String status;
    private String lastSaved;
    private String saveMessage;
    private String focusId;
    private int latestVersion;
    private String migrationDescription;
    /** Answers about the child that the child's record no longer agrees with (read when the page loads). */
    private List<AssessmentService.RecordDifference> differences = List.of();
    private Conflict conflict;
    private transient List<SectionProgress> progress;
    private transient FacesContext progressRequest;

    // ---------------------------------------------------------------- loading

    public void load() {
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        try {
            reload();
        } catch (Refusal r) {
            hideCase(r);
            return;
        }
        if (field != null && form.sectionOf(field) == null) {
            field = null;
        }
        if (!form.hasSection(section)) {
            section = field != null ? form.sectionOf(field) : form.getSections().get(0).key();
        }
        if (field != null && section.equals(form.sectionOf(field))) {
            focusId = FIELDS + form.focusId(ID_PREFIX, field);
        }
    }

    private void reload() {
        FormDefinition definition;
        Answers answers;
        try {
            RevisionView current = assessments.current(id);
            definition = assessments.definitionOf(current);
            answers = Answers.fromJson(current.answers());
            baseRevision = current.revision();
            status = current.status();
            lastSaved = "Revision " + current.revision() + ", saved by " + current.authorName() + " on "
                    + DATE_TIME.format(current.savedAt().atZoneSameInstant(LONDON));
        } catch (NotFound e) {
            definition = forms.latest(CafCase.CAF_FORM);
            answers = Answers.empty();

            baseRevision = null;
            status = null;
            lastSaved = null;
        }
        form = new FormModel(definition, answers);
        baseAnswers = answers.toCanonicalJson();
        FormDefinition latest = forms.latest(definition.id());
        latestVersion = latest.version();
        migrationDescription = forms.registry().migration(definition.id(), definition.version())
                .map(m -> m.description()).orElse("");
        differences = baseRevision != null && Assessment.Status.IN_PROGRESS.name().equals(status) ? assessments.differencesFromRecord(id)
                : List.of();
    }

    // ---------------------------------------------------------------- saving

    /** Autosave after typing stops, or before leaving the section. */
    public void autosave() {
        save(false);
    }

    /** The Save button. */
    public void saveNow() {
        save(true);
    }

    private boolean save(boolean explicit) {
        echoGeneration();
        if (!isEditable()) {
            return false;
        }
        if (conflict != null) {
            error(null, "Choose whose answers to keep before saving again.");
            PrimeFaces.current().ajax().addCallbackParam("conflict", true);
            return false;
        }
        // an answer the draft stage does not accept is set aside (kept on the page as typed, marked) and the rest saved
        DraftAnswers.Settled settled = assessments.settleDraft(form.definition(), form.toAnswers(),
                Answers.fromJson(baseAnswers));
        Answers mine = settled.savable();
        boolean stored;
        if (baseRevision != null && mine.toCanonicalJson().equals(baseAnswers)) {
            if (settled.complete() && !form.getErrors().isEmpty()) {
                form.clearErrors();
                PrimeFaces.current().ajax().update("assessment:fieldsBox");
            }
            saveMessage = explicit ? "No changes to save: revision " + baseRevision + " is up to date." : saveMessage;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            stored = false;
        } else if (baseRevision == null && mine.isEmpty()) {
            saveMessage = explicit ? "Nothing to save yet: answer a question first." : saveMessage;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            stored = false;
        } else if (!store(mine)) {
            return false;
        } else {
            stored = true;
        }
        if (settled.complete()) {
            return true;
        }
        hold(settled.setAside(), stored);
        return false;
    }

    /**
     * Answers set aside by the draft stage: each stays in its input as typed, marked with its problem and listed in
     * the summary; the page stays unsaved (the leave guard warns) until they are put right.
     */
    private void hold(List<ValidationProblem> problems, boolean restSaved) {
        Map<String, String> inline = new LinkedHashMap<>();
        problems.forEach(p -> inline.merge(p.field(), p.message(), (a, b) -> a + " " + b));
        if (!inline.equals(form.getErrors())) {
            form.setErrors(inline);
            PrimeFaces.current().ajax().update("assessment:fieldsBox");
        }
        problems.forEach(p -> error(linkToField(p.field()), p.message()));
        String count = problems.size() == 1 ? "1 answer is" : problems.size() + " answers are";
        saveMessage = (restSaved ? saveMessage + ". " : "") + count + " not saved because "
                + (problems.size() == 1 ? "it needs" : "they need") + " correcting (marked on the page); everything "
                + "else is saved.";
        PrimeFaces.current().ajax().addCallbackParam("held", true);
    }

    /** Saves {@code answers} based on the page's revision; the service merges with anyone who saved in between. */
    private boolean store(Answers answers) {
        try {
            return shown(assessments.saveMerging(id, baseRevision, answers.toJson(), form.getVersion()), answers);
        } catch (Refusal r) {
            refused(r);
            return false;
        }
    }

    /** A refused save: invalid answers marked at their fields, anything else listed. */
    private void refused(Refusal refusal) {
        if (refusal instanceof InvalidInput invalid) {
            form.setErrors(byTarget(invalid.violations()));
        }
        showViolations(refusal.violations().isEmpty()
                ? List.of(new Violation(refusal.code(), refusal.getMessage(), null)) : refusal.violations());
        failed();
    }

    private void accepted(RevisionView saved, Answers answers) {
        form.clearPrefilled();
        baseRevision = saved.revision();
        baseAnswers = answers.toCanonicalJson();
        status = saved.status();
        if (!form.getErrors().isEmpty()) {
            form.clearErrors();
            PrimeFaces.current().ajax().update("assessment:fieldsBox");
        }
        saveMessage = "Saved revision " + saved.revision() + " at " + TIME.format(saved.savedAt().atZoneSameInstant(LONDON));
        lastSaved = "Revision " + saved.revision() + ", saved by " + saved.authorName() + " on "
                + DATE_TIME.format(saved.savedAt().atZoneSameInstant(LONDON));
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        PrimeFaces.current().ajax().addCallbackParam("revision", saved.revision());
    }

    private void failed() {
        saveMessage = "Not saved: see the problems listed at the top of the page.";
        PrimeFaces.current().ajax().addCallbackParam("saved", false);
        PrimeFaces.current().ajax().update("assessment:fieldsBox");
    }

    private void echoGeneration() {
        String generation = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ecafGen");
        if (generation != null && generation.matches("\\d{1,9}")) {
            PrimeFaces.current().ajax().addCallbackParam("gen", Integer.parseInt(generation));
        }
    }

    // ---------------------------------------------------------------- concurrent edits

    /** Shows what a save came to: saved, merged with someone else's revision, or a conflict waiting for a choice. */
    private boolean shown(MergeOutcome outcome, Answers mine) {
        List<Saver> since = outcome.since().stream().map(s -> new Saver(s.revision(), s.authorName(), s.savedAt(),
                s.changedFields().stream().map(p -> FormText.label(form.definition(), p)).distinct()
                        .collect(Collectors.joining(", ")))).toList();
        RevisionView latest = outcome.latest();
        switch (outcome.kind()) {
            case SAVED -> {
                accepted(outcome.saved(), mine);
                return true;
            }
            case SAME_AS_THEIRS, MERGED -> {
                Answers merged = Answers.fromJson(outcome.answers());
                form.load(merged);
                if (changesThisSection(mine, merged)) {
                    PrimeFaces.current().ajax().update("assessment:fieldsBox");
                }
                accepted(outcome.saved(), merged);
                info(describe(since) + (outcome.kind() == MergeOutcome.Kind.MERGED
                        ? " Their changes and yours were merged and saved as revision " + baseRevision + "."
                        : " Your changes were the same, so nothing more was saved."));
                return true;
            }
            case FORM_MOVED -> {
                error(null, outcome.refusal() + " The assessment was moved to form version " + latest.formVersion()
                        + ": reload the page to continue; copy anything you typed first.");
                failed();
                return false;
            }
            case CONFLICT -> {
                conflict = new Conflict(latest.revision(), latest.authorName(),
                        DATE_TIME.format(latest.savedAt().atZoneSameInstant(LONDON)), since,
                        outcome.conflicts().stream().map(c -> new ConflictRow(c.key(), c.label(),
                                FormText.display(form.definition(), c.key(), c.mine()),
                                FormText.display(form.definition(), c.key(), c.theirs()),
                                form.sectionOf(c.key()))).toList());
                saveMessage = "Not saved: " + latest.authorName() + " saved revision " + latest.revision()
                        + " in the meantime. Choose whose answers to keep.";
                PrimeFaces.current().ajax().addCallbackParam("saved", false);
                PrimeFaces.current().ajax().addCallbackParam("conflict", true);
                PrimeFaces.current().ajax().update("assessment:conflictBox");
                return false;
            }
            default -> throw new IllegalStateException("Not an outcome of a save: " + outcome.kind());
        }
    }

    /** Whether the merge changed an answer shown in this section (only then are its inputs rendered again). */
    private boolean changesThisSection(Answers before, Answers after) {
        return org.ecaf.forms.answers.AnswersDiff.between(before, after).stream()
                .anyMatch(c -> section.equals(form.sectionOf(c.path())));
    }

    private static String describe(List<Saver> since) {
        return since.stream().map(s -> s.getAuthorName() + " saved revision " + s.getRevision() + " at " + s.getSavedAt()
                + (s.getChanged().isEmpty() ? "" : " (changed: " + s.getChanged() + ")")).collect(Collectors.joining("; "))
                + ".";
    }

    /** Keep mine: my answers on top of theirs for every conflicting field; theirs stay in the history. */
    public void keepMine() {
        resolve(AssessmentService.Resolution.KEEP_MINE);
    }

    /**
     * Take theirs: first my version is saved as its own revision, then theirs on top of it (with every change of
     * mine that did not conflict), so both are in the history.
     */
    public void takeTheirs() {
        resolve(AssessmentService.Resolution.TAKE_THEIRS);
    }

    /**
     * The practitioner's choice, resolved by the service in one transaction; when someone saved again meanwhile,
     * the page's answers are saved afresh, which shows the new conflict (or merges).
     */
    private void resolve(AssessmentService.Resolution resolution) {
        if (conflict == null) {
            return;
        }
        Conflict c = conflict;
        conflict = null;
        Answers mine = form.toAnswers();
        try {
            MergeOutcome outcome = assessments.resolveConflict(id, baseRevision, c.theirRevision, mine.toJson(),
                    resolution);
            Answers resolved = Answers.fromJson(outcome.answers());
            accepted(outcome.saved(), resolved);
            form.load(resolved);
            info(outcome.kind() == MergeOutcome.Kind.KEPT_MINE
                    ? "Your answers were kept. " + c.theirAuthor + "'s answers stay in the history as revision "
                            + c.theirRevision + "; yours are now revision " + baseRevision + "."
                    : c.theirAuthor + "'s answers were taken. Your version is kept in the history as revision "
                            + outcome.keptRevision() + "; the assessment is now at revision " + baseRevision + ".");
        } catch (StaleRevision movedOn) {
            store(mine);
        } catch (Refusal r) {
            refused(r);
        }
        PrimeFaces.current().ajax().update("assessment:fieldsBox");
    }

    // ---------------------------------------------------------------- submitting, migrating, reassessing

    /** Saves what is typed, then submits for approval; a refusal lists every unmet rule, each linked. */
    /**
     * "Submit for approval": saves, then lists everything that stops submission (each linked to where it is put
     * right) or, when nothing does, goes on to "check your answers", where it is submitted.
     */
    public String submit() {
        if (isEditable() && !save(false)) {
            return null;
        }
        List<Violation> blockers;
        try {
            blockers = assessments.submissionBlockers(id);
        } catch (Refusal r) {
            blockers = r.violations().isEmpty() ? List.of(new Violation(r.code(), r.getMessage(), null)) : r.violations();
        }
        if (!blockers.isEmpty()) {
            showViolations(blockers);
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
            PrimeFaces.current().ajax().update("assessment:fieldsBox");
            return null;
        }
        return "check-answers?faces-redirect=true&id=" + id;
    }

    public String migrate() {
        try {
            RevisionView moved = assessments.migrate(id, latestVersion);
            Pages.flashInfo("The assessment is now on version " + moved.formVersion() + " of the form (revision "
                    + moved.revision() + "). Answers the new version has no place for are kept, read-only, at the end "
                    + "of the page.");
            return "assessment?faces-redirect=true&id=" + id + "&section=" + section;
        } catch (Refusal r) {
            showViolations(r.violations().isEmpty() ? List.of(new Violation(r.code(), r.getMessage(), null)) : r.violations());
            return null;
        }
    }

    public String reassess() {
        try {
            RevisionView started = assessments.reassess(id);
            Pages.flashInfo("Reassessment " + started.assessment() + " has started with the approved answers. "
                    + "Record what has changed.");
            return "assessment?faces-redirect=true&id=" + id;
        } catch (Refusal r) {
            showViolations(r.violations().isEmpty() ? List.of(new Violation(r.code(), r.getMessage(), null)) : r.violations());
            return null;
        }
    }

    // ---------------------------------------------------------------- messages

    /** Every violation in the error summary, linked to where it is put right; field problems also next to fields. */
    private void showViolations(List<Violation> violations) {
        Map<String, String> inline = new LinkedHashMap<>();
        for (Violation v : violations) {
            if (v.target() != null && form.sectionOf(v.target()) != null) {
                error(linkToField(v.target()), v.message());
                inline.put(v.target(), v.message());
            } else {
                error(linkFor(v), v.message());
            }
        }
        form.setErrors(inline);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** The link of a field: an in-page anchor in this section, else the section's page focused on the field. */
    private String linkToField(String path) {
        String owner = form.sectionOf(path);
        if (owner == null || owner.equals(section)) {
            return FIELDS + form.focusId(ID_PREFIX, path);
        }
        return "assessment.xhtml?id=" + id + "&section=" + owner + "&field=" + path;
    }

    private String linkFor(Violation v) {
        return FixLinks.of(v, id);
    }

    private static Map<String, String> byTarget(List<Violation> violations) {
        Map<String, String> map = new LinkedHashMap<>();
        violations.stream().filter(v -> v.target() != null).forEach(v -> map.merge(v.target(), v.message(), (a, b) -> a + " " + b));
        return map;
    }

    private static void error(String target, String text) {
        FacesContext.getCurrentInstance().addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void info(String text) {
        Pages.info(text);
    }

    // ---------------------------------------------------------------- view

    public boolean isEditable() {
        return view != null && (status == null || Assessment.Status.IN_PROGRESS.name().equals(status)) && view.state() != org.ecaf.domain.cases.CaseState.CLOSED;
    }

    /**
     * Fills the questions still unanswered with what eCAF already knows (the child's record, the family, the assessor,
     * today as the start date, the consent recorded), marked as prefilled; nothing typed is replaced and nothing is
     * saved until the practitioner saves (the page then counts as changed, so autosave follows).
     */
    public void prefill() {
        if (!isEditable()) {
            return;
        }
        try {
            AssessmentPrefill.Prefilled known = assessments.prefill(id, form.definition());
            Answers typed = form.toAnswers();
            Answers merged = typed;
            java.util.Set<String> filled = new java.util.LinkedHashSet<>();
            for (String key : known.keys()) {
                if (typed.get(key).isEmpty()) {
                    merged = merged.with(key, known.answers().get(key).orElseThrow());
                    filled.add(key);
                }
            }
            form.load(merged);
            form.setPrefilled(filled);
            info(filled.isEmpty() ? "Every question eCAF knows an answer to is already answered."
                    : filled.size() + " answers are filled in from what eCAF already knows. They are marked "
                    + "“Prefilled”: check each and change anything that is wrong.");
            PrimeFaces.current().ajax().addCallbackParam("prefilled", filled.size());
        } catch (Refusal r) {
            showViolations(r.violations().isEmpty() ? List.of(new Violation(r.code(), r.getMessage(), null)) : r.violations());
        }
    }

    /** One answer about the child that the child's record no longer agrees with, in words. */
    public record DifferenceRow(String key, String label, String onRecord, String inAssessment)
            implements java.io.Serializable {
    }

    /** The answers about the child that differ from the child's record as it is now, in words. */
    public List<DifferenceRow> getDifferences() {
        FormDefinition definition = form.definition();
        return differences.stream().map(d -> new DifferenceRow(d.key(), FormText.label(definition, d.key()),
                FormText.display(definition, d.key(), json(d.onRecord())),
                FormText.display(definition, d.key(), json(d.inAssessment())))).toList();
    }

    /**
     * "Use the child's record": the answers that differ take the record's values, marked as prefilled, and are saved
     * with the next save (the page counts as changed, so autosave follows).
     */
    public void useRecord() {
        if (!isEditable() || differences.isEmpty()) {
            return;
        }
        Answers merged = form.toAnswers();
        java.util.Set<String> taken = new java.util.LinkedHashSet<>();
        for (AssessmentService.RecordDifference d : differences) {
            merged = merged.with(d.key(), json(d.onRecord()));
            taken.add(d.key());
        }
        form.load(merged);
        form.setPrefilled(taken);
        differences = List.of();
        info(taken.size() == 1 ? "1 answer now matches the child's record; it is saved with the next save."
                : taken.size() + " answers now match the child's record; they are saved with the next save.");
        PrimeFaces.current().ajax().addCallbackParam("prefilled", taken.size());
    }

    private static jakarta.json.JsonValue json(String text) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            return reader.readValue();
        }
    }

    public boolean isStarted() {
        return baseRevision != null;
    }

    public boolean isSubmitted() {
        return Assessment.Status.SUBMITTED.name().equals(status);
    }

    public boolean isApproved() {
        return Assessment.Status.APPROVED.name().equals(status);
    }

    public boolean isMigrationOffered() {
        return isEditable() && isStarted() && latestVersion > form.getVersion();
    }

    public String getSubmittedOn() {
        return view == null || view.assessment() == null ? "" : date(view.assessment().submittedAt());
    }

    public String getApprovedOn() {
        return view == null || view.assessment() == null ? "" : date(view.assessment().approvedAt());
    }

    private static String date(OffsetDateTime at) {
        return UkTime.dateOf(at);
    }

    public List<Section> getSections() {
        return form.getSections();
    }

    /**
     * Every section with its progress (the navigation shows it), worked out once while the response is rendered,
     * after the submitted values are in the model.
     */
    public List<SectionProgress> getSectionProgress() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (now.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return form.getSections().stream().map(s -> new SectionProgress(s, null)).toList();
        }
        if (progress == null || progressRequest != now) {
            progress = form.getSections().stream().map(s -> new SectionProgress(s, form.progress(s.key()))).toList();
            progressRequest = now;
        }
        return progress;
    }

    /** A section and how far it is answered. */
    public static final class SectionProgress {
        private final Section section;
        private final FormModel.Progress progress;

        SectionProgress(Section section, FormModel.Progress progress) {
            this.section = section;
            this.progress = progress;
        }

        public Section getSection() {
            return section;
        }

        public FormModel.Progress getProgress() {
            return progress;
        }
    }

    public Section getCurrentSection() {
        return form == null ? null : form.section(section);
    }

    public int getSectionIndex() {
        // form is null when this bean was created anew in the middle of a request: with many requests at once in
        // one session (two tabs, a double click) the session's oldest view maps are dropped while still rendering
        if (form == null) {
            return 0;
        }
        List<Section> all = form.getSections();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).key().equals(section)) {
                return i;
            }
        }
        return 0;
    }

    public Section getPreviousSection() {
        int i = getSectionIndex();
        return form != null && i > 0 ? form.getSections().get(i - 1) : null;
    }

    public Section getNextSection() {
        int i = getSectionIndex();
        return form != null && i + 1 < form.getSections().size() ? form.getSections().get(i + 1) : null;
    }

    public String sectionLink(String key) {
        return "assessment.xhtml?id=" + id + "&section=" + key;
    }

    public List<Map.Entry<String, String>> getArchived() {
        return form.archived();
    }

    public FormModel getForm() {
        return form;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public String getStatus() {
        return status;
    }

    public String getLastSaved() {
        return lastSaved;
    }

    public String getSaveMessage() {
        return saveMessage;
    }

    public String getFocusId() {
        return focusId;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public String getMigrationDescription() {
        return migrationDescription;
    }

    public Conflict getConflict() {
        return conflict;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    // ---------------------------------------------------------------- conflict view

    /** Someone who saved since the page's revision. */
    public static final class Saver implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int revision;
        private final String authorName;
        private final String savedAt;
        private final String changed;

        Saver(int revision, String authorName, String savedAt, String changed) {
            this.revision = revision;
            this.authorName = authorName;
            this.savedAt = savedAt;
            this.changed = changed;
        }

        public int getRevision() {
            return revision;
        }

        public String getAuthorName() {
            return authorName;
        }

        public String getSavedAt() {
            return savedAt;
        }

        public String getChanged() {
            return changed;
        }
    }

    /** A field both sides changed: the label and both answers in words. */
    public static final class ConflictRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String label;
        private final String mine;
        private final String theirs;
        private final String section;

        ConflictRow(String key, String label, String mine, String theirs, String section) {
            this.key = key;
            this.label = label;
            this.mine = mine;
            this.theirs = theirs;
            this.section = section;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public String getMine() {
            return mine;
        }

        public String getTheirs() {
            return theirs;
        }

        public String getSection() {
            return section;
        }
    }

    /** A save refused because someone else saved, with fields both changed: waits for the practitioner's choice. */
    public static final class Conflict implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int theirRevision;
        private final String theirAuthor;
        private final String theirSavedAt;
        private final List<Saver> since;
        private final List<ConflictRow> rows;

        Conflict(int theirRevision, String theirAuthor, String theirSavedAt, List<Saver> since, List<ConflictRow> rows) {
            this.theirRevision = theirRevision;
            this.theirAuthor = theirAuthor;
            this.theirSavedAt = theirSavedAt;
            this.since = List.copyOf(since);
            this.rows = List.copyOf(rows);
        }

        public int getTheirRevision() {
            return theirRevision;
        }

        public String getTheirAuthor() {
            return theirAuthor;
        }

        public String getTheirSavedAt() {
            return theirSavedAt;
        }

        public List<Saver> getSince() {
            return since;
        }

        public List<ConflictRow> getRows() {
            return rows;
        }
    }
}
