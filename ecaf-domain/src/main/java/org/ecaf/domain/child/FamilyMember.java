package org.ecaf.domain.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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

    protected FamilyMember() {
    }

    FamilyMember(Child child, FamilyMemberDetails details) {
        this.child = child;
        this.name = details.name();
        this.relationship = details.relationship();
        this.parentalResponsibility = details.parentalResponsibility();
        this.livesWithChild = details.livesWithChild();
        this.phone = details.phone();
        this.email = details.email();
        this.address = details.address();
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
