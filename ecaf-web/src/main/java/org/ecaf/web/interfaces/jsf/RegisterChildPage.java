package org.ecaf.web.interfaces.jsf;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.ChildService;
import org.ecaf.web.application.view.ChildView;

/**
 * Registering a child. Likely existing records are shown side by side with the details entered and why they
 * matched, before anything is created; registering anyway asks for a reason.
 */
@Named
@ViewScoped
public class RegisterChildPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("givenNames", "child:givenNames"), Map.entry("familyName", "child:familyName"),
            Map.entry("dateOfBirth", "child:dateOfBirth"), Map.entry("expectedDateOfDelivery", "child:edd"),
            Map.entry("gender", "child:gender"), Map.entry("address", "child:address"),
            Map.entry("postcode", "child:postcode"), Map.entry("nhsNumber", "child:nhsNumber"),
            Map.entry("upn", "child:upn"), Map.entry("notDuplicateReason", "child:reason"));

    @Inject
    ChildService children;

    private final ChildParticulars particulars = new ChildParticulars();
    private String notDuplicateReason;
    private transient List<ChildService.Candidate> candidates;
    private transient List<ChildService.Candidate> known;
    private String knownNote;
    private String lookedAt;

    public void register() throws IOException {
        try {
            ChildView child = children.register(particulars.toInput(), candidates == null ? null : notDuplicateReason);
            Pages.flashInfo(child.displayName() + " is registered.");
            FacesContext.getCurrentInstance().getExternalContext().redirect(FacesContext.getCurrentInstance()
                    .getExternalContext().getRequestContextPath() + "/children/child.xhtml?id=" + child.id());
        } catch (ChildService.PossibleDuplicates duplicates) {
            candidates = duplicates.candidates();
            notDuplicateReason = null;
            Pages.info(duplicates.getMessage());
        } catch (Refusal r) {
            Pages.show(r, FIELDS);
        }
    }

    /**
     * As the practitioner types (search before create): once the names and a date are there, the records already known
     * with details like these, through the same check as registering, without registering. Details that cannot be
     * checked yet (a date in the future, half a postcode) say so in words; registering lists them at their fields.
     */
    public void lookAhead() {
        ChildService.ChildInput in = particulars.toInput();
        if (isBlank(in.givenNames()) || isBlank(in.familyName())
                || (in.dateOfBirth() == null && in.expectedDateOfDelivery() == null)) {
            known = List.of();
            knownNote = null;
            lookedAt = null;
            return;
        }
        String details = in.toString();
        if (details.equals(lookedAt)) {
            return; // moving through the boxes without changing anything checks (and audits) nothing again
        }
        lookedAt = details;
        try {
            known = children.matches(in);
            knownNote = null;
        } catch (Refusal r) {
            known = List.of();
            knownNote = "Whether this child is already known is checked when the details can be: " + (r.violations()
                    .isEmpty() ? r.getMessage() : r.violations().get(0).message());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public List<ChildService.Candidate> getKnown() {
        return known == null ? List.of() : known;
    }

    public String getKnownNote() {
        return knownNote;
    }

    /** Back to editing the details, forgetting the candidates. */
    public void edit() {
        candidates = null;
        notDuplicateReason = null;
    }

    public ChildParticulars getParticulars() {
        return particulars;
    }

    public List<ChildService.Candidate> getCandidates() {
        return candidates;
    }

    public boolean isChecking() {
        return candidates != null && !candidates.isEmpty();
    }

    public String getNotDuplicateReason() {
        return notDuplicateReason;
    }

    public void setNotDuplicateReason(String notDuplicateReason) {
        this.notDuplicateReason = notDuplicateReason;
    }
}
