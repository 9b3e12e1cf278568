package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.cases.WithoutConsentDecision;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.DirectoryService;

/**
 * Consent for a case: who gave it, what it covers (recording; sharing with named agencies and family members),
 * how it is evidenced; its withdrawal; and, for a team lead, a decision to act without consent.
 */
@Named
@ViewScoped
public class ConsentPage extends CasePageBase {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("givenBy", "consent:givenBy",
            "familyMemberId", "consent:giver", "givenOn", "consent:givenOn", "scopes", "consent:toRecord",
            "agencyIds", "consent:agencies", "evidence", "consent:evidence",
            "understandingConfirmed", "consent:understanding");

    @Inject
    DirectoryService directory;

    @Inject
    org.ecaf.web.application.Forms forms;

    private List<DirectoryService.AgencyView> agencies = List.of();

    private String givenBy = Consent.GivenBy.FAMILY_MEMBER.name();
    private Long giverId;
    private LocalDate givenOn;
    private boolean toRecord = true;
    private boolean toShare;
    private List<Long> agencyIds = new ArrayList<>();
    private List<Long> familyMemberIds = new ArrayList<>();
    private String evidence = "Signature held on paper copy";
    private boolean understandingConfirmed;
    private List<String> withheldSections = new ArrayList<>();

    private Long withdrawing;
    private LocalDate withdrawnOn;
    private String withdrawalReason;

    private String ground;
    private String decisionReason;
    private boolean decisionCoversRecording = true;
    private List<Long> decisionAgencyIds = new ArrayList<>();

    public void load() {
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        try {
            agencies = directory.agencies();
        } catch (Refusal r) {
            hideCase(r);
        }
    }

    public void record() {
        try {
            cases.recordConsent(id, new CaseService.ConsentInput(givenBy, Consent.GivenBy.FAMILY_MEMBER.name().equals(givenBy) ? giverId : null,
                    givenOn, toRecord, toShare, agencyIds, familyMemberIds, evidence, understandingConfirmed, withheldSections));
            Pages.info("Consent is recorded.");
            agencyIds = new ArrayList<>();
            familyMemberIds = new ArrayList<>();
            load();
        } catch (Refusal r) {
            Pages.show(r, FIELDS);
        }
    }

    public void startWithdrawal(long consentId) {
        withdrawing = consentId;
    }

    public void withdraw() {
        try {
            cases.withdrawConsent(id, withdrawing, withdrawnOn, withdrawalReason);
            Pages.info("The withdrawal of consent is recorded. Nothing more will be recorded or shared under it.");
            withdrawing = null;
            withdrawalReason = null;
            load();
        } catch (Refusal r) {
            Pages.show(r, Map.of("withdrawnOn", "withdrawal:withdrawnOn"));
        }
    }

    public void decide() {
        try {
            cases.recordWithoutConsent(id, ground, decisionReason, decisionCoversRecording, decisionAgencyIds);
            Pages.info("The decision to act without consent is recorded.");
            ground = null;
            decisionReason = null;
            load();
        } catch (Refusal r) {
            Pages.show(r, Map.of("ground", "decision:ground", "reason", "decision:reason",
                    "agencyIds", "decision:decisionAgencies"));
        }
    }

    public boolean isTeamLead() {
        return view != null && view.viewer().teamLead();
    }

    public WithoutConsentDecision.Ground[] getGrounds() {
        return WithoutConsentDecision.Ground.values();
    }

    public List<DirectoryService.AgencyView> getAgencies() {
        return agencies;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(String givenBy) {
        this.givenBy = givenBy;
    }

    public Long getGiverId() {
        return giverId;
    }

    public void setGiverId(Long giverId) {
        this.giverId = giverId;
    }

    public LocalDate getGivenOn() {
        if (givenOn == null) {
            givenOn = today();
        }
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public boolean isToRecord() {
        return toRecord;
    }

    public void setToRecord(boolean toRecord) {
        this.toRecord = toRecord;
    }

    public boolean isToShare() {
        return toShare;
    }

    public void setToShare(boolean toShare) {
        this.toShare = toShare;
    }

    public List<Long> getAgencyIds() {
        return agencyIds;
    }

    public void setAgencyIds(List<Long> agencyIds) {
        this.agencyIds = agencyIds;
    }

    public List<Long> getFamilyMemberIds() {
        return familyMemberIds;
    }

    public void setFamilyMemberIds(List<Long> familyMemberIds) {
        this.familyMemberIds = familyMemberIds;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public boolean isUnderstandingConfirmed() {
        return understandingConfirmed;
    }

    public void setUnderstandingConfirmed(boolean understandingConfirmed) {
        this.understandingConfirmed = understandingConfirmed;
    }

    public List<String> getWithheldSections() {
        return withheldSections;
    }

    public void setWithheldSections(List<String> withheldSections) {
        this.withheldSections = withheldSections;
    }

    /** The sections of the current CAF form, which a family may withhold from agencies. */
    public List<org.ecaf.forms.definition.Section> getSections() {
        return forms.latest(org.ecaf.domain.cases.CafCase.CAF_FORM).sections();
    }

    public Long getWithdrawing() {
        return withdrawing;
    }

    public LocalDate getWithdrawnOn() {
        if (withdrawnOn == null) {
            withdrawnOn = today();
        }
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public String getGround() {
        return ground;
    }

    public void setGround(String ground) {
        this.ground = ground;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public boolean isDecisionCoversRecording() {
        return decisionCoversRecording;
    }

    public void setDecisionCoversRecording(boolean decisionCoversRecording) {
        this.decisionCoversRecording = decisionCoversRecording;
    }

    public List<Long> getDecisionAgencyIds() {
        return decisionAgencyIds;
    }

    public void setDecisionAgencyIds(List<Long> decisionAgencyIds) {
        this.decisionAgencyIds = decisionAgencyIds;
    }
}
