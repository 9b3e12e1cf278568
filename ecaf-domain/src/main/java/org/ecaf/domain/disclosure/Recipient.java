package org.ecaf.domain.disclosure;

import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.organisation.Agency;

/** Who a copy is for: a family member, the young person themselves, or another agency. */
public sealed interface Recipient permits Recipient.Family, Recipient.YoungPerson, Recipient.AgencyRecipient {

    /** The kind, as the disclosure log records it. */
    enum Kind { FAMILY_MEMBER, YOUNG_PERSON, AGENCY }

    Kind kind();

    /** The record's identifier (family member, child or agency). */
    Long id();

    /** The name printed on the copy ("Copy for Lan Nguyễn"). */
    String name();

    /** A parent, carer or relative of the child. */
    record Family(FamilyMember member) implements Recipient {
        @Override
        public Kind kind() {
            return Kind.FAMILY_MEMBER;
        }

        @Override
        public Long id() {
            return member.getId();
        }

        @Override
        public String name() {
            return member.getName();
        }
    }

    /** The child or young person the record is about. */
    record YoungPerson(Child child) implements Recipient {
        @Override
        public Kind kind() {
            return Kind.YOUNG_PERSON;
        }

        @Override
        public Long id() {
            return child.getId();
        }

        @Override
        public String name() {
            return child.displayName();
        }
    }

    /** Another agency: a school, a health trust, a service. */
    record AgencyRecipient(Agency agency) implements Recipient {
        @Override
        public Kind kind() {
            return Kind.AGENCY;
        }

        @Override
        public Long id() {
            return agency.getId();
        }

        @Override
        public String name() {
            return agency.getName();
        }
    }
}
