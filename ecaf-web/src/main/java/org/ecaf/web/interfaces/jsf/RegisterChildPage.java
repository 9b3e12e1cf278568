package org.ecaf.web.interfaces.jsf;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
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

    private String givenNames;
    private String familyName;
    private String otherNames;
    private LocalDate dateOfBirth;
    private LocalDate expectedDateOfDelivery;
    private String gender;
    private String address;
    private String postcode;
    private String nhsNumber;
    private String upn;
    private String firstLanguage;
    private boolean shielded;
    private String notDuplicateReason;
    private transient List<ChildService.Candidate> candidates;

    public void register() throws IOException {
        try {
            ChildView child = children.register(new ChildService.ChildInput(givenNames, familyName,
                    otherNames == null ? List.of() : Arrays.stream(otherNames.split(",")).map(String::strip).toList(),
                    dateOfBirth, expectedDateOfDelivery, gender, address, postcode, nhsNumber, upn, firstLanguage,
                    shielded), candidates == null ? null : notDuplicateReason);
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

    /** Back to editing the details, forgetting the candidates. */
    public void edit() {
        candidates = null;
        notDuplicateReason = null;
    }

    public List<ChildService.Candidate> getCandidates() {
        return candidates;
    }

    public boolean isChecking() {
        return candidates != null && !candidates.isEmpty();
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public void setOtherNames(String otherNames) {
        this.otherNames = otherNames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public LocalDate getExpectedDateOfDelivery() {
        return expectedDateOfDelivery;
    }

    public void setExpectedDateOfDelivery(LocalDate expectedDateOfDelivery) {
        this.expectedDateOfDelivery = expectedDateOfDelivery;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = upn;
    }

    public String getFirstLanguage() {
        return firstLanguage;
    }

    public void setFirstLanguage(String firstLanguage) {
        this.firstLanguage = firstLanguage;
    }

    public boolean isShielded() {
        return shielded;
    }

    public void setShielded(boolean shielded) {
        this.shielded = shielded;
    }

    public String getNotDuplicateReason() {
        return notDuplicateReason;
    }

    public void setNotDuplicateReason(String notDuplicateReason) {
        this.notDuplicateReason = notDuplicateReason;
    }
}
