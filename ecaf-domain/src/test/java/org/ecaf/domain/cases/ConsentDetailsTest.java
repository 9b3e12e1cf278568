package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.EVIDENCE;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;
import static org.ecaf.domain.cases.Refusals.targets;
import static org.ecaf.domain.cases.Refusals.violation;

import java.time.LocalDate;
import java.util.Set;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.FamilyMemberDetails;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.junit.jupiter.api.Test;

/** The CAF consent rules for who may consent, to what, and how it is evidenced. */
class ConsentDetailsTest {

    private final CaseFixture f = new CaseFixture();

    private ConsentDetails byFamilyMember(FamilyMember giver) {
        return ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, giver, TODAY, true, false, Set.of(), Set.of(),
                EVIDENCE, false, TODAY);
    }

    private ConsentDetails byYoungPerson(Child child, boolean understandingConfirmed) {
        return ConsentDetails.of(child, Consent.GivenBy.YOUNG_PERSON, null, TODAY, true, false, Set.of(), Set.of(),
                EVIDENCE, understandingConfirmed, TODAY);
    }

    @Test
    void aParentWithParentalResponsibilityMayConsent() {
        ConsentDetails details = ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, true, true,
                Set.of(f.school, f.health), Set.of(f.mother), "  " + EVIDENCE + "  ", false, TODAY);

        assertThat(details.givenBy()).isEqualTo(Consent.GivenBy.FAMILY_MEMBER);
        assertThat(details.familyMember()).isSameAs(f.mother);
        assertThat(details.givenOn()).isEqualTo(TODAY);
        assertThat(details.toRecord()).isTrue();
        assertThat(details.toShare()).isTrue();
        assertThat(details.agencies()).containsExactlyInAnyOrder(f.school, f.health);
        assertThat(details.familyMembers()).containsExactly(f.mother);
        assertThat(details.evidence()).isEqualTo(EVIDENCE);
    }

    @Test
    void aFamilyMemberWithoutParentalResponsibilityCannotConsent() {
        InvalidInput refused = refusal(InvalidInput.class, () -> byFamilyMember(f.father));

        assertThat(codes(refused)).containsExactly(RefusalCode.NO_PARENTAL_RESPONSIBILITY);
        assertThat(targets(refused)).containsExactly("familyMemberId");
        assertThat(refused.violations().get(0).message()).contains("Minh Tran");
    }

    @Test
    void consentByAFamilyMemberNamesWhichOne() {
        InvalidInput refused = refusal(InvalidInput.class, () -> byFamilyMember(null));

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("familyMemberId");
    }

    @Test
    void whoGaveConsentIsRequired() {
        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe, null, null, TODAY, true,
                false, Set.of(), Set.of(), EVIDENCE, false, TODAY));

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("givenBy");
    }

    @Test
    void aChildUnder12NeedsTheirUnderstandingConfirmed() {
        InvalidInput refused = refusal(InvalidInput.class, () -> byYoungPerson(f.zoe, false));

        assertThat(codes(refused)).containsExactly(RefusalCode.YOUNG_PERSON_UNDER_12);
        assertThat(targets(refused)).containsExactly("understandingConfirmed");
    }

    @Test
    void aChildUnder12WhoUnderstandsMayConsent() {
        ConsentDetails details = byYoungPerson(f.zoe, true);

        assertThat(details.givenBy()).isEqualTo(Consent.GivenBy.YOUNG_PERSON);
        assertThat(details.familyMember()).isNull();
    }

    @Test
    void aYoungPersonOf12IsPresumedAbleToConsent() {
        Child twelveToday = f.child("Sam", "Reed", TODAY.minusYears(12), false);

        assertThat(byYoungPerson(twelveToday, false).givenBy()).isEqualTo(Consent.GivenBy.YOUNG_PERSON);
    }

    @Test
    void theDayBeforeTheir12thBirthdayAChildIsStillUnder12() {
        Child twelveTomorrow = f.child("Sam", "Reed", TODAY.minusYears(12).plusDays(1), false);

        InvalidInput refused = refusal(InvalidInput.class, () -> byYoungPerson(twelveTomorrow, false));

        assertThat(codes(refused)).containsExactly(RefusalCode.YOUNG_PERSON_UNDER_12);
    }

    @Test
    void aYoungPersonsConsentKeepsNoFamilyMemberAsGiver() {
        Child fifteen = f.child("Sam", "Reed", LocalDate.of(2011, 1, 1), false);

        ConsentDetails details = byYoungPerson(fifteen, false);

        assertThat(details.familyMember()).isNull();
    }

    @Test
    void consentToShareMustNameSomebody() {
        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe,
                Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, true, true, Set.of(), null, EVIDENCE, false, TODAY));

        assertThat(codes(refused)).containsExactly(RefusalCode.SHARE_WITH_NOBODY);
        assertThat(targets(refused)).containsExactly("agencyIds");
    }

    @Test
    void consentToShareWithAFamilyMemberAloneIsEnough() {
        ConsentDetails details = ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, false, true,
                Set.of(), Set.of(f.father), EVIDENCE, false, TODAY);

        assertThat(details.familyMembers()).containsExactly(f.father);
        assertThat(details.agencies()).isEmpty();
    }

    @Test
    void whatIsNotSharedIsNotKept() {
        ConsentDetails details = ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, true, false,
                Set.of(f.school), Set.of(f.father), EVIDENCE, false, TODAY);

        assertThat(details.agencies()).isEmpty();
        assertThat(details.familyMembers()).isEmpty();
    }

    @Test
    void consentMustCoverRecordingOrSharing() {
        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe,
                Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, false, false, Set.of(), Set.of(), EVIDENCE, false, TODAY));

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("scopes");
    }

    @Test
    void evidenceIsRequired() {
        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe,
                Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, true, false, Set.of(), Set.of(), "   ", false, TODAY));

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("evidence");
    }

    @Test
    void evidenceLongerThan400CharactersIsRefused() {
        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe,
                Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, true, false, Set.of(), Set.of(), "x".repeat(401), false,
                TODAY));

        assertThat(codes(refused)).containsExactly(RefusalCode.TOO_LONG);
        assertThat(ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, true, false, Set.of(),
                Set.of(), "x".repeat(400), false, TODAY).evidence()).hasSize(400);
    }

    @Test
    void theDateConsentWasGivenCannotBeInTheFuture() {
        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe,
                Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY.plusDays(1), true, false, Set.of(), Set.of(), EVIDENCE,
                false, TODAY));

        assertThat(codes(refused)).containsExactly(RefusalCode.DATE_IN_FUTURE);
        assertThat(targets(refused)).containsExactly("givenOn");
    }

    @Test
    void theDateConsentWasGivenIsRequired() {
        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe,
                Consent.GivenBy.FAMILY_MEMBER, f.mother, null, true, false, Set.of(), Set.of(), EVIDENCE, false, TODAY));

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("givenOn");
    }

    @Test
    void aGiverFromAnotherChildsFamilyIsRefused() {
        Child other = f.shieldedChild();
        FamilyMember otherMother = other.getFamilyMembers().get(0);

        InvalidInput refused = refusal(InvalidInput.class, () -> byFamilyMember(otherMother));

        assertThat(codes(refused)).containsExactly(RefusalCode.NOT_THIS_CHILDS_FAMILY);
        assertThat(targets(refused)).containsExactly("familyMemberId");
    }

    @Test
    void sharingWithAnotherChildsFamilyMemberIsRefused() {
        Child other = f.child("Sam", "Reed", LocalDate.of(2012, 2, 2), false);
        FamilyMember stranger = f.entity(other.addFamilyMember(FamilyMemberDetails.of("Jo Reed", "mother", true, true,
                null, null, null)));

        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe,
                Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, true, true, Set.of(), Set.of(f.father, stranger),
                EVIDENCE, false, TODAY));

        assertThat(codes(refused)).containsExactly(RefusalCode.NOT_THIS_CHILDS_FAMILY);
        assertThat(targets(refused)).containsExactly("familyMemberIds");
        assertThat(refused.violations().get(0).message()).contains("Jo Reed");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe,
                Consent.GivenBy.FAMILY_MEMBER, f.father, TODAY.plusDays(3), true, true,
                Set.of(), Set.of(), null, false, TODAY));

        assertThat(codes(refused)).containsExactlyInAnyOrder(RefusalCode.NO_PARENTAL_RESPONSIBILITY,
                RefusalCode.DATE_IN_FUTURE,
                RefusalCode.SHARE_WITH_NOBODY, RefusalCode.REQUIRED);
        assertThat(violation(refused, RefusalCode.REQUIRED).target()).isEqualTo("evidence");
        assertThat(refused.getMessage()).isEqualTo("4 entries need correcting.");
    }

    @Test
    void aYoungPersonUnder12WithFutureDateAndNoEvidenceGetsEveryProblem() {
        InvalidInput refused = refusal(InvalidInput.class, () -> ConsentDetails.of(f.zoe,
                Consent.GivenBy.YOUNG_PERSON, null, TODAY.plusDays(1), false, false, Set.of(), Set.of(), "", false,
                TODAY));

        assertThat(targets(refused)).containsExactlyInAnyOrder("understandingConfirmed", "givenOn", "scopes",
                "evidence");
    }
}
