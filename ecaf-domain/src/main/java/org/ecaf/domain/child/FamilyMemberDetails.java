package org.ecaf.domain.child;

import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;

/** A family member's particulars, checked; {@link #of} reports every problem at once. */
public record FamilyMemberDetails(String name, Relationship relationship, boolean parentalResponsibility,
                                  boolean livesWithChild, String phone, String email, String address) {

    public static FamilyMemberDetails of(String name, String relationship, Boolean parentalResponsibility,
                                         Boolean livesWithChild, String phone, String email, String address) {
        List<Violation> problems = new ArrayList<>();
        String who = ChildDetails.name(name, "name", "Enter the family member's name.", problems);
        ChildDetails.text(phone, "phone", problems);
        ChildDetails.text(email, "email", problems);
        ChildDetails.text(address, "address", problems);
        Relationship rel = null;
        if (relationship == null || relationship.isBlank()) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Choose how they are related to the child.",
                    "relationship"));
        } else {
            try {
                rel = Relationship.valueOf(relationship.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                problems.add(new Violation(RefusalCode.UNKNOWN_OPTION, "The relationship '" + relationship
                        + "' is not one eCAF knows; use one of " + List.of(Relationship.values()) + ".", "relationship"));
            }
        }
        if (parentalResponsibility == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Say whether they have parental responsibility.",
                    "parentalResponsibility"));
        }
        String mail = ChildDetails.optional(email, 200);
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new Violation(RefusalCode.NOT_AN_EMAIL, "'" + mail + "' is not an e-mail address.", "email"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new FamilyMemberDetails(who, rel, parentalResponsibility, Boolean.TRUE.equals(livesWithChild),
                ChildDetails.optional(phone, 40), mail, ChildDetails.optional(address, 400));
    }
}
