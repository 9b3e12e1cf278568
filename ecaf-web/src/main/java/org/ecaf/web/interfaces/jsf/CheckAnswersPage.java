package org.ecaf.web.interfaces.jsf;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.answers.Answers;
import org.ecaf.web.application.AssessmentService;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.RevisionView;
import org.ecaf.web.interfaces.jsf.forms.FormModel;

/**
 * GOV.UK's "check your answers" before an assessment is submitted: every section's answers as saved, each with a
 * link to change it, what the team lead will see about the child being seen, and the one button that submits.
 */
@Named
@ViewScoped
public class CheckAnswersPage extends CasePageBase {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessments;

    private RevisionView revision;
    private FormModel form;

    public void load() {
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        try {
            revision = assessments.current(id);
            form = new FormModel(assessments.definitionOf(revision), Answers.fromJson(revision.answers()));
        } catch (Refusal r) {
            hideCase(r);
        }
    }

    /** Submits the assessment as checked; what still stops it is listed, each linked to where it is put right. */
    public String submit() {
        try {
            assessments.submit(id);
        } catch (Refusal r) {
            List<Violation> problems = r.violations().isEmpty()
                    ? List.of(new Violation(r.code(), r.getMessage(), null)) : r.violations();
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Violation v : problems) {
                String link = FixLinks.of(v, id);
                faces.addMessage(link, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), v.getCode()));
            }
            faces.validationFailed();
            return null;
        }
        Pages.flashInfo("The assessment was submitted for approval.");
        return "case?faces-redirect=true&id=" + id;
    }

    /** Whether it can still be submitted from here (in progress, not yet submitted). */
    public boolean isSubmittable() {
        return view != null && revision != null && Assessment.Status.IN_PROGRESS.name().equals(revision.status())
                && view.state() == org.ecaf.domain.cases.CaseState.ASSESSMENT_IN_PROGRESS;
    }

    public RevisionView getRevision() {
        return revision;
    }

    public FormModel getForm() {
        return form;
    }

    /** The latest record that the child was seen, or null. */
    public CaseView.ChildSeenView getLastSeen() {
        return view == null || view.childSeen().isEmpty() ? null : view.childSeen().get(view.childSeen().size() - 1);
    }
}
