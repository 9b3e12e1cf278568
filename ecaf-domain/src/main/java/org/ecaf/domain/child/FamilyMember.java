package org.ecaf.domain.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecaf.domain.shared.DomainEntity;

/**
 * A parent, carer or other relative of a child: whether they hold parental responsibility and whether they live
 * with the child decide what they may consent to and what a copy for them may show.
 */
@Entity
@Table(name = "family_member")
public class FamilyMember extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id", nullable = false)
    private Child child;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false, length = 30)
    private Relationship relationship;

    @Column(name = "parental_responsibility", nullable = false)
    private boolean parentalResponsibility;

    @Column(name = "lives_with_child", nullable = false)
    private boolean livesWithChild;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "address", length = 400)
    private String address;

    @Column(name = "added_by", length = 200)
    private String addedBy;

    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_reason", length = 1000)
    private String endedReason;

    @Column(name = "ended_by", length = 200)
    private String endedBy;

    protected FamilyMember() {
    }

    FamilyMember(Child child, FamilyMemberDetails details, String addedBy, OffsetDateTime addedAt) {
        this.child = child;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
        correct(details);
    }

    final void correct(FamilyMemberDetails details) {
        this.name = details.name();
        this.relationship = details.relationship();
        this.parentalResponsibility = details.parentalResponsibility();
        this.livesWithChild = details.livesWithChild();
        this.phone = details.phone();
        this.email = details.email();
        this.address = details.address();
    }

    void end(LocalDate on, String reason, String by) {
        this.endedOn = on;
        this.endedReason = reason;
        this.endedBy = by;
    }

    /** The recorded values, by field name, as the record's history keeps them. */
    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("relationship", relationship == null ? null : relationship.name());
        v.put("parentalResponsibility", Boolean.toString(parentalResponsibility));
        v.put("livesWithChild", Boolean.toString(livesWithChild));
        v.put("phone", phone);
        v.put("email", email);
        v.put("address", address);
        return v;
    }

    static String label(String field) {
        return switch (field) {
            case "parentalResponsibility" -> "parental responsibility";
            case "livesWithChild" -> "lives with the child";
            case "email" -> "e-mail";
            default -> field;
        };
    }

    /** True once the family member has been ended: they stay in the history, but receive and consent to nothing. */
    public boolean isEnded() {
        return endedOn != null;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndedReason() {
        return endedReason;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }

    public Child getChild() {
        return child;
    }

    public String getName() {
        return name;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public boolean hasParentalResponsibility() {
        return parentalResponsibility;
    }

    public boolean livesWithChild() {
        return livesWithChild;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }
}
