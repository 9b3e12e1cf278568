package org.ecaf.web.application.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ecaf.domain.child.FamilyMember;

/** A family member of a child, with who added them and, once ended, when and why. */
public record FamilyMemberView(long id, String name, String relationship, String relationshipLabel,
                               boolean parentalResponsibility, boolean livesWithChild, String phone, String email,
                               String address, String addedBy, OffsetDateTime addedAt, LocalDate endedOn,
                               String endedReason) {

    public static FamilyMemberView of(FamilyMember m) {
        return new FamilyMemberView(m.getId(), m.getName(), m.getRelationship().name(), m.getRelationship().label(),
                m.hasParentalResponsibility(), m.livesWithChild(), m.getPhone(), m.getEmail(), m.getAddress(),
                m.getAddedBy(), m.getAddedAt(), m.getEndedOn(), m.getEndedReason());
    }

    public boolean ended() {
        return endedOn != null;
    }
}
