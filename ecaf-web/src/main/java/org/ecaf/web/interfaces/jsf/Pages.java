package org.ecaf.web.interfaces.jsf;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.interfaces.jsf.forms.FormModel;

/** What every page does with a refusal: each violation becomes a message, linked to its field where there is one. */
final class Pages {

    private Pages() {
    }

    /**
     * Shows {@code refusal}'s violations in the error summary. {@code fields} maps a violation's target (e.g.
     * {@code givenOn}) to the client id of the input it is about (e.g. {@code consentForm:givenOn}).
     */
    static void show(Refusal refusal, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal.violations().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
            return;
        }
        for (Violation v : refusal.violations()) {
            String clientId = v.target() == null ? null : fields.get(v.target());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), v.getCode()));
        }
        faces.validationFailed();
    }

    /**
     * Shows a refusal of a form's answers rendered with {@code <ecaf:formFields>}: each violation about a question
     * is marked next to it and listed in the summary, linked to its input; the others are listed unlinked. Each
     * section's composite has the section's key as its id, inside the h:form {@code formId} (so the input of answer
     * path P is {@code <formId>:<section>:<FormModel.inputId(prefix, P)>}).
     */
    static void show(Refusal refusal, FormModel form, String formId, String prefix) {
        Map<String, String> byPath = new LinkedHashMap<>();
        Map<String, String> clientIds = new HashMap<>();
        for (Violation v : refusal.violations()) {
            String section = v.target() == null ? null : form.sectionOf(v.target());
            if (section != null) {
                byPath.merge(v.target(), v.message(), (a, b) -> a + " " + b);
                clientIds.put(v.target(), formId + ":" + section + ":" + form.focusId(prefix, v.target()));
            }
        }
        form.setErrors(byPath);
        show(refusal, clientIds);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Keeps a message across a redirect. */
    static void flashInfo(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(text);
    }

    static long longParam(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
