package org.ecaf.web.interfaces.jsf;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.disclosure.Withholding;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.CopyService;
import org.ecaf.web.application.DirectoryService;

/**
 * Issuing copies: a family copy (choose the family member or the young person, large print if wanted) or an
 * agency copy, optionally protected with a password; a refusal says why and what would allow it; the disclosure
 * history lists every copy issued or refused. "Preview" shows what the chosen recipient would receive (sections,
 * every answer and row, what is left out and why) without issuing anything; the practitioner can tick answers or rows
 * to hold back, each with a reason, and issue that copy.
 */
@Named
@ViewScoped
public class CopiesPage extends CasePageBase {

    /** The cookie a copy's download carries, which copies.js waits for. */
    static final String ISSUED_COOKIE = "ecafIssued";

    private static final long serialVersionUID = 1L;

    @Inject
    CopyService copies;

    @Inject
    DirectoryService directory;

    /** One answer or row of the preview, with the practitioner's choice to hold it back and why. */
    public static final class Held implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String item;
        private final String label;
        private final String section;
        private boolean withheld;
        private String reason;

        Held(CopyService.PreviewItem item) {
            this.item = item.item();
            this.label = item.label();
            this.section = item.section();
        }

        public String getItem() {
            return item;
        }

        public String getLabel() {
            return label;
        }

        public String getSection() {
            return section;
        }

        public boolean isWithheld() {
            return withheld;
        }

        public void setWithheld(boolean withheld) {
            this.withheld = withheld;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    private List<CopyService.DisclosureView> history = List.of();
    private CopyService.PreviewView preview;
    private CopyService.RecipientChoice previewed;
    private boolean previewLargePrint;
    private List<Held> held = new ArrayList<>();
    private String previewPassword;
    private List<DirectoryService.AgencyView> agencies = List.of();

    /** "young-person" or a family member's id. */
    private String familyRecipient;
    private boolean largePrint;
    private String familyPassword;
    private Long agencyId;
    private String agencyPassword;
    /** The page was reloaded after a copy was downloaded ({@code ?issued=true}). */
    private boolean issued;

    public void load() {
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        if (issued) {
            Pages.info("The copy is issued and downloaded: it is at the top of the disclosure history below.");
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

    public void previewFamilyCopy() {
        try {
            CopyService.RecipientChoice choice = "young-person".equals(familyRecipient)
                    ? new CopyService.RecipientChoice(null, null, true)
                    : new CopyService.RecipientChoice(familyRecipient == null || familyRecipient.isBlank() ? null
                    : Long.valueOf(familyRecipient), null, false);
            showPreview(choice, largePrint);
        } catch (Refusal r) {
            refused(r, Map.of("recipient", "family:recipient"));
        }
    }

    public void previewAgencyCopy() {
        try {
            showPreview(new CopyService.RecipientChoice(null, agencyId, false), false);
        } catch (Refusal r) {
            refused(r, Map.of("agency", "agency:agencyChoice"));
        }
    }

    private void showPreview(CopyService.RecipientChoice choice, boolean large) {
        preview = null;
        held = new ArrayList<>();
        CopyService.PreviewView shown = copies.preview(id, choice, null);
        preview = shown;
        previewed = choice;
        previewLargePrint = large;
        shown.included().forEach(i -> held.add(new Held(i)));
    }

    /** Issues the previewed copy, holding back what was ticked. */
    public void issuePreviewed() throws IOException {
        if (previewed == null) {
            return;
        }
        List<Withholding> withheld = new ArrayList<>();
        for (Held h : held) {
            if (h.isWithheld()) {
                withheld.add(new Withholding(h.getItem(), h.getReason()));
            }
        }
        try {
            send(copies.issue(id, previewed, previewLargePrint, preview.revision(), blankToNull(previewPassword),
                    withheld));
        } catch (Refusal r) {
            Map<String, String> fields = new java.util.HashMap<>();
            for (int i = 0, n = 0; i < held.size(); i++) {
                if (held.get(i).isWithheld()) {
                    fields.put("withheld[" + n + "].reason", "preview:held:" + i + ":reason");
                    fields.put("withheld[" + n + "].item", "preview:held:" + i + ":withheld");
                    n++;
                }
            }
            refused(r, fields);
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
        // tells the page (copies.js) that the download has arrived, so it reloads with the copy in the history
        external.addResponseCookie(ISSUED_COOKIE, "1", Map.of("path", external.getRequestContextPath() + "/cases/",
                "maxAge", 60));
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(copy.pdf());
        }
        faces.responseComplete();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public boolean isIssued() {
        return issued;
    }

    public void setIssued(boolean issued) {
        this.issued = issued;
    }

    public List<CopyService.DisclosureView> getHistory() {
        return history;
    }

    public CopyService.PreviewView getPreview() {
        return preview;
    }

    public List<Held> getHeld() {
        return held;
    }

    public String getPreviewPassword() {
        return previewPassword;
    }

    public void setPreviewPassword(String previewPassword) {
        this.previewPassword = previewPassword;
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
