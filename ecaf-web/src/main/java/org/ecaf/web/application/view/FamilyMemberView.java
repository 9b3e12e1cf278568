package org.ecaf.web.application.view;

import org.ecaf.domain.child.FamilyMember;

/** A family member of a child. */
public record FamilyMemberView(long id, String name, String relationship, String relationshipLabel,
                               boolean parentalResponsibility, boolean livesWithChild, String phone, String email,
                               String address) implements java.io.Serializable {

    public static FamilyMemberView of(FamilyMember m) {
        return new FamilyMemberView(m.getId(), m.getName(), m.getRelationship().name(), m.getRelationship().label(),
                m.hasParentalResponsibility(), m.livesWithChild(), m.getPhone(), m.getEmail(), m.getAddress());
    }
}
