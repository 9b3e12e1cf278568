package org.ecaf.web.interfaces.jsf;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.ChildService;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.ChildView;
import org.ecaf.web.application.view.FamilyMemberView;
import org.ecaf.web.application.view.RecordChangeView;

/**
 * A child's record: particulars (and changing them), family members (adding, correcting, ending), the record's
 * history, cases and opening a new one. Someone not involved sees the summary and the ways forward. What is shown
 * and allowed is decided by {@link ChildService}.
 */
@Named
@ViewScoped
public class ChildPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PARTICULAR_FIELDS = Map.of("givenNames", "particulars:givenNames",
            "familyName", "particulars:familyName", "dateOfBirth", "particulars:dateOfBirth", "postcode",
            "particulars:postcode", "nhsNumber", "particulars:nhsNumber", "upn", "particulars:upn", "address",
            "particulars:address", "gender", "particulars:gender");
    private static final Map<String, String> MEMBER_FIELDS = Map.of("name", "family:memberName", "relationship",
            "family:relationship", "parentalResponsibility", "family:pr", "email", "family:email", "phone",
            "family:phone", "address", "family:memberAddress");

    @Inject
    ChildService children;

    @Inject
    CaseService cases;

    private long id;
    private ChildView child;
    private List<FamilyMemberView> family = List.of();
    private List<RecordChangeView> changes = List.of();
    private String refusal;

    // particulars being edited
    private boolean editing;
    private ChildParticulars particulars = new ChildParticulars();

    // a family member being added (memberId null) or corrected
    private Long memberId;
    private String memberName;
    private String relationship;
    private Boolean parentalResponsibility;
    private boolean livesWithChild;
    private String phone;
    private String email;
    private String memberAddress;

    // a family member being ended
    private Long endingId;
    private LocalDate endedOn;
    private String endReason;

    public void load() {
        try {
            child = children.get(id);
            refusal = null;
            if (!child.restricted()) {
                family = children.familyMembers(id);
                changes = children.changes(id);
            } else {
                family = List.of();
                changes = List.of();
            }
        } catch (Refusal r) {
            child = null;
            refusal = r.getMessage();
        }
    }

    // ---------------------------------------------------------------- particulars

    public void startEditing() {
        editing = true;
        particulars = ChildParticulars.of(child);
    }

    public ChildParticulars getParticulars() {
        return particulars;
    }

    public void cancelEditing() {
        editing = false;
    }

    public void saveParticulars() {
        try {
            children.update(id, particulars.toInput());
            Pages.info("The child's record is changed; what it said before is kept in its history.");
            editing = false;
            load();
        } catch (Refusal r) {
            Pages.show(r, PARTICULAR_FIELDS);
        }
    }

    // ---------------------------------------------------------------- family members

    public void saveFamilyMember() {
        try {
            ChildService.FamilyMemberInput in = new ChildService.FamilyMemberInput(memberName, relationship,
                    parentalResponsibility, livesWithChild, phone, email, memberAddress);
            FamilyMemberView saved = memberId == null ? children.addFamilyMember(id, in)
                    : children.correctFamilyMember(id, memberId, in);
            Pages.info(memberId == null ? saved.name() + " is recorded as the child's "
                    + saved.relationshipLabel().toLowerCase() + "." : saved.name() + "'s details are corrected.");
            clearMember();
            load();
        } catch (Refusal r) {
            Pages.show(r, MEMBER_FIELDS);
        }
    }

    public void correct(FamilyMemberView m) {
        memberId = m.id();
        memberName = m.name();
        relationship = m.relationship();
        parentalResponsibility = m.parentalResponsibility();
        livesWithChild = m.livesWithChild();
        phone = m.phone();
        email = m.email();
        memberAddress = m.address();
        endingId = null;
    }

    public void cancelMember() {
        clearMember();
    }

    private void clearMember() {
        memberId = null;
        memberName = null;
        relationship = null;
        parentalResponsibility = null;
        livesWithChild = false;
        phone = null;
        email = null;
        memberAddress = null;
    }

    public void startEnding(FamilyMemberView m) {
        endingId = m.id();
        endedOn = children.today();
        endReason = null;
        clearMember();
    }

    public void endMember() {
        try {
            FamilyMemberView ended = children.endFamilyMember(id, endingId, endedOn, endReason);
            Pages.info(ended.name() + " is no longer part of the child's record; they stay in its history.");
            endingId = null;
            load();
        } catch (Refusal r) {
            Pages.show(r, Map.of("endedOn", "ending:endedOn", "reason", "ending:endReason"));
        }
    }

    public void cancelEnding() {
        endingId = null;
    }

    // ---------------------------------------------------------------- cases

    public void openCase() throws IOException {
        try {
            CaseView opened = cases.open(id);
            Pages.flashInfo("Case " + opened.reference() + " is open. Record consent before starting the assessment.");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/cases/case.xhtml?id=" + opened.id());
        } catch (Refusal r) {
            Pages.show(r, Map.of());
        }
    }

    /** True when the child has no open case (a new CAF may start). */
    public boolean isNoOpenCase() {
        return child != null && (child.holding() == null || !child.holding().openCase());
    }

    // ---------------------------------------------------------------- accessors

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ChildView getChild() {
        return child;
    }

    public List<FamilyMemberView> getFamily() {
        return family;
    }

    public List<RecordChangeView> getChanges() {
        return changes;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public Boolean getParentalResponsibility() {
        return parentalResponsibility;
    }

    public void setParentalResponsibility(Boolean parentalResponsibility) {
        this.parentalResponsibility = parentalResponsibility;
    }

    public boolean isLivesWithChild() {
        return livesWithChild;
    }

    public void setLivesWithChild(boolean livesWithChild) {
        this.livesWithChild = livesWithChild;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMemberAddress() {
        return memberAddress;
    }

    public void setMemberAddress(String memberAddress) {
        this.memberAddress = memberAddress;
    }

    public Long getEndingId() {
        return endingId;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public org.ecaf.domain.child.Relationship[] getRelationships() {
        return org.ecaf.domain.child.Relationship.values();
    }
}
