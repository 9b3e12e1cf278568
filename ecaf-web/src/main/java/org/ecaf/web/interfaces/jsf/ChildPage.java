package org.ecaf.web.interfaces.jsf;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.ChildService;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.ChildView;
import org.ecaf.web.application.view.FamilyMemberView;

/** A child's record: particulars, family members (and adding one), cases, and opening a new case. */
@Named
@ViewScoped
public class ChildPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildService children;

    @Inject
    CaseService cases;

    private long id;
    private ChildView child;
    private List<FamilyMemberView> family = List.of();
    private String refusal;

    private String memberName;
    private String relationship;
    private Boolean parentalResponsibility;
    private boolean livesWithChild;
    private String phone;
    private String email;
    private String memberAddress;

    public void load() {
        try {
            child = children.get(id);
            family = child.restricted() ? List.of() : children.familyMembers(id);
        } catch (Refusal r) {
            child = null;
            refusal = r.getMessage();
        }
    }

    public void addFamilyMember() {
        try {
            FamilyMemberView added = children.addFamilyMember(id, memberName, relationship, parentalResponsibility,
                    livesWithChild, phone, email, memberAddress);
            Pages.info(added.name() + " is recorded as the child's " + added.relationshipLabel().toLowerCase() + ".");
            memberName = null;
            relationship = null;
            parentalResponsibility = null;
            livesWithChild = false;
            phone = null;
            email = null;
            memberAddress = null;
            load();
        } catch (Refusal r) {
            Pages.show(r, Map.of("name", "family:memberName", "relationship", "family:relationship",
                    "parentalResponsibility", "family:pr", "email", "family:email"));
        }
    }

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

    public String getRefusal() {
        return refusal;
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

    public org.ecaf.domain.child.Relationship[] getRelationships() {
        return org.ecaf.domain.child.Relationship.values();
    }
}
