package org.ecaf.domain.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.EVIDENCE;
import static org.ecaf.domain.cases.CaseFixture.TODAY;

import java.time.LocalDate;
import java.util.Set;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseFixture;
import org.ecaf.domain.cases.Consent;
import org.ecaf.domain.cases.ConsentDetails;
import org.ecaf.domain.cases.WithoutConsentDecision;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.FamilyMemberDetails;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.Section;
import org.ecaf.forms.definition.Sensitivity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DisclosurePolicyTest {

    private final CaseFixture f = new CaseFixture();

    private Consent consent(CafCase c, FamilyMember giver, boolean share, Set<org.ecaf.domain.organisation.Agency> agencies,
                            Set<FamilyMember> members) {
        return f.entity(c.recordConsent(ConsentDetails.of(c.getChild(), Consent.GivenBy.FAMILY_MEMBER, giver, TODAY,
                true, share, agencies, members, EVIDENCE, false, TODAY), f.step(f.aisha)));
    }

    /** A submitted case whose only consent is the one given by the mother, to record and to share as given. */
    private CafCase submitted(boolean share, Set<org.ecaf.domain.organisation.Agency> agencies, Set<FamilyMember> members) {
        CafCase c = f.openCase();
        consent(c, f.mother, share, agencies, members);
        f.save(c, CaseFixture.completeCaf(), f.aisha);
        f.seeChild(c);
        c.submit(f.caf, f.step(f.aisha));
        return c;
    }

    private static Assessment assessment(CafCase c) {
        return c.currentAssessment().orElseThrow();
    }

    private static DisclosureDecision decide(CafCase c, Recipient recipient) {
        return DisclosurePolicy.decide(c, assessment(c), recipient, TODAY);
    }

    @Nested
    class Agencies {

        @Test
        void anAgencyNamedInAConsentInForceGetsACopyUnderThatConsent() {
            CafCase c = submitted(true, Set.of(f.health), Set.of());
            DisclosureDecision decision = decide(c, new Recipient.AgencyRecipient(f.health));
            assertThat(decision.outcome()).isEqualTo(DisclosureDecision.Outcome.ALLOWED_UNDER_CONSENT);
            assertThat(decision.basisId()).isEqualTo(c.getConsents().get(0).getId());
            assertThat(decision.basisDescription()).contains("Lan Nguyễn").contains(f.health.getName());
            assertThat(decision.plan().familyWording()).isFalse();
            assertThat(decision.plan().hiddenSensitivities()).isEmpty();
        }

        @Test
        void anAgencyNotNamedIsNotCovered() {
            CafCase c = submitted(true, Set.of(f.health), Set.of());
            DisclosureDecision decision = decide(c, new Recipient.AgencyRecipient(f.school));
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.refusalCode()).isEqualTo(RefusalCode.RECIPIENT_NOT_COVERED);
            assertThat(decision.reason()).contains(f.school.getName());
            assertThat(decision.plan()).isNull();
        }

        @Test
        void withoutAnyConsentToShareConsentIsRequired() {
            CafCase c = submitted(false, Set.of(), Set.of());
            assertThat(decide(c, new Recipient.AgencyRecipient(f.health)).refusalCode()).isEqualTo(RefusalCode.CONSENT_REQUIRED);
        }

        @Test
        void withdrawnConsentToShareStopsTheCopy() {
            CafCase c = submitted(true, Set.of(f.health), Set.of());
            Consent consent = c.getConsents().get(0);
            c.withdrawConsent(consent.getId(), TODAY, "Changed her mind", f.step(f.aisha));
            assertThat(decide(c, new Recipient.AgencyRecipient(f.health)).refusalCode()).isEqualTo(RefusalCode.CONSENT_WITHDRAWN);
        }

        @Test
        void aTeamLeadsDecisionToShareWithoutConsentAllowsItForTheAgenciesItNames() {
            CafCase c = submitted(false, Set.of(), Set.of());
            WithoutConsentDecision d = f.entity(c.recordWithoutConsentDecision(
                    WithoutConsentDecision.Ground.SIGNIFICANT_HARM, "Injuries seen at school", false, Set.of(f.health),
                    f.step(f.lena)));
            DisclosureDecision decision = decide(c, new Recipient.AgencyRecipient(f.health));
            assertThat(decision.outcome()).isEqualTo(DisclosureDecision.Outcome.ALLOWED_WITHOUT_CONSENT);
            assertThat(decision.basisId()).isEqualTo(d.getId());
            assertThat(decision.basisDescription()).contains("Lena Patel");
            assertThat(decide(c, new Recipient.AgencyRecipient(f.school)).refusalCode()).isEqualTo(RefusalCode.CONSENT_REQUIRED);
        }

        @Test
        void aDraftIsNotSentToAnotherAgency() {
            CafCase c = f.openCase();
            consent(c, f.mother, true, Set.of(f.health), Set.of());
            f.save(c, CaseFixture.completeCaf(), f.aisha);
            assertThat(decide(c, new Recipient.AgencyRecipient(f.health)).refusalCode()).isEqualTo(RefusalCode.NOT_YET_SUBMITTED);
        }

        @Test
        void sectionsTheFamilyWithheldAreLeftOutOfAnAgencyCopy() {
            CafCase c = f.openCase();
            f.entity(c.recordConsent(ConsentDetails.of(c.getChild(), Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY,
                    true, true, Set.of(f.health), Set.of(), EVIDENCE, false,
                    TODAY) .withholding(Set.of("family_environment"), f.caf), f.step(f.aisha)));
            f.save(c, CaseFixture.completeCaf(), f.aisha);
            f.seeChild(c);
            c.submit(f.caf, f.step(f.aisha));
            RedactionPlan plan = decide(c, new Recipient.AgencyRecipient(f.health)).plan();
            Section environment = f.caf.sections().stream().filter(s -> s.key().equals("family_environment"))
                    .findFirst().orElseThrow();
            assertThat(plan.shows(environment)).isFalse();
            assertThat(plan.shows(f.caf.sections().get(0))).isTrue();
            assertThat(plan.notes()).singleElement().asString().contains("did not agree to share 1 section");
        }
    }

    @Nested
    class FamilyMembers {

        @Test
        void aParentWithParentalResponsibilityGetsTheFamilyCopyUnderTheConsentToRecord() {
            CafCase c = submitted(false, Set.of(), Set.of());
            DisclosureDecision decision = decide(c, new Recipient.Family(f.mother));
            assertThat(decision.outcome()).isEqualTo(DisclosureDecision.Outcome.ALLOWED_UNDER_CONSENT);
            assertThat(decision.basisDescription()).contains("parental responsibility");
            assertThat(decision.plan().familyWording()).isTrue();
        }

        @Test
        void aParentWithoutParentalResponsibilityGetsNothingUnlessAConsentNamesThem() {
            CafCase c = submitted(false, Set.of(), Set.of());
            DisclosureDecision refused = decide(c, new Recipient.Family(f.father));
            assertThat(refused.refusalCode()).isEqualTo(RefusalCode.NO_PARENTAL_RESPONSIBILITY);
            assertThat(refused.reason()).contains("Minh Tran");

            CafCase named = submitted(true, Set.of(), Set.of(f.father));
            DisclosureDecision allowed = decide(named, new Recipient.Family(f.father));
            assertThat(allowed.outcome()).isEqualTo(DisclosureDecision.Outcome.ALLOWED_UNDER_CONSENT);
            assertThat(allowed.basisDescription()).contains("names Minh Tran");
        }

        @Test
        void aFamilyCopyLeavesOutInformationAboutOtherPeopleAndSafeguardingNotes() {
            RedactionPlan plan = decide(submitted(false, Set.of(), Set.of()), new Recipient.Family(f.mother)).plan();
            assertThat(plan.hiddenSensitivities()).containsExactlyInAnyOrder(Sensitivity.THIRD_PARTY, Sensitivity.SAFEGUARDING);
            Field parents = f.caf.field("parents_carers").orElseThrow();
            Field safeguarding = f.caf.field("concerns_about_harm").orElseThrow();
            Field views = f.caf.field("child_views").orElseThrow();
            assertThat(parents.sensitivity()).isEqualTo(Sensitivity.THIRD_PARTY);
            assertThat(plan.shows(parents)).isFalse();
            assertThat(plan.shows(safeguarding)).isFalse();
            assertThat(plan.shows(views)).isTrue();
            assertThat(plan.notes()).anyMatch(n -> n.contains("other people"));
        }

        @Test
        void aShieldedChildsAddressNeverReachesAFamilyMemberWhoDoesNotLiveWithThem() {
            Child amira = f.shieldedChild();
            FamilyMember mother = amira.getFamilyMembers().get(0);
            FamilyMember father = f.entity(amira.addFamilyMember(FamilyMemberDetails.of("Karim Hassan", "father", true,
                    false, null, null, null)));
            CafCase c = f.openCase(amira, f.aisha);
            f.entity(c.recordConsent(ConsentDetails.of(amira, Consent.GivenBy.FAMILY_MEMBER, mother, TODAY, true,
                    false, Set.of(), Set.of(), EVIDENCE, false, TODAY), f.step(f.aisha)));
            c.saveAssessment(f.caf, null, CaseFixture.completeCaf(), null, f.step(f.aisha));

            RedactionPlan forFather = decide(c, new Recipient.Family(father)).plan();
            RedactionPlan forMother = decide(c, new Recipient.Family(mother)).plan();
            Field address = f.caf.field("child_address").orElseThrow();
            assertThat(forFather.childAddressShown()).isFalse();
            assertThat(forFather.shows(address)).isFalse();
            assertThat(forFather.notes()).anyMatch(n -> n.contains("address is not included"));
            assertThat(forMother.childAddressShown()).isTrue();
            assertThat(forMother.shows(address)).isTrue();
        }

        @Test
        void anOrdinaryChildsAddressMayAppearForAParentLivingElsewhere() {
            FamilyMember away = f.entity(f.zoe.addFamilyMember(FamilyMemberDetails.of("Hoa Nguyễn", "mother", true, false,
                    null, null, null)));
            RedactionPlan plan = decide(submitted(false, Set.of(), Set.of()), new Recipient.Family(away)).plan();
            assertThat(plan.childAddressShown()).isTrue();
        }

        @Test
        void someoneFromAnotherFamilyIsRefused() {
            Child other = f.shieldedChild();
            FamilyMember stranger = other.getFamilyMembers().get(0);
            assertThat(decide(submitted(false, Set.of(), Set.of()), new Recipient.Family(stranger)).refusalCode())
                    .isEqualTo(RefusalCode.NOT_FAMILY);
        }

        @Test
        void withdrawnConsentStopsFamilyCopies() {
            CafCase c = submitted(false, Set.of(), Set.of());
            c.withdrawConsent(c.getConsents().get(0).getId(), TODAY, null, f.step(f.aisha));
            assertThat(decide(c, new Recipient.Family(f.mother)).refusalCode()).isEqualTo(RefusalCode.CONSENT_WITHDRAWN);
        }

        @Test
        void withoutConsentThereIsNoFamilyCopy() {
            CafCase c = f.openCase();
            c.recordWithoutConsentDecision(WithoutConsentDecision.Ground.CONSENT_WOULD_INCREASE_RISK, "Risk", true,
                    Set.of(), f.step(f.lena));
            c.saveAssessment(f.caf, null, CaseFixture.completeCaf(), null, f.step(f.aisha));
            assertThat(decide(c, new Recipient.Family(f.mother)).refusalCode()).isEqualTo(RefusalCode.CONSENT_REQUIRED);
        }
    }

    @Nested
    class TheYoungPerson {

        @Test
        void aYoungPersonWhoGaveConsentGetsTheirOwnCopy() {
            Child teen = f.child("Ŵyn", "Davies", TODAY.minusYears(14), false);
            CafCase c = f.openCase(teen, f.aisha);
            f.entity(c.recordConsent(ConsentDetails.of(teen, Consent.GivenBy.YOUNG_PERSON, null, TODAY, true, false,
                    Set.of(), Set.of(), EVIDENCE, false, TODAY), f.step(f.aisha)));
            c.saveAssessment(f.caf, null, CaseFixture.completeCaf(), null, f.step(f.aisha));
            DisclosureDecision decision = decide(c, new Recipient.YoungPerson(teen));
            assertThat(decision.outcome()).isEqualTo(DisclosureDecision.Outcome.ALLOWED_UNDER_CONSENT);
            assertThat(decision.basisDescription()).contains("young person");
            assertThat(decision.plan().hiddenSensitivities()).contains(Sensitivity.THIRD_PARTY, Sensitivity.SAFEGUARDING);
        }

        @Test
        void aChildUnder12WhoseParentConsentedIsNotCovered() {
            CafCase c = submitted(false, Set.of(), Set.of());
            Child zoe = c.getChild();
            assertThat(zoe.ageOn(TODAY)).contains(11);
            assertThat(decide(c, new Recipient.YoungPerson(zoe)).refusalCode()).isEqualTo(RefusalCode.RECIPIENT_NOT_COVERED);
        }

        @Test
        void at12OrOverTheConsentToRecordCovers() {
            LocalDate later = TODAY.plusYears(1);
            CafCase c = submitted(false, Set.of(), Set.of());
            DisclosureDecision decision = DisclosurePolicy.decide(c, assessment(c), new Recipient.YoungPerson(c.getChild()),
                    later);
            assertThat(decision.outcome()).isEqualTo(DisclosureDecision.Outcome.ALLOWED_UNDER_CONSENT);
            assertThat(decision.basisDescription()).contains("12 or over");
        }
    }
}
