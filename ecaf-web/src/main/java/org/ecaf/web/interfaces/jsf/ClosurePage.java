package org.ecaf.web.interfaces.jsf;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.web.application.CurrentUser;
import org.ecaf.web.application.Forms;
import org.ecaf.web.application.view.AnswerSheet;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.interfaces.jsf.forms.FormModel;

/**
 * Closing a case on the {@code closure} form, rendered from the form's definition by {@code <ecaf:formFields>} (its
 * questions, conditions and wording are the form's), with GOV.UK's interruption page first when actions of the
 * delivery plan are still open; and reopening a closed case (a team lead, with a reason).
 */
@Named
@ViewScoped
public class ClosurePage extends CasePageBase {

    private static final long serialVersionUID = 1L;
    static final String FORM = "closeForm";
    static final String PREFIX = "f_";
    private static final Map<String, String> REOPEN_FIELDS = Map.of("reason", "reopenForm:reopenReason");

    @Inject
    Forms forms;

    @Inject
    CurrentUser currentUser;

    private FormModel form;
    private boolean prefilled;
    /** The interruption page is shown: the person pressed "Close the case" while actions are open. */
    private boolean interrupting;
    /** They chose "Close the case anyway" on the interruption page. */
    private boolean openActionsAccepted;
    private List<ClosureRow> closures = List.of();
    private String reopenReason;

    /** A closure of the case, its answers laid out for reading. */
    public record ClosureRow(CaseView.ClosureView closure, AnswerSheet sheet) {
    }

    /** The form exists before the view is built: the inputs are created from it at build time. */
    @PostConstruct
    void createForm() {
        form = new FormModel(definition(), Answers.empty());
    }

    public void load() {
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        FormDefinition closure = definition();
        List<ClosureRow> latestFirst = new ArrayList<>(view.closures().stream()
                .map(c -> new ClosureRow(c, AnswerSheet.of(closure, c.answers()))).toList());
        Collections.reverse(latestFirst);
        closures = List.copyOf(latestFirst);
        if (!prefilled) {
            // what eCAF knows, shown as prefilled: the date (today) and who is closing it
            form.load(Answers.empty().with("closure_date", today().toString())
                    .with("closed_by", currentUser.get().getDisplayName()));
            form.setPrefilled(List.of("closure_date", "closed_by"));
            prefilled = true;
        }
    }

    /**
     * "Close the case": with actions still open, the interruption page comes first (what is typed is kept);
     * otherwise, or once they chose to close anyway, the case is closed.
     */
    public String close() {
        if (!view.openActions().isEmpty() && !openActionsAccepted) {
            interrupting = true;
            return null;
        }
        form.clearErrors();
        try {
            cases.close(id, form.toShownAnswers().toJson());
            Pages.flashInfo("The case is closed.");
            return "case?faces-redirect=true&id=" + id;
        } catch (Refusal r) {
            interrupting = false;
            Pages.show(r, form, FORM, PREFIX);
            return null;
        }
    }

    /** "Close the case anyway" on the interruption page. */
    public String closeAnyway() {
        openActionsAccepted = true;
        return close();
    }

    /** "Go back": to the closure form, everything typed still there. */
    public void goBack() {
        interrupting = false;
    }

    public String reopen() {
        try {
            cases.reopen(id, reopenReason);
            Pages.flashInfo("The case is reopened.");
            return "case?faces-redirect=true&id=" + id;
        } catch (Refusal r) {
            Pages.show(r, REOPEN_FIELDS);
            return null;
        }
    }

    private FormDefinition definition() {
        return forms.latest(CafCase.CLOSURE_FORM);
    }

    public FormModel getForm() {
        return form;
    }

    public boolean isInterrupting() {
        return interrupting;
    }

    public boolean isClosed() {
        return view != null && view.state() == CaseState.CLOSED;
    }

    public boolean isTeamLead() {
        return view != null && view.viewer().teamLead();
    }

    /** A team lead of the case's team or its lead professional. */
    public boolean isMayClose() {
        return view != null && view.viewer().mayClose();
    }

    public List<ClosureRow> getClosures() {
        return closures;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
