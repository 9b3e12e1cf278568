package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.web.application.AssessmentService;
import org.ecaf.web.application.view.DiffView;
import org.ecaf.web.application.view.RevisionView;
import org.ecaf.web.interfaces.jsf.forms.FormModel;
import org.ecaf.web.interfaces.jsf.forms.FormText;

/**
 * The history of an assessment: every revision (who, when, why, on which form version), any revision read-only,
 * and the field-level differences between two revisions ({@code ?id=&from=&to=}).
 */
@Named
@ViewScoped
public class HistoryPage extends CasePageBase {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessments;

    private Integer assessment;
    private Integer revision;
    private Integer from;
    private Integer to;

    private List<Row> revisions = List.of();
    private Row shown;
    private FormModel shownForm;
    private List<Change> changes;

    public void load() {
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        try {
            revisions = assessments.revisions(id, assessment).stream().map(Row::new).toList();
        } catch (NotFound e) {
            revisions = List.of();
            return;
        } catch (Refusal r) {
            hideCase(r);
            return;
        }
        try {
            if (revision != null) {
                RevisionView picked = assessments.revision(id, assessment, revision);
                shown = new Row(picked);
                shownForm = new FormModel(assessments.definitionOf(picked), Answers.fromJson(picked.answers()));
            }
            if (from != null && to != null) {
                compare();
            }
        } catch (Refusal r) {
            Pages.show(r, Map.of());
        }
        if (from == null && revisions.size() >= 2) {
            from = revisions.size() - 1;
        }
        if (to == null && !revisions.isEmpty()) {
            to = revisions.size();
        }
    }

    private void compare() {
        DiffView diff = assessments.diff(id, assessment, from, to);
        changes = changes(diff, assessments.definitionOf(assessments.revision(id, assessment, to)));
    }

    /** The changes of a diff in words and in form order (archived answers last), for a table. */
    static List<Change> changes(DiffView diff, FormDefinition definition) {
        List<String> order = definition.fieldPaths();
        List<Change> rows = new ArrayList<>();
        for (DiffView.Change c : diff.changes()) {
            rows.add(new Change(c.path(), FormText.label(definition, c.path()), c.kind(),
                    FormText.display(definition, c.path(), c.before()), FormText.display(definition, c.path(), c.after()),
                    rank(order, c.path())));
        }
        rows.sort(Comparator.comparingInt(Change::rank));
        return rows;
    }

    private static int rank(List<String> order, String path) {
        if (path.startsWith("_archive")) {
            return Integer.MAX_VALUE;
        }
        int at = order.indexOf(FormModel.topKey(path));
        return at < 0 ? Integer.MAX_VALUE - 1 : at;
    }

    public String revisionLink(int number) {
        return "history.xhtml?id=" + id + (assessment == null ? "" : "&assessment=" + assessment) + "&revision=" + number + "#shownRevision";
    }

    public String compareLink(int older, int newer) {
        return "history.xhtml?id=" + id + (assessment == null ? "" : "&assessment=" + assessment) + "&from=" + older
                + "&to=" + newer + "#diff";
    }

    /** The earlier assessments of the case (reassessments make new ones), newest first. */
    public List<Integer> getOtherAssessments() {
        if (view == null || view.assessment() == null) {
            return List.of();
        }
        int current = view.assessment().number();
        int showing = assessment == null ? current : assessment;
        List<Integer> numbers = new ArrayList<>();
        for (int n = current; n >= 1; n--) {
            if (n != showing) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    public int getAssessmentNumber() {
        return assessment != null ? assessment
                : view != null && view.assessment() != null ? view.assessment().number() : 1;
    }

    /** One revision in the list. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final String authorName;
        private final String savedAt;
        private final String reason;
        private final int formVersion;

        Row(RevisionView r) {
            this.number = r.revision();
            this.authorName = r.authorName();
            this.savedAt = UkTime.dateTime(r.savedAt());
            this.reason = r.reason();
            this.formVersion = r.formVersion();
        }

        public int getNumber() {
            return number;
        }

        public String getAuthorName() {
            return authorName;
        }

        public String getSavedAt() {
            return savedAt;
        }

        public String getReason() {
            return reason;
        }

        public int getFormVersion() {
            return formVersion;
        }

        /** How the revision is named in the compare lists. */
        public String getDescription() {
            return "Revision " + number + " – " + authorName + ", " + savedAt;
        }
    }

    /** One changed answer between two revisions. */
    public record Change(String path, String label, String kind, String before, String after, int rank)
            implements Serializable {

        public String getPath() {
            return path;
        }

        public String getLabel() {
            return label;
        }

        public String getKind() {
            return kind;
        }

        /** "Added", "Changed" or "Removed". */
        public String getKindLabel() {
            return kind.charAt(0) + kind.substring(1).toLowerCase();
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }
    }

    public List<Row> getRevisions() {
        return revisions;
    }

    public Row getShown() {
        return shown;
    }

    public FormModel getShownForm() {
        return shownForm;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public Integer getAssessment() {
        return assessment;
    }

    public void setAssessment(Integer assessment) {
        this.assessment = assessment;
    }

    public Integer getRevision() {
        return revision;
    }

    public void setRevision(Integer revision) {
        this.revision = revision;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
