package org.ecaf.domain.cases;

import org.ecaf.domain.organisation.Practitioner;

/**
 * A member of the Team Around the Child as entered: a practitioner with an eCAF account, or the name of someone
 * without one; their role; and, when not taken from the practitioner's account, organisation and contact.
 */
public record MemberDetails(Practitioner practitioner, String name, String role, String organisation, String contact) {

    /** A practitioner with an eCAF account in {@code role}: organisation and contact come from the account. */
    public static MemberDetails of(Practitioner practitioner, String role) {
        return new MemberDetails(practitioner, null, role, null, null);
    }
}
