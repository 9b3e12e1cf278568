package org.ecaf.web.interfaces.jsf;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.forms.answers.Answers;
import org.ecaf.web.application.Forms;
import org.ecaf.web.interfaces.jsf.forms.FormModel;

/**
 * The pre-assessment checklist, on the {@code pre-assessment} form: the five outcomes, whether a CAF or a lead
 * professional already exists, and the decision (no further action, refer to safeguarding, specialist
 * assessment, or a full CAF).
 */
@Named
@ViewScoped
public class PreAssessmentPage extends CasePageBase {

    private static final long serialVersionUID = 1L;
    static final String PREFIX = "f_";

    @Inject
    Forms forms;

    @Inject
    org.ecaf.web.application.CurrentUser currentUser;

    private FormModel form;
    private boolean prefilled;

    /** The form exists before the view is built: the inputs are created from it at build time. */
    @jakarta.annotation.PostConstruct
    void createForm() {
        form = new FormModel(forms.latest(CafCase.PRE_ASSESSMENT_FORM), Answers.empty());
    }

    public void load() {
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        if (!prefilled) {
            // what eCAF already knows, so the practitioner only checks it
            Answers known = Answers.empty().with("child_given_names", view.child().givenNames())
                    .with("child_family_name", view.child().familyName())
                    .with("completed_by", currentUser.get().getDisplayName())
                    .with("completed_on", today().toString());
            if (view.child().dateOfBirth() != null) {
                known = known.with("child_date_of_birth", view.child().dateOfBirth().toString());
            }
            form.load(known);
            prefilled = true;
        }
    }

    public void save() throws IOException {
        form.clearErrors();
        try {
            cases.recordPreAssessment(id, form.toAnswers().toJson());
            Pages.flashInfo("The pre-assessment checklist is recorded.");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/cases/case.xhtml?id=" + id);
        } catch (Refusal r) {
            Pages.show(r, form, "checklist", PREFIX);
        }
    }

    /** A section's title, for its heading. */
    public String title(String sectionKey) {
        return form.section(sectionKey).title();
    }

    public FormModel getForm() {
        return form;
    }
}
