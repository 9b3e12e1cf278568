package org.ecaf.domain.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.cases.WithoutConsentDecision;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.definition.Sensitivity;

/**
 * Whether, and what of an assessment, may be disclosed to one recipient (DESIGN idea 4). Consent decides:
 * <ul>
 *   <li><b>an agency</b> gets a copy of a submitted or approved assessment under a consent in force that names it
 *       (less the sections the family withheld), or under a team lead's decision to share without consent;</li>
 *   <li><b>a family member</b> named in a consent to share gets a copy under it; a parent or carer with parental
 *       responsibility gets the family's record under the consent to record; a parent without parental
 *       responsibility gets nothing unless a consent names them;</li>
 *   <li><b>the young person</b> gets their own copy if they gave consent themselves, or at 12 or over under the
 *       consent to record;</li>
 *   <li>a family or young person's copy leaves out information about other people ({@code THIRD_PARTY}) and
 *       safeguarding notes, uses the family wording, and never shows a <b>shielded</b> child's address to a family
 *       member who does not live with the child;</li>
 *   <li>withdrawn consent stops every disclosure it allowed ({@code CONSENT_WITHDRAWN}).</li>
 * </ul>
 */
public final class DisclosurePolicy {


    private DisclosurePolicy() {
    }

    public static DisclosureDecision decide(CafCase c, Assessment assessment, Recipient recipient, LocalDate today) {
        if (c.consentWithdrawn(today) && !(recipient instanceof Recipient.AgencyRecipient a
                && c.getWithoutConsentDecisions().stream().anyMatch(d -> d.covers(a.agency())))) {
            return DisclosureDecision.refused(RefusalCode.CONSENT_WITHDRAWN,
                    "Consent to record was withdrawn, so nothing is "
                    + "shared until new consent is given or a team lead records a decision to act without consent.");
        }
        if (recipient instanceof Recipient.AgencyRecipient a) {
            return forAgency(c, assessment, a.agency(), today);
        }
        if (recipient instanceof Recipient.Family f) {
            return forFamilyMember(c, f.member(), today);
        }
        return forYoungPerson(c, ((Recipient.YoungPerson) recipient).child(), today);
    }

    private static DisclosureDecision forAgency(CafCase c, Assessment assessment, Agency agency, LocalDate today) {
        if (assessment.getStatus() == Assessment.Status.IN_PROGRESS) {
            return DisclosureDecision.refused(RefusalCode.NOT_YET_SUBMITTED,
                    "The assessment is still a draft. A copy can go to "
                    + "another agency once it has been submitted.");
        }
        Optional<Consent> consent = latest(c.getConsents().stream()
                .filter(k -> k.inForceOn(today) && k.covers(agency)).toList());
        if (consent.isPresent()) {
            Consent k = consent.get();
            return DisclosureDecision.underConsent(k.getId(), "Consent given by " + k.giverDescription() + " on "
                    + UkTime.date(k.getGivenOn()) + " to share with " + agency.getName(),
                    agencyPlan(k.getWithheldSections(), !c.getChild().isShielded()));
        }
        Optional<WithoutConsentDecision> decision = c.getWithoutConsentDecisions().stream()
                .filter(d -> d.covers(agency)).max(Comparator.comparing(WithoutConsentDecision::getDecidedAt));
        if (decision.isPresent()) {
            WithoutConsentDecision d = decision.get();
            return DisclosureDecision.withoutConsent(d.getId(), "Decision to share without consent ("
                    + d.getGround().label().toLowerCase() + ") by " + d.getDecidedBy().getDisplayName() + " on "
                    + UkTime.date(d.getDecidedAt().toLocalDate()), agencyPlan(Set.of(), !c.getChild().isShielded()));
        }
        boolean sharingInForce = c.getConsents().stream().anyMatch(k -> k.isToShare() && k.inForceOn(today));
        if (!sharingInForce && c.getConsents().stream().anyMatch(k -> k.isToShare() && k.isWithdrawn())) {
            return DisclosureDecision.refused(RefusalCode.CONSENT_WITHDRAWN,
                    "Consent to share was withdrawn. Nothing can be sent "
                    + "to " + agency.getName() + " until the family consents again or a team lead records a decision to "
                    + "share without consent.");
        }
        if (sharingInForce) {
            return DisclosureDecision.refused(RefusalCode.RECIPIENT_NOT_COVERED,
                    "The family's consent to share does not name "
                    + agency.getName() + ". Ask the family whether they agree to share with them and record it.");
        }
        return DisclosureDecision.refused(RefusalCode.CONSENT_REQUIRED,
                "There is no consent to share. Record the family's "
                + "consent to share with " + agency.getName() + ", or ask a team lead to record a decision to share "
                + "without consent where a child is at risk of significant harm.");
    }

