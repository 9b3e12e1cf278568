package org.ecaf.domain.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;

/**
 * What a consent covers, checked against the CAF consent rules: a parent or carer giving consent must hold
 * parental responsibility; a young person under 12 gives their own consent only when the practitioner records
 * that they understand it; consent to share names at least one agency or family member; a date not in the
 * future. {@link #of} reports every problem at once.
 */
public record ConsentDetails(Consent.GivenBy givenBy, FamilyMember familyMember, LocalDate givenOn, boolean toRecord,
                             boolean toShare, Set<Agency> agencies, Set<FamilyMember> familyMembers, String evidence,
                             Set<String> withheldSections) {

    public ConsentDetails {
        withheldSections = withheldSections == null ? Set.of() : Set.copyOf(withheldSections);
    }

    /**
     * The same consent, with sections of the assessment the family does not agree to share with agencies (the
     * "exceptions" of the CAF consent statement); each must be a section of {@code form}.
     */
    public ConsentDetails withholding(Set<String> sections, org.ecaf.forms.definition.FormDefinition form) {
        if (sections == null || sections.isEmpty()) {
            return this;
        }
        List<Violation> problems = new ArrayList<>();
        for (String key : sections) {
            if (form.sections().stream().noneMatch(s -> s.key().equals(key))) {
                problems.add(new Violation(RefusalCode.UNKNOWN_SECTION, "'" + key + "' is not a section of " + form.title() + ".",
                        "withheldSections"));
            }
        }
        if (!toShare) {
            problems.add(new Violation(RefusalCode.NOT_SHARING, "Sections can only be withheld from a consent to share.",
                    "withheldSections"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ConsentDetails(givenBy, familyMember, givenOn, toRecord, toShare, agencies, familyMembers, evidence,
                sections);
    }

    /** Age from which a young person is presumed able to consent for themselves. */
    public static final int PRESUMED_COMPETENT_AGE = 12;

    public static ConsentDetails of(Child child, Consent.GivenBy givenBy, FamilyMember giver, LocalDate givenOn,
                                    boolean toRecord, boolean toShare, Set<Agency> agencies,
                                    Set<FamilyMember> familyMembers, String evidence, boolean understandingConfirmed,
                                    LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (givenBy == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Say who gave consent: the young person or a family member.", "givenBy"));
        } else if (givenBy == Consent.GivenBy.FAMILY_MEMBER) {
            if (giver == null) {
                problems.add(new Violation(RefusalCode.REQUIRED, "Choose the family member who gave consent.", "familyMemberId"));
            } else if (giver.isEnded()) {
                problems.add(new Violation(RefusalCode.FAMILY_MEMBER_ENDED, giver.getName() + " is no longer part of the child's "
                        + "record, so cannot give consent.", "familyMemberId"));
            } else if (!giver.hasParentalResponsibility()) {
                problems.add(new Violation(RefusalCode.NO_PARENTAL_RESPONSIBILITY, giver.getName()
                        + " does not hold parental responsibility, so cannot consent for the child.", "familyMemberId"));
            }
        } else {
            int age = child.ageOn(today).orElse(0);
            if (age < PRESUMED_COMPETENT_AGE && !understandingConfirmed) {
                problems.add(new Violation(RefusalCode.YOUNG_PERSON_UNDER_12, "The child is under 12: record that they understand "
                        + "what they are agreeing to, or take consent from a parent or carer with parental responsibility.",
                        "understandingConfirmed"));
            }
        }
        if (familyMembers != null) {
            familyMembers.stream().filter(FamilyMember::isEnded).forEach(m -> problems.add(new Violation(
                    RefusalCode.FAMILY_MEMBER_ENDED, m.getName() + " is no longer part of the child's record, so information "
                    + "cannot be shared with them.", "familyMemberIds")));
        }
        if (givenOn == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Enter the date consent was given.", "givenOn"));
        } else if (givenOn.isAfter(today)) {
            problems.add(new Violation(RefusalCode.DATE_IN_FUTURE, "The date consent was given cannot be in the future.", "givenOn"));
        }
        if (!toRecord && !toShare) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Choose what the consent covers: recording, sharing or both.", "scopes"));
        }
        Set<Agency> withAgencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        Set<FamilyMember> withMembers = familyMembers == null ? Set.of() : Set.copyOf(familyMembers);
        if (toShare && withAgencies.isEmpty() && withMembers.isEmpty()) {
            problems.add(new Violation(RefusalCode.SHARE_WITH_NOBODY, "Consent to share must name the agencies or family members "
                    + "it covers.", "agencyIds"));
        }
        for (FamilyMember member : withMembers) {
            if (!member.getChild().equals(child)) {
                problems.add(new Violation(RefusalCode.NOT_THIS_CHILDS_FAMILY, member.getName()
                        + " is not recorded as a family member of this child.", "familyMemberIds"));
            }
        }
        if (giver != null && !giver.getChild().equals(child)) {
            problems.add(new Violation(RefusalCode.NOT_THIS_CHILDS_FAMILY, giver.getName()
                    + " is not recorded as a family member of this child.", "familyMemberId"));
        }
        String proof = evidence == null || evidence.isBlank() ? null : evidence.strip();
        if (proof == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Say how consent is evidenced, for example \"signature held on paper copy\".",
                    "evidence"));
        } else if (proof.length() > 400) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "The evidence is longer than 400 characters.", "evidence"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ConsentDetails(givenBy, givenBy == Consent.GivenBy.FAMILY_MEMBER ? giver : null, givenOn, toRecord,
                toShare, toShare ? withAgencies : Set.of(), toShare ? withMembers : Set.of(), proof, Set.of());
    }
}
