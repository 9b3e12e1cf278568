package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.cases.ApprovalEvent;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.AssessmentService;
import org.ecaf.web.application.view.AnswerSheet;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.RevisionView;

/**
 * A submitted assessment read-only, section by section, with the child-seen records and the approval history; the
 * team lead approves it (a comment is optional) or returns it (a comment is required), then goes back to the queue.
 */
@Named
@ViewScoped
public class ApprovalPage extends CasePageBase {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("comment", "decisionForm:comment");
    private static final Map<String, String> KINDS = Map.of(ApprovalEvent.Kind.REQUESTED.name(),
            "Submitted for approval", ApprovalEvent.Kind.APPROVED.name(), "Approved", ApprovalEvent.Kind.RETURNED.name(),
            "Returned");

    @Inject
    AssessmentService assessments;

    private AnswerSheet sheet;
    private RevisionView revision;
    private String comment;
    private CaseView.ApprovalView lastReturn;
    private List<HistoryPage.Change> sinceReturn;

    public void load() {
        sheet = null;
        revision = null;
        lastReturn = null;
        sinceReturn = List.of();
        if (!loadCase(NOT_INVOLVED)
                || view.assessment() == null) {
            return;
        }
        try {
            RevisionView latest = assessments.current(id);
            sheet = AnswerSheet.of(assessments.definitionOf(latest), latest.answers());
            revision = latest;
            // returned before and submitted again: what the practitioner changed since the return
            lastReturn = view.approvals().stream().filter(a -> ApprovalEvent.Kind.RETURNED.name().equals(a.kind())
                    && a.assessment() == latest.assessment()).reduce((first, second) -> second).orElse(null);
            sinceReturn = lastReturn == null || lastReturn.revision() >= latest.revision() ? List.of()
                    : HistoryPage.changes(assessments.diff(id, latest.assessment(), lastReturn.revision(),
                            latest.revision()), assessments.definitionOf(latest));
        } catch (Refusal r) {
            hideCase(r);
        }
    }

    public String approve() {
        try {
            assessments.approve(id, comment);
            Pages.flashInfo("You approved the assessment of " + view.child().displayName() + " (" + view.reference()
                    + ").");
            return "/team/approvals?faces-redirect=true";
        } catch (Refusal r) {
            Pages.show(r, FIELDS);
            reload();
            return null;
        }
    }

    public String returnAssessment() {
        try {
            assessments.returnAssessment(id, comment);
            Pages.flashInfo("You returned the assessment of " + view.child().displayName() + " (" + view.reference()
                    + ") to the practitioner with your comment.");
            return "/team/approvals?faces-redirect=true";
        } catch (Refusal r) {
            Pages.show(r, FIELDS);
            reload();
            return null;
        }
    }

    /** Shows the case as it is now (someone may have decided in the meantime), keeping the messages. */
    private void reload() {
        try {
            view = cases.get(id);
        } catch (Refusal ignored) {
            // the messages already say why; the page keeps what it showed
        }
    }

    /** The request for approval of the current assessment: who submitted it and when. */
    public CaseView.ApprovalView getSubmission() {
        if (view == null || view.assessment() == null) {
            return null;
        }
        int number = view.assessment().number();
        return view.approvals().stream().filter(a -> ApprovalEvent.Kind.REQUESTED.name().equals(a.kind()) && a.assessment() == number)
                .reduce((first, second) -> second).orElse(null);
    }

    /** The approval history, latest first. */
    public List<CaseView.ApprovalView> getHistory() {
        if (view == null) {
            return List.of();
        }
        List<CaseView.ApprovalView> history = new ArrayList<>(view.approvals());
        Collections.reverse(history);
        return history;
    }

    /** The latest return of the current assessment, or null when it was never returned. */
    public CaseView.ApprovalView getLastReturn() {
        return lastReturn;
    }

    /** The answers changed since the latest return (empty when none changed or it was never returned). */
    public List<HistoryPage.Change> getSinceReturn() {
        return sinceReturn;
    }

    public String kindLabel(String kind) {
        return KINDS.getOrDefault(kind, kind);
    }

    public boolean isTeamLead() {
        return view != null && view.viewer().teamLead();
    }

    public boolean isAwaitingDecision() {
        return view != null && view.state() == org.ecaf.domain.cases.CaseState.SUBMITTED;
    }

    public AnswerSheet getSheet() {
        return sheet;
    }

    public RevisionView getRevision() {
        return revision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