    private static DisclosureDecision forFamilyMember(CafCase c, FamilyMember member, LocalDate today) {
        Child child = c.getChild();
        if (!member.getChild().equals(child)) {
            return DisclosureDecision.refused(RefusalCode.NOT_FAMILY,
                    member.getName() + " is not recorded as a family member of "
                    + child.displayName() + ".");
        }
        if (member.isEnded()) {
            return DisclosureDecision.refused(RefusalCode.RECIPIENT_ENDED, member.getName() + " is no longer part of the child's "
                    + "record (ended on " + UkTime.date(member.getEndedOn()) + "), so they cannot have a copy.");
        }
        Optional<DisclosureDecision> withdrawn = withdrawn(c, today);
        if (withdrawn.isPresent()) {
            return withdrawn.get();
        }
        boolean showAddress = !child.isShielded() || member.livesWithChild();
        RedactionPlan plan = familyPlan(showAddress);
        Optional<Consent> naming = latest(c.getConsents().stream()
                .filter(k -> k.inForceOn(today) && k.covers(member)).toList());
        if (naming.isPresent()) {
            Consent k = naming.get();
            return DisclosureDecision.underConsent(k.getId(), "Consent given by " + k.giverDescription() + " on "
                    + UkTime.date(k.getGivenOn()) + ", which names " + member.getName(), plan);
        }
        if (!member.hasParentalResponsibility()) {
            return DisclosureDecision.refused(RefusalCode.NO_PARENTAL_RESPONSIBILITY,
                    member.getName() + " does not hold parental "
                    + "responsibility and no consent names them, so they cannot have a copy. A consent that names them "
                    + "would allow it.");
        }
        Optional<Consent> toRecord = latest(c.getConsents().stream()
                .filter(k -> k.inForceOn(today) && k.isToRecord()).toList());
        if (toRecord.isPresent()) {
            Consent k = toRecord.get();
            return DisclosureDecision.underConsent(k.getId(), member.getName() + " holds parental responsibility; "
                    + "consent to record given by " + k.giverDescription() + " on " + UkTime.date(k.getGivenOn()),
                    plan);
        }
        return DisclosureDecision.refused(RefusalCode.CONSENT_REQUIRED,
                "No consent is in force for this case, so no family copy "
                + "can be made. Record the family's consent first.");
    }

    private static DisclosureDecision forYoungPerson(CafCase c, Child child, LocalDate today) {
        Optional<DisclosureDecision> withdrawn = withdrawn(c, today);
        if (withdrawn.isPresent()) {
            return withdrawn.get();
        }
        RedactionPlan plan = familyPlan(true);
        Optional<Consent> own = latest(c.getConsents().stream()
                .filter(k -> k.inForceOn(today) && k.getGivenBy() == Consent.GivenBy.YOUNG_PERSON).toList());
        if (own.isPresent()) {
            return DisclosureDecision.underConsent(own.get().getId(), "Consent given by the young person on "
                    + UkTime.date(own.get().getGivenOn()), plan);
        }
        Optional<Consent> toRecord = latest(c.getConsents().stream()
                .filter(k -> k.inForceOn(today) && k.isToRecord()).toList());
        if (toRecord.isEmpty()) {
            return DisclosureDecision.refused(RefusalCode.CONSENT_REQUIRED,
                    "No consent is in force for this case. Record consent "
                    + "first.");
        }
        if (child.ageOn(today).orElse(0) < 12) {
            return DisclosureDecision.refused(RefusalCode.RECIPIENT_NOT_COVERED,
                    child.displayName() + " is under 12 and did not "
                    + "give consent themselves. Give the copy to a parent or carer with parental responsibility, or "
                    + "record the child's own consent if they understand it.");
        }
        return DisclosureDecision.underConsent(toRecord.get().getId(), child.displayName()
                + " is 12 or over; consent to record given by " + toRecord.get().giverDescription(), plan);
    }

    private static Optional<DisclosureDecision> withdrawn(CafCase c, LocalDate today) {
        boolean inForce = c.getConsents().stream().anyMatch(k -> k.inForceOn(today));
        if (!inForce && c.getConsents().stream().anyMatch(Consent::isWithdrawn)) {
            return Optional.of(DisclosureDecision.refused(RefusalCode.CONSENT_WITHDRAWN,
                    "Consent was withdrawn, so no copy can "
                    + "be made until the family consents again."));
        }
        return Optional.empty();
    }

    static RedactionPlan familyPlan(boolean showAddress) {
        List<String> notes = new ArrayList<>();
        notes.add("Information about other people, and notes professionals keep about children's safety, are not "
                + "included in this copy.");
        if (!showAddress) {
            notes.add("The child's address is not included in this copy.");
        }
        return new RedactionPlan(Set.of(), Set.of(Sensitivity.THIRD_PARTY, Sensitivity.SAFEGUARDING), showAddress, true,
                notes);
    }

    /** An agency's plan: less the withheld sections, and never a shielded child's address. */
    static RedactionPlan agencyPlan(Set<String> withheldSections, boolean showAddress) {
        List<String> notes = new ArrayList<>();
        if (!withheldSections.isEmpty()) {
            notes.add("The family did not agree to share " + withheldSections.size() + " section(s); they are not "
                    + "included in this copy.");
        }
        if (!showAddress) {
            notes.add("The child's address is not included: the record is restricted. Contact the lead professional.");
        }
        return new RedactionPlan(withheldSections, Set.of(), showAddress, false, List.copyOf(notes));
    }

    private static Optional<Consent> latest(List<Consent> consents) {
        return consents.stream().max(Comparator.comparing(Consent::getGivenOn).thenComparing(Consent::getRecordedAt));
    }
}
