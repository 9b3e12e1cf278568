package org.ecaf.web.interfaces.jsf;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.CopyService;
import org.ecaf.web.application.DirectoryService;

/**
 * Issuing copies: a family copy (choose the family member or the young person, large print if wanted) or an
 * agency copy, optionally protected with a password; a refusal says why and what would allow it; the disclosure
 * history lists every copy issued or refused.
 */
@Named
@ViewScoped
public class CopiesPage extends CasePageBase {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CopyService copies;

    @Inject
    transient DirectoryService directory;

    private List<CopyService.DisclosureView> history = List.of();
    private List<DirectoryService.AgencyView> agencies = List.of();

    /** "young-person" or a family member's id. */
    private String familyRecipient;
    private boolean largePrint;
    private String familyPassword;
    private Long agencyId;
    private String agencyPassword;

    public void load() {
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        try {
            history = copies.disclosures(id);
            agencies = directory.agencies();
        } catch (Refusal r) {
            hideCase(r);
        }
    }

    public void issueFamilyCopy() throws IOException {
        try {
            CopyService.IssuedCopy copy = "young-person".equals(familyRecipient)
                    ? copies.youngPersonCopy(id, largePrint, null, blankToNull(familyPassword))
                    : copies.familyCopy(id, familyRecipient == null || familyRecipient.isBlank() ? null
                    : Long.valueOf(familyRecipient), largePrint, null, blankToNull(familyPassword));
            send(copy);
        } catch (Refusal r) {
            refused(r, Map.of("recipient", "family:recipient"));
        }
    }

    public void issueAgencyCopy() throws IOException {
        try {
            send(copies.agencyCopy(id, agencyId, null, blankToNull(agencyPassword)));
        } catch (Refusal r) {
            refused(r, Map.of("agency", "agency:agencyChoice"));
        }
    }

    private void refused(Refusal r, Map<String, String> fields) {
        Pages.show(r, fields);
        history = copies.disclosures(id);
    }

    /** Sends the PDF as the answer to this request. */
    private static void send(CopyService.IssuedCopy copy) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(copy.pdf().length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + copy.fileName() + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(copy.pdf());
        }
        faces.responseComplete();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public List<CopyService.DisclosureView> getHistory() {
        return history;
    }

    public List<DirectoryService.AgencyView> getAgencies() {
        return agencies;
    }

    public String getFamilyRecipient() {
        return familyRecipient;
    }

    public void setFamilyRecipient(String familyRecipient) {
        this.familyRecipient = familyRecipient;
    }

    public boolean isLargePrint() {
        return largePrint;
    }

    public void setLargePrint(boolean largePrint) {
        this.largePrint = largePrint;
    }

    public String getFamilyPassword() {
        return familyPassword;
    }

    public void setFamilyPassword(String familyPassword) {
        this.familyPassword = familyPassword;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getAgencyPassword() {
        return agencyPassword;
    }

    public void setAgencyPassword(String agencyPassword) {
        this.agencyPassword = agencyPassword;
    }
}
