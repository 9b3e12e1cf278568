package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecaf.domain.child.matching.MatchReasonCode.DATE_OF_BIRTH_CLOSE;
import static org.ecaf.domain.child.matching.MatchReasonCode.DATE_OF_BIRTH_DAY_MONTH_SWAPPED;
import static org.ecaf.domain.child.matching.MatchReasonCode.DIFFERENT_DATE_OF_BIRTH;
import static org.ecaf.domain.child.matching.MatchReasonCode.DIFFERENT_FAMILY_NAME;
import static org.ecaf.domain.child.matching.MatchReasonCode.DIFFERENT_GIVEN_NAMES;
import static org.ecaf.domain.child.matching.MatchReasonCode.DIFFERENT_MIDDLE_NAMES;
import static org.ecaf.domain.child.matching.MatchReasonCode.DIFFERENT_NHS_NUMBER;
import static org.ecaf.domain.child.matching.MatchReasonCode.DIFFERENT_POSTCODE;
import static org.ecaf.domain.child.matching.MatchReasonCode.EXPECTED_DATE_OF_DELIVERY_CLOSE;
import static org.ecaf.domain.child.matching.MatchReasonCode.GIVEN_NAME_SHORT_FORM;
import static org.ecaf.domain.child.matching.MatchReasonCode.MATCHES_OTHER_NAME;
import static org.ecaf.domain.child.matching.MatchReasonCode.SAME_DATE_OF_BIRTH;
import static org.ecaf.domain.child.matching.MatchReasonCode.SAME_FAMILY_NAME;
import static org.ecaf.domain.child.matching.MatchReasonCode.SAME_GIVEN_NAME;
import static org.ecaf.domain.child.matching.MatchReasonCode.SAME_MIDDLE_NAME;
import static org.ecaf.domain.child.matching.MatchReasonCode.SAME_NHS_NUMBER;
import static org.ecaf.domain.child.matching.MatchReasonCode.SAME_POSTCODE;
import static org.ecaf.domain.child.matching.MatchReasonCode.SAME_POSTCODE_DISTRICT;
import static org.ecaf.domain.child.matching.MatchReasonCode.SAME_UPN;
import static org.ecaf.domain.child.matching.MatchReasonCode.SIMILAR_FAMILY_NAME;
import static org.ecaf.domain.child.matching.MatchReasonCode.SIMILAR_GIVEN_NAME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ecaf.domain.child.matching.DuplicateMatcher.Assessment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateMatcherTest {

    static final LocalDate BORN = LocalDate.of(2015, 3, 4);
    static final String NHS = "943 476 5919";
    static final String OTHER_NHS = "485 777 3457";
    static final String UPN = "B801200005001";

    private final DuplicateMatcher matcher = new DuplicateMatcher();
    private static final LinkageModel model = LinkageModel.standard();

    /** The sum of the model's weights of {@code levels}, in tenths of a bit, as the matcher adds them. */
    static int p(Agreement... levels) {
        int sum = 0;
        for (Agreement level : levels) {
            sum += model.points(level);
        }
        return sum;
    }

    static ChildParticulars.Builder child(String givenNames, String familyName) {
        return ChildParticulars.builder().givenNames(givenNames).familyName(familyName);
    }

    /** Jack Smith, born 04/03/2015, living at NB1 1AA: the child being registered in most tests. */
    static ChildParticulars.Builder jackSmith() {
        return child("Jack", "Smith").dateOfBirth(BORN).postcode("NB1 1AA");
    }

    Assessment assess(ChildParticulars.Builder newChild, ChildParticulars.Builder candidate) {
        return matcher.assess(newChild.build(), candidate.build());
    }

    static List<MatchReasonCode> codes(Assessment assessment) {
        return assessment.result().reasons().stream().map(MatchReason::code).toList();
    }

    static List<MatchReasonCode> differences(Assessment assessment) {
        return assessment.result().differences().stream().map(MatchReason::code).toList();
    }

    static MatchReason reason(Assessment assessment, MatchReasonCode code) {
        return assessment.result().reasons().stream().filter(r -> r.code() == code).findFirst()
                .or(() -> assessment.result().differences().stream().filter(r -> r.code() == code).findFirst())
                .orElseThrow(() -> new AssertionError(code + " not among " + assessment.result()));
    }

    @Nested
    class Identifiers {

        @Test
        void theSameNhsNumberAloneIsEnoughEvenWhenEverythingElseDiffers() {
            Assessment a = assess(jackSmith().nhsNumber(NHS),
                    child("Oliver", "Brown").dateOfBirth(LocalDate.of(2019, 8, 1)).postcode("M1 1AE").nhsNumber(NHS));

            assertThat(a.flagged()).isTrue();
            assertThat(codes(a)).containsExactly(SAME_NHS_NUMBER);
            assertThat(reason(a, SAME_NHS_NUMBER).explanation()).isEqualTo("Same NHS number");
            assertThat(differences(a)).containsExactly(DIFFERENT_FAMILY_NAME, DIFFERENT_GIVEN_NAMES,
                    DIFFERENT_DATE_OF_BIRTH, DIFFERENT_POSTCODE);
            assertThat(a.result().score()).isEqualTo(p(Agreement.NHS_SAME, Agreement.FAMILY_DIFFERENT, Agreement.GIVEN_DIFFERENT, Agreement.DOB_DIFFERENT, Agreement.POSTCODE_DIFFERENT));
        }

        @Test
        void theSameUpnAloneIsEnough() {
            Assessment a = assess(child("Amira", "Khan").upn(UPN), child("Jack", "Smith").upn("b801 2000 05001"));

            assertThat(a.flagged()).isTrue();
            assertThat(codes(a)).containsExactly(SAME_UPN);
            assertThat(reason(a, SAME_UPN).explanation()).isEqualTo("Same unique pupil number (UPN)");
        }

        @Test
        void differentNhsNumbersCountAgainstButDoNotHideAStrongMatch() {
            Assessment a = assess(jackSmith().nhsNumber(NHS), jackSmith().nhsNumber(OTHER_NHS));

            assertThat(a.flagged()).isTrue();
            assertThat(codes(a)).doesNotContain(SAME_NHS_NUMBER);
            assertThat(reason(a, DIFFERENT_NHS_NUMBER).level()).isEqualTo(Agreement.NHS_DIFFERENT);
            assertThat(reason(a, DIFFERENT_NHS_NUMBER).explanation()).isEqualTo("Different NHS numbers");
            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_SAME, Agreement.GIVEN_SAME, Agreement.DOB_SAME, Agreement.POSTCODE_SAME, Agreement.NHS_DIFFERENT));
        }

        @Test
        void anNhsNumberKnownOnOneSideOnlyNeitherHelpsNorHurts() {
            Assessment a = assess(jackSmith().nhsNumber(NHS), jackSmith());

            assertThat(codes(a)).doesNotContain(SAME_NHS_NUMBER);
            assertThat(differences(a)).doesNotContain(DIFFERENT_NHS_NUMBER);
        }

        @Test
        void differentUpnsDoNotCountAgainstBecauseASecondUpnIsHowDuplicatesArise() {
            String otherUpn = UniquePupilNumberFixtures.valid("936200025123");
            Assessment a = assess(jackSmith().upn(UPN), jackSmith().upn(otherUpn));

            assertThat(a.flagged()).isTrue();
            assertThat(codes(a)).doesNotContain(SAME_UPN);
            assertThat(a.result().differences()).isEmpty();
        }
    }

    @Nested
    class WhatIsNotEnough {

        @Test
        void twoJackSmithsWithNothingElseKnownAreNotFlagged() {
            Assessment a = assess(child("Jack", "Smith"), child("Jack", "Smith"));

            assertThat(codes(a)).containsExactly(SAME_FAMILY_NAME, SAME_GIVEN_NAME);
            assertThat(a.flagged()).isFalse();
        }

        @Test
        void namesAloneNeverFlagWhateverTheThreshold() {
            DuplicateMatcher eager = new DuplicateMatcher(1);

            assertThat(eager.compare(child("Jack", "Smith").build(), child("Jack", "Smith").build())).isEmpty();
        }

        @Test
        void twoJackSmithsBornYearsApartInTheSameDistrictAreNotFlagged() {
            Assessment a = assess(jackSmith(),
                    child("Jack", "Smith").dateOfBirth(LocalDate.of(2011, 9, 20)).postcode("NB1 2BD"));

            assertThat(codes(a)).contains(SAME_POSTCODE_DISTRICT);
            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_SAME, Agreement.GIVEN_SAME, Agreement.POSTCODE_DISTRICT, Agreement.DOB_DIFFERENT));
            assertThat(a.flagged()).isFalse();
        }

        @Test
        void dateOfBirthAndPostcodeWithoutAnyLikenessOfNameDoNotFlagWhateverTheThreshold() {
            ChildParticulars neighbour = child("Amira", "Khan").dateOfBirth(BORN).postcode("NB1 1AA").build();

            Assessment a = matcher.assess(jackSmith().build(), neighbour);

            assertThat(codes(a)).containsExactly(SAME_DATE_OF_BIRTH, SAME_POSTCODE);
            assertThat(a.flagged()).isFalse();
            assertThat(new DuplicateMatcher(1).compare(jackSmith().build(), neighbour)).isEmpty();
        }

        @Test
        void aClearlyDifferentChildIsNotFlaggedAndHasNoReasons() {
            Assessment a = assess(jackSmith(),
                    child("Amira", "Khan").dateOfBirth(LocalDate.of(2012, 11, 30)).postcode("M1 1AE"));

            assertThat(a.flagged()).isFalse();
            assertThat(a.result().reasons()).isEmpty();
            assertThat(matcher.findLikelyDuplicates(jackSmith().build(), List.of(child("Amira", "Khan")
                    .dateOfBirth(LocalDate.of(2012, 11, 30)).postcode("M1 1AE").id(5L).build()))).isEmpty();
        }

        @Test
        void theSameGivenNameAndBirthdayWithADifferentFamilyNameAndNoAddressIsNotFlagged() {
            Assessment a = assess(child("Jack", "Smith").dateOfBirth(BORN), child("Jack", "Brown").dateOfBirth(BORN));

            assertThat(a.result().score()).isEqualTo(p(Agreement.GIVEN_SAME, Agreement.DOB_SAME, Agreement.FAMILY_DIFFERENT));
            assertThat(a.flagged()).isFalse();
        }

        @Test
        void nicknamesFromTheTableAreTheSameName_butAShortFormItLacksIsADifference() {
            Assessment a = assess(child("Bobby", "Smith").dateOfBirth(BORN).postcode("NB1 1AA"),
                    child("Robert", "Smith").dateOfBirth(BORN).postcode("NB1 1AA"));
            assertThat(reason(a, GIVEN_NAME_SHORT_FORM).explanation()).isEqualTo("Given names are the same name (Bobby / Robert)");
            assertThat(a.flagged()).isTrue();

            Assessment b = assess(child("Zuzia", "Nowak").dateOfBirth(BORN).postcode("NB1 1AA"),
                    child("Zuzanna", "Nowak").dateOfBirth(BORN).postcode("NB1 1AA"));
            assertThat(differences(b)).contains(DIFFERENT_GIVEN_NAMES);
            assertThat(b.flagged()).isFalse();
        }
    }

    @Nested
    class FamilyNames {

        @Test
        void theSameFamilyName() {
            Assessment a = assess(jackSmith(), child("Jack", "SMITH").dateOfBirth(BORN));

            assertThat(reason(a, SAME_FAMILY_NAME).explanation()).isEqualTo("Same family name");
            assertThat(reason(a, SAME_FAMILY_NAME).level()).isEqualTo(Agreement.FAMILY_SAME);
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void accentsDoNotMakeADifferentName() {
            Assessment a = assess(child("Minh", "Nguyen").dateOfBirth(BORN), child("Minh", "Nguyễn").dateOfBirth(BORN));

            assertThat(reason(a, SAME_FAMILY_NAME).explanation())
                    .isEqualTo("Same family name, written 'Nguyễn' on this record");
            assertThat(a.flagged()).isTrue();
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {"O'Neill|ONeill", "O'Neill|O Neill", "ONeill|O Neill", "O’Neill|o'neill",
                "McDonald|Mc Donald", "Smith-Jones|Smith Jones", "St. John|St John"})
        void punctuationAndSpacingDoNotMakeADifferentName(String mine, String theirs) {
            Assessment a = assess(child("Ciara", mine).dateOfBirth(BORN), child("Ciara", theirs).dateOfBirth(BORN));

            assertThat(codes(a)).contains(SAME_FAMILY_NAME);
        }

        @Test
        void aSoundAlikeFamilyName() {
            Assessment a = assess(jackSmith(), child("Jack", "Smyth").dateOfBirth(BORN));

            assertThat(reason(a, SIMILAR_FAMILY_NAME).explanation()).isEqualTo("Family name sounds like 'Smyth'");
            assertThat(reason(a, SIMILAR_FAMILY_NAME).level()).isEqualTo(Agreement.FAMILY_SIMILAR);
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void aMistypedFamilyName() {
            Assessment a = assess(jackSmith(), child("Jack", "Snith").dateOfBirth(BORN));

            assertThat(reason(a, SIMILAR_FAMILY_NAME).explanation())
                    .isEqualTo("Family name is spelt almost the same as 'Snith'");
            assertThat(a.flagged()).isTrue();
        }

        @ParameterizedTest(name = "{0} and {1}")
        @CsvSource(delimiter = '|', value = {"Smith-Jones|Jones", "Smith-Jones|Smith", "Jones|Smith-Jones",
                "Smith-Jones|Jones-Smith", "Smith Jones|Jones", "van der Berg|Berg", "Al-Hassan|Hassan"})
        void aDoubleBarrelledOrHyphenatedNameMatchesOnAnyPart(String mine, String theirs) {
            Assessment a = assess(child("Ella", mine).dateOfBirth(BORN), child("Ella", theirs).dateOfBirth(BORN));

            assertThat(reason(a, SIMILAR_FAMILY_NAME).explanation())
                    .isEqualTo("Family name '" + mine + "' shares a part with '" + theirs + "'");
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void partOfADoubleBarrelledNameSoundingAlike() {
            Assessment a = assess(child("Ella", "Smith-Jones").dateOfBirth(BORN),
                    child("Ella", "Smyth").dateOfBirth(BORN));

            assertThat(reason(a, SIMILAR_FAMILY_NAME).explanation())
                    .isEqualTo("Part of the family name 'Smith-Jones' sounds like part of 'Smyth'");
            assertThat(reason(a, SIMILAR_FAMILY_NAME).level()).isEqualTo(Agreement.FAMILY_PART_SIMILAR);
        }

        @Test
        void unlikeFamilyNamesAreADifference() {
            Assessment a = assess(jackSmith(), child("Jack", "Brown").dateOfBirth(BORN));

            assertThat(codes(a)).doesNotContain(SAME_FAMILY_NAME, SIMILAR_FAMILY_NAME, MATCHES_OTHER_NAME);
            assertThat(reason(a, DIFFERENT_FAMILY_NAME).explanation())
                    .isEqualTo("Family names differ: 'Smith' and 'Brown'");
        }

        @Test
        void aFamilyNameNotKnownOnOneSideIsNoDifference() {
            Assessment a = assess(jackSmith(), child("Jack", null).dateOfBirth(BORN));

            assertThat(codes(a)).containsExactly(SAME_GIVEN_NAME, SAME_DATE_OF_BIRTH);
            assertThat(a.result().differences()).isEmpty();
        }
    }

    @Nested
    class GivenNames {

        @ParameterizedTest(name = "{0} and {1}")
        @CsvSource({"Mohammed,Muhammad", "Mohammed,Mohamed", "Muhammad,Mohamed", "Aiden,Aidan", "Jayden,Jaden",
                "Jak,Jack"})
        void commonSpellingVariantsAreSimilar(String mine, String theirs) {
            Assessment a = assess(child(mine, "Smith").dateOfBirth(BORN), child(theirs, "Smith").dateOfBirth(BORN));

            assertThat(codes(a)).contains(SIMILAR_GIVEN_NAME);
            assertThat(reason(a, SIMILAR_GIVEN_NAME).explanation()).endsWith("'" + theirs + "'");
            assertThat(a.result().score()).isEqualTo(p(Agreement.GIVEN_SIMILAR, Agreement.FAMILY_SAME, Agreement.DOB_SAME));
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void aSoundAlikeGivenNameIsExplainedAsSuch() {
            Assessment a = assess(child("Katie", "Smith").dateOfBirth(BORN), child("Katy", "Smith").dateOfBirth(BORN));

            assertThat(reason(a, GIVEN_NAME_SHORT_FORM).explanation()).isEqualTo("Given names are the same name (Katie / Katy)");
            Assessment b = assess(child("Jayden", "Smith").dateOfBirth(BORN), child("Jaden", "Smith").dateOfBirth(BORN));
            assertThat(reason(b, SIMILAR_GIVEN_NAME).explanation()).isEqualTo("Given name sounds like 'Jaden'");
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource({"Zoë,Zoe", "Siobhán,Siobhan", "Łucja,Lucja", "ZOE,zoë", "Mary-Jane,Mary Jane"})
        void accentsCaseAndHyphensDoNotMakeADifferentGivenName(String mine, String theirs) {
            Assessment a = assess(child(mine, "Smith").dateOfBirth(BORN), child(theirs, "Smith").dateOfBirth(BORN));

            assertThat(codes(a)).contains(SAME_GIVEN_NAME);
            assertThat(reason(a, SAME_GIVEN_NAME).level()).isEqualTo(Agreement.GIVEN_SAME);
        }

        @Test
        void theExplanationShowsHowTheRecordSpellsIt() {
            Assessment a = assess(child("Zoe", "Smith").dateOfBirth(BORN), child("Zoë", "Smith").dateOfBirth(BORN));

            assertThat(reason(a, SAME_GIVEN_NAME).explanation())
                    .isEqualTo("Same given name, written 'Zoë' on this record");
        }

        @Test
        void theSameFirstNameWithAMiddleNameOnOneRecord() {
            Assessment a = assess(child("Jack", "Smith").dateOfBirth(BORN),
                    child("Jack Thomas", "Smith").dateOfBirth(BORN));

            assertThat(reason(a, SAME_GIVEN_NAME).explanation())
                    .isEqualTo("Same first name 'Jack' (given names on this record: 'Jack Thomas')");
            assertThat(reason(a, SAME_GIVEN_NAME).level()).isEqualTo(Agreement.GIVEN_SAME);
        }

        @Test
        void aChildKnownByTheirMiddleName() {
            // with the family name and the birthday alone this scores one point below the threshold (model
            // em-7-50000-t187: a name among the other's given names weighs +11); the postcode district decides
            Assessment a = assess(child("Thomas", "Smith").dateOfBirth(BORN).postcode("NB1 1AA"),
                    child("Jack Thomas", "Smith").dateOfBirth(BORN).postcode("NB1 9ZZ"));

            assertThat(reason(a, SAME_GIVEN_NAME).explanation())
                    .isEqualTo("Given name 'Thomas' is among the given names on this record ('Jack Thomas')");
            assertThat(reason(a, SAME_GIVEN_NAME).level()).isEqualTo(Agreement.GIVEN_AMONG);
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void aMiddleNameSpeltAnotherWay() {
            Assessment a = assess(child("Aidan", "Smith").dateOfBirth(BORN),
                    child("Jack Aiden", "Smith").dateOfBirth(BORN));

            assertThat(reason(a, SIMILAR_GIVEN_NAME).explanation())
                    .isEqualTo("Given name 'Aidan' sounds like 'Aiden' (given names on this record: 'Jack Aiden')");
            assertThat(reason(a, SIMILAR_GIVEN_NAME).level()).isEqualTo(Agreement.GIVEN_AMONG_SIMILAR);
        }

        @ParameterizedTest(name = "{0} and {1}")
        @CsvSource({"Jack,Oliver", "Tom,Tim", "Dan,Don", "Oliver,Olivia", "Harry,Harriet", "Emma,Ella"})
        void differentGivenNamesAreADifference(String mine, String theirs) {
            Assessment a = assess(child(mine, "Smith").dateOfBirth(BORN), child(theirs, "Smith").dateOfBirth(BORN));

            assertThat(codes(a)).doesNotContain(SAME_GIVEN_NAME, SIMILAR_GIVEN_NAME, MATCHES_OTHER_NAME);
            assertThat(reason(a, DIFFERENT_GIVEN_NAMES).level()).isEqualTo(Agreement.GIVEN_DIFFERENT);
            assertThat(reason(a, DIFFERENT_GIVEN_NAMES).explanation())
                    .isEqualTo("Given names differ: '" + mine + "' and '" + theirs + "'");
        }
    }

    @Nested
    class MiddleNames {

        @Test
        void middleNamesThatDifferCountAgainstAMatch() {
            Assessment a = assess(child("Ava Grace", "Smith").dateOfBirth(BORN),
                    child("Ava Isabella", "Smith").dateOfBirth(BORN));

            assertThat(reason(a, DIFFERENT_MIDDLE_NAMES).level()).isEqualTo(Agreement.MIDDLE_DIFFERENT);
            assertThat(reason(a, DIFFERENT_MIDDLE_NAMES).explanation())
                    .isEqualTo("Middle names differ: 'Grace' and 'Isabella' on this record");
            assertThat(reason(a, DIFFERENT_MIDDLE_NAMES).points()).isNegative();
            assertThat(a.result().score()).isEqualTo(p(Agreement.GIVEN_SAME, Agreement.MIDDLE_DIFFERENT,
                    Agreement.FAMILY_SAME, Agreement.DOB_SAME));
        }

        @Test
        void theSameMiddleNameCountsForAMatch() {
            Assessment a = assess(child("Ava Grace", "Smith").dateOfBirth(BORN),
                    child("Ava Grace", "Smith").dateOfBirth(BORN));

            assertThat(reason(a, SAME_MIDDLE_NAME).explanation()).isEqualTo("Same middle name 'Grace'");
            assertThat(reason(a, SAME_MIDDLE_NAME).points()).isPositive();
            assertThat(a.result().score()).isEqualTo(p(Agreement.GIVEN_SAME, Agreement.MIDDLE_SAME,
                    Agreement.FAMILY_SAME, Agreement.DOB_SAME));
        }

        @Test
        void aMiddleNameSpeltAnotherWayStillCountsForAMatch() {
            Assessment a = assess(child("Jack Aidan", "Smith").dateOfBirth(BORN),
                    child("Jack Aiden", "Smith").dateOfBirth(BORN));

            assertThat(reason(a, SAME_MIDDLE_NAME).level()).isEqualTo(Agreement.MIDDLE_SAME);
            assertThat(reason(a, SAME_MIDDLE_NAME).explanation())
                    .isEqualTo("Middle name 'Aidan' is alike 'Aiden' on this record");
            assertThat(differences(a)).doesNotContain(DIFFERENT_MIDDLE_NAMES);
        }

        @Test
        void aMiddleNameOnOneRecordOnlyNeitherHelpsNorHurts() {
            Assessment a = assess(child("Ava", "Smith").dateOfBirth(BORN),
                    child("Ava Isabella", "Smith").dateOfBirth(BORN));

            assertThat(codes(a)).doesNotContain(SAME_MIDDLE_NAME);
            assertThat(differences(a)).doesNotContain(DIFFERENT_MIDDLE_NAMES);
            assertThat(a.result().score()).isEqualTo(p(Agreement.GIVEN_SAME, Agreement.FAMILY_SAME,
                    Agreement.DOB_SAME));
        }

        @Test
        void givenNamesInAnotherOrderAreNotMiddleNamesThatDiffer() {
            Assessment a = assess(child("Grace Ava", "Smith").dateOfBirth(BORN),
                    child("Ava Grace", "Smith").dateOfBirth(BORN));

            assertThat(reason(a, SAME_GIVEN_NAME).level()).isEqualTo(Agreement.GIVEN_AMONG);
            assertThat(codes(a)).contains(SAME_MIDDLE_NAME);
            assertThat(differences(a)).doesNotContain(DIFFERENT_MIDDLE_NAMES);
        }

        @Test
        void firstNamesThatDifferBesideASharedMiddleNameCountAgainstAMatch() {
            Assessment a = assess(child("Jack Thomas", "Smith").dateOfBirth(BORN),
                    child("Oliver Thomas", "Smith").dateOfBirth(BORN));

            assertThat(reason(a, SAME_GIVEN_NAME).level()).isEqualTo(Agreement.GIVEN_AMONG);
            assertThat(reason(a, DIFFERENT_MIDDLE_NAMES).explanation())
                    .isEqualTo("Other given names differ: 'Jack' and 'Oliver' on this record");
            assertThat(codes(a)).doesNotContain(SAME_MIDDLE_NAME);
        }

        @Test
        void middleNamesAreNotComparedWhenNoGivenNameMatches() {
            Assessment a = assess(child("Jack Thomas", "Smith").dateOfBirth(BORN),
                    child("Oliver Henry", "Smith").dateOfBirth(BORN));

            assertThat(differences(a)).contains(DIFFERENT_GIVEN_NAMES).doesNotContain(DIFFERENT_MIDDLE_NAMES);
            assertThat(codes(a)).doesNotContain(SAME_MIDDLE_NAME);
        }
    }

    @Nested
    class OtherNames {

        @Test
        void theFamilyNameMatchesAPreviousNameOnTheRecord() {
            Assessment a = assess(child("Jack", "Jones").dateOfBirth(BORN),
                    child("Jack", "Smith").otherNames("Jack Jones").dateOfBirth(BORN));

            assertThat(codes(a)).containsExactly(MATCHES_OTHER_NAME, SAME_GIVEN_NAME, SAME_DATE_OF_BIRTH);
            assertThat(reason(a, MATCHES_OTHER_NAME).explanation())
                    .isEqualTo("Family name matches other or previous name 'Jack Jones' on this record");
            assertThat(differences(a)).doesNotContain(DIFFERENT_FAMILY_NAME);
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void aPreviousNameGivenForTheNewChildMatchesTheRecordsFamilyName() {
            Assessment a = assess(child("Jack", "Jones").otherNames("Smith").dateOfBirth(BORN),
                    child("Jack", "Smyth").dateOfBirth(BORN));

            assertThat(reason(a, MATCHES_OTHER_NAME).explanation())
                    .isEqualTo("Other or previous name 'Smith' of this child matches family name 'Smyth'");
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void aKnownAsNameRecordedAsAnOtherNameMatchesTheGivenName() {
            Assessment a = assess(child("Zuzia", "Smith").dateOfBirth(BORN),
                    child("Zuzanna", "Smith").otherNames("Zuzia").dateOfBirth(BORN));

            assertThat(reason(a, MATCHES_OTHER_NAME).explanation())
                    .isEqualTo("Given name matches other or previous name 'Zuzia' on this record");
            assertThat(reason(a, MATCHES_OTHER_NAME).level()).isEqualTo(Agreement.GIVEN_OTHER_NAME);
            assertThat(differences(a)).doesNotContain(DIFFERENT_GIVEN_NAMES);
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void aChildRenamedAltogetherIsFoundThroughTheOtherNameAndTheBirthday() {
            Assessment a = assess(child("Anna", "Kouao").dateOfBirth(BORN),
                    child("Victoria", "Smith").otherNames("Anna Kouao").dateOfBirth(BORN));

            assertThat(codes(a)).containsExactly(MATCHES_OTHER_NAME, MATCHES_OTHER_NAME, SAME_DATE_OF_BIRTH);
            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_OTHER_NAME, Agreement.GIVEN_OTHER_NAME, Agreement.DOB_SAME));
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void unrelatedOtherNamesDoNothing() {
            Assessment a = assess(child("Jack", "Jones").dateOfBirth(BORN),
                    child("Jack", "Smith").otherNames("Jack Brown", "Taylor").dateOfBirth(BORN));

            assertThat(codes(a)).doesNotContain(MATCHES_OTHER_NAME);
            assertThat(differences(a)).contains(DIFFERENT_FAMILY_NAME);
        }

        @Test
        void aDirectMatchComesBeforeAnyOtherName() {
            Assessment a = assess(child("Jack", "Smith").dateOfBirth(BORN),
                    child("Jack", "Smith").otherNames("Jack Smith").dateOfBirth(BORN));

            assertThat(codes(a)).containsExactly(SAME_FAMILY_NAME, SAME_GIVEN_NAME, SAME_DATE_OF_BIRTH);
        }
    }

    @Nested
    class DatesOfBirth {

        Assessment bornOn(LocalDate mine, LocalDate theirs) {
            return assess(child("Jack", "Smith").dateOfBirth(mine), child("Jack", "Smith").dateOfBirth(theirs));
        }

        @Test
        void theSameDateOfBirth() {
            Assessment a = bornOn(BORN, BORN);

            assertThat(reason(a, SAME_DATE_OF_BIRTH).explanation()).isEqualTo("Same date of birth 04/03/2015");
            assertThat(reason(a, SAME_DATE_OF_BIRTH).level()).isEqualTo(Agreement.DOB_SAME);
        }

        @Test
        void dayAndMonthSwapped() {
            Assessment a = bornOn(BORN, LocalDate.of(2015, 4, 3));

            assertThat(codes(a)).containsExactly(SAME_FAMILY_NAME, SAME_GIVEN_NAME, DATE_OF_BIRTH_DAY_MONTH_SWAPPED);
            assertThat(reason(a, DATE_OF_BIRTH_DAY_MONTH_SWAPPED).explanation())
                    .isEqualTo("Date of birth 04/03/2015 could be 03/04/2015 with day and month swapped");
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void dayAndMonthSwappedButADifferentYearIsNotASwap() {
            Assessment a = bornOn(BORN, LocalDate.of(2017, 4, 3));

            assertThat(codes(a)).doesNotContain(DATE_OF_BIRTH_DAY_MONTH_SWAPPED);
            assertThat(differences(a)).contains(DIFFERENT_DATE_OF_BIRTH);
        }

        @Test
        void aDayAfterTheTwelfthCannotBeSwapped() {
            Assessment a = bornOn(LocalDate.of(2015, 3, 20), LocalDate.of(2015, 8, 3));

            assertThat(codes(a)).doesNotContain(DATE_OF_BIRTH_DAY_MONTH_SWAPPED, DATE_OF_BIRTH_CLOSE);
        }

        @ParameterizedTest(name = "{0} and {1}: {2}")
        @CsvSource(delimiter = '|', value = {
                "2015-03-04|2015-03-06|Date of birth 04/03/2015 is 2 days from 06/03/2015",
                "2015-03-04|2015-03-03|Date of birth 04/03/2015 is 1 day from 03/03/2015",
                "2015-02-28|2015-03-02|Date of birth 28/02/2015 is 2 days from 02/03/2015",
                "2015-03-04|2015-08-04|Date of birth 04/03/2015 differs by one digit from 04/08/2015",
                "2015-03-04|2016-03-04|Date of birth 04/03/2015 differs by one digit from 04/03/2016",
                "2015-03-14|2015-03-24|Date of birth 14/03/2015 differs by one digit from 24/03/2015",
                "2015-03-12|2015-03-21|Date of birth 12/03/2015 could be 21/03/2015 with two digits swapped",
                "2015-10-13|2015-01-13|Date of birth 13/10/2015 could be 13/01/2015 with two digits swapped",
                "2019-12-31|2020-12-31|Date of birth 31/12/2019 could be 31/12/2020 with the year one out"})
        void closeDates(LocalDate mine, LocalDate theirs, String explanation) {
            Assessment a = bornOn(mine, theirs);

            assertThat(reason(a, DATE_OF_BIRTH_CLOSE).explanation()).isEqualTo(explanation);
            assertThat(reason(a, DATE_OF_BIRTH_CLOSE).points()).isEqualTo(model.points(reason(a, DATE_OF_BIRTH_CLOSE).level()));
            // the same names and a close date are not enough on their own at national scale (many Jack Smiths are
            // born within a few digits of each other); with the same postcode they are
            assertThat(assess(child("Jack", "Smith").dateOfBirth(mine).postcode("NB1 1AA"),
                    child("Jack", "Smith").dateOfBirth(theirs).postcode("NB1 1AA")).flagged()).isTrue();
        }

        @ParameterizedTest(name = "{0} and {1}")
        @CsvSource({"2015-03-04,2015-03-11", "2015-03-04,2017-09-20", "2015-03-04,2015-05-06", "2015-03-04,2025-04-03"})
        void datesThatAreNotCloseAreADifference(LocalDate mine, LocalDate theirs) {
            Assessment a = bornOn(mine, theirs);

            assertThat(codes(a)).doesNotContain(SAME_DATE_OF_BIRTH, DATE_OF_BIRTH_CLOSE, DATE_OF_BIRTH_DAY_MONTH_SWAPPED);
            assertThat(reason(a, DIFFERENT_DATE_OF_BIRTH).level()).isEqualTo(Agreement.DOB_DIFFERENT);
        }

        @Test
        void theDifferenceNamesBothDates() {
            assertThat(reason(bornOn(BORN, LocalDate.of(2017, 9, 20)), DIFFERENT_DATE_OF_BIRTH).explanation())
                    .isEqualTo("Dates of birth differ: 04/03/2015 and 20/09/2017");
        }
    }

    @Nested
    class Postcodes {

        @Test
        void theSamePostcode() {
            Assessment a = assess(jackSmith(), child("Jack", "Smith").postcode("nb11aa"));

            assertThat(reason(a, SAME_POSTCODE).explanation()).isEqualTo("Same postcode NB1 1AA");
            assertThat(reason(a, SAME_POSTCODE).level()).isEqualTo(Agreement.POSTCODE_SAME);
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void theSamePostcodeDistrict() {
            Assessment a = assess(jackSmith(), child("Jack", "Smith").postcode("NB1 2BD"));

            assertThat(reason(a, SAME_POSTCODE_DISTRICT).explanation())
                    .isEqualTo("Same postcode district NB1 (NB1 1AA and NB1 2BD)");
            assertThat(reason(a, SAME_POSTCODE_DISTRICT).level()).isEqualTo(Agreement.POSTCODE_DISTRICT);
            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_SAME, Agreement.GIVEN_SAME, Agreement.POSTCODE_DISTRICT));
            // the same names in the same district, no date to compare: not enough (many Jack Smiths share a district)
            assertThat(a.flagged()).isFalse();
        }

        @Test
        void londonSubDistrictsShareTheirDistrict() {
            Assessment a = assess(child("Jack", "Smith").postcode("EC1A 1BB"), child("Jack", "Smith").postcode("EC1M 5RR"));

            assertThat(reason(a, SAME_POSTCODE_DISTRICT).explanation()).startsWith("Same postcode district EC1 ");
        }

        @Test
        void aDifferentDistrictIsOnlyAWeakDifferenceBecauseFamiliesMove() {
            Assessment a = assess(jackSmith(), child("Jack", "Smith").dateOfBirth(BORN).postcode("M1 1AE"));

            assertThat(codes(a)).doesNotContain(SAME_POSTCODE, SAME_POSTCODE_DISTRICT);
            assertThat(differences(a)).containsExactly(DIFFERENT_POSTCODE);
            assertThat(reason(a, DIFFERENT_POSTCODE).points()).isGreaterThan(-model.points(Agreement.DOB_SAME) / 2);
            assertThat(a.flagged()).isTrue();
        }
    }

    @Nested
    class TwinsAndUnbornBabies {

        @Test
        void twinsWithTheSameBirthdayAndPostcodeButUnlikeGivenNamesAreNotFlagged_aSecondRecordForOneChildNearlyAlwaysSharesAGivenNameOrListsItAsAnOtherName() {
            Assessment a = assess(child("Oliver", "Smith").dateOfBirth(BORN).postcode("NB1 1AA"),
                    child("Harry", "Smith").dateOfBirth(BORN).postcode("NB1 1AA"));

            assertThat(codes(a)).containsExactly(SAME_FAMILY_NAME, SAME_DATE_OF_BIRTH, SAME_POSTCODE);
            assertThat(differences(a)).containsExactly(DIFFERENT_GIVEN_NAMES);
            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_SAME, Agreement.DOB_SAME, Agreement.POSTCODE_SAME, Agreement.GIVEN_DIFFERENT));
            assertThat(a.flagged()).isFalse();
        }

        @Test
        void aTwinWithNoGivenNameYetIsFlagged_withoutNamesNothingTellsTheTwinsFromADuplicate() {
            Assessment a = assess(child(null, "Smith").dateOfBirth(BORN).postcode("NB1 1AA"),
                    child("Harry", "Smith").dateOfBirth(BORN).postcode("NB1 1AA"));

            assertThat(a.result().differences()).isEmpty();
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void twinsWithSoundAlikeGivenNamesAreFlagged_thePractitionerChecksThem() {
            Assessment a = assess(child("Aiden", "Smith").dateOfBirth(BORN), child("Aidan", "Smith").dateOfBirth(BORN));

            assertThat(a.flagged()).isTrue();
        }

        static final LocalDate DUE = LocalDate.of(2024, 5, 20);

        ChildParticulars.Builder unbornSmith() {
            return child(null, "Smith").expectedDateOfDelivery(DUE).postcode("NB1 1AA");
        }

        @Test
        void anUnbornBabyMatchesAnotherRecordOfTheSamePregnancyByExpectedDateFamilyNameAndPostcode() {
            Assessment a = assess(unbornSmith(),
                    child("Unborn baby", "Smith").expectedDateOfDelivery(DUE.plusDays(7)).postcode("NB1 1AA"));

            assertThat(codes(a)).containsExactly(SAME_FAMILY_NAME, EXPECTED_DATE_OF_DELIVERY_CLOSE, SAME_POSTCODE);
            assertThat(reason(a, EXPECTED_DATE_OF_DELIVERY_CLOSE).explanation())
                    .isEqualTo("Expected date of delivery 20/05/2024 is close to 27/05/2024 on this record");
            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_SAME, Agreement.EXPECTED_DATE_CLOSE, Agreement.POSTCODE_SAME));
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void theSameExpectedDate() {
            Assessment a = assess(unbornSmith(), child("Baby", "Smith").expectedDateOfDelivery(DUE));

            assertThat(reason(a, EXPECTED_DATE_OF_DELIVERY_CLOSE).explanation())
                    .isEqualTo("Same expected date of delivery 20/05/2024");
        }

        @Test
        void anUnbornBabyMatchesAChildAlreadyBornNearTheExpectedDate() {
            Assessment a = assess(unbornSmith(),
                    child("Ava", "Smith").dateOfBirth(LocalDate.of(2024, 5, 12)).postcode("NB1 1AA"));

            assertThat(reason(a, EXPECTED_DATE_OF_DELIVERY_CLOSE).explanation()).isEqualTo(
                    "Expected date of delivery 20/05/2024 is close to the date of birth 12/05/2024 on this record");
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void aBabyBornVeryEarlyStillMatchesItsUnbornRecordAtTheSamePostcode() {
            Assessment a = assess(child("Ava", "Smith").dateOfBirth(DUE.minusWeeks(16)).postcode("NB1 1AA"),
                    child("Unborn baby of Jane Smith", "Smith").expectedDateOfDelivery(DUE).postcode("NB1 1AA"));

            assertThat(reason(a, EXPECTED_DATE_OF_DELIVERY_CLOSE).explanation()).isEqualTo(
                    "Date of birth 29/01/2024 is close to the expected date of delivery 20/05/2024 on this record");
            assertThat(a.result().differences()).isEmpty();
            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_SAME, Agreement.EXPECTED_DATE_CLOSE, Agreement.POSTCODE_SAME));
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void aFamilyNameAndAnExpectedDateAloneAreNotEnough_manySmithsAreBornInAFiveMonthWindow() {
            Assessment a = assess(child("Ava", "Smith").dateOfBirth(DUE.minusWeeks(16)),
                    child(null, "Smith").expectedDateOfDelivery(DUE));

            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_SAME, Agreement.EXPECTED_DATE_CLOSE));
            assertThat(a.flagged()).isFalse();
        }

        @Test
        void anOlderSiblingAtTheSameAddressIsNotFlaggedAgainstAnUnbornBaby() {
            Assessment a = assess(unbornSmith(),
                    child("Ava", "Smith").dateOfBirth(LocalDate.of(2021, 2, 1)).postcode("NB1 1AA"));

            assertThat(reason(a, DIFFERENT_DATE_OF_BIRTH).explanation()).isEqualTo(
                    "Dates differ: expected date of delivery 20/05/2024 for this child, date of birth 01/02/2021 on this"
                            + " record");
            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_SAME, Agreement.POSTCODE_SAME, Agreement.DOB_DIFFERENT));
            assertThat(a.flagged()).isFalse();
        }

        @Test
        void anUnbornBabyWithNoDateIsFlaggedOnFamilyNameAndPostcode_nothingElseCanTellThemApart() {
            Assessment a = assess(child("Unborn baby of Jane Smith", "Smith").postcode("NB1 1AA"),
                    child(null, "Unborn baby of Jane Smith").postcode("NB1 1AA"));

            assertThat(codes(a)).containsExactly(SAME_FAMILY_NAME, SAME_POSTCODE);
            assertThat(a.result().score()).isEqualTo(p(Agreement.FAMILY_SAME, Agreement.POSTCODE_SAME));
            assertThat(a.flagged()).isTrue();
        }

        @Test
        void anUnbornBabyWithNamesAlreadyChosenMatchesOnNamesAndPostcode() {
            Assessment a = assess(child("Ava", "Smith").expectedDateOfDelivery(DUE).postcode("NB1 1AA"),
                    child("Ava", "Smith").postcode("NB1 1AA"));

            assertThat(codes(a)).containsExactly(SAME_FAMILY_NAME, SAME_GIVEN_NAME, SAME_POSTCODE);
            assertThat(a.flagged()).isTrue();
        }
    }

    @Nested
    class Results {

        final ChildParticulars exact = jackSmith().id(1L).build();
        final ChildParticulars smythTwoDaysOut = child("Jack", "Smyth").id(2L).dateOfBirth(BORN.plusDays(2))
                .postcode("NB1 1AA").build();
        final ChildParticulars swapped = child("Jack", "Smith").id(3L).dateOfBirth(LocalDate.of(2015, 4, 3)).build();
        final ChildParticulars sameNhsOnly = child("Oliver", "Brown").id(4L).dateOfBirth(LocalDate.of(2019, 8, 1))
                .nhsNumber(NHS).build();
        final ChildParticulars unrelated = child("Amira", "Khan").id(5L).dateOfBirth(LocalDate.of(2012, 11, 30))
                .postcode("M1 1AE").build();
        final ChildParticulars sameNameOtherBirthday = child("Jack", "Smith").id(6L)
                .dateOfBirth(LocalDate.of(2011, 9, 20)).postcode("NB1 1AA").build();
        final ChildParticulars newChild = jackSmith().nhsNumber(NHS).build();

        List<ChildParticulars> all() {
            return List.of(exact, smythTwoDaysOut, swapped, sameNhsOnly, unrelated, sameNameOtherBirthday);
        }

        @Test
        void sortedByScoreHighestFirstAndOnlyThoseFlagged() {
            List<PossibleDuplicate> found = matcher.findLikelyDuplicates(newChild,
                    List.of(swapped, unrelated, sameNhsOnly, smythTwoDaysOut));

            assertThat(found).extracting(PossibleDuplicate::candidateId).containsExactly(2L, 3L, 4L);
            assertThat(found).extracting(PossibleDuplicate::score).containsExactly(
                    p(Agreement.FAMILY_SIMILAR, Agreement.GIVEN_SAME, Agreement.DOB_DAYS_APART, Agreement.POSTCODE_SAME),
                    p(Agreement.FAMILY_SAME, Agreement.GIVEN_SAME, Agreement.DOB_DAY_MONTH_SWAPPED),
                    p(Agreement.NHS_SAME, Agreement.FAMILY_DIFFERENT, Agreement.GIVEN_DIFFERENT, Agreement.DOB_DIFFERENT));
            assertThat(found.get(0).reasons()).extracting(MatchReason::code)
                    .containsExactly(SIMILAR_FAMILY_NAME, SAME_GIVEN_NAME, DATE_OF_BIRTH_CLOSE, SAME_POSTCODE);
        }

        @Test
        void aCandidateFarWeakerThanTheBestIsLeftOutUnlessItSharesAnIdentifier() {
            List<PossibleDuplicate> found = matcher.findLikelyDuplicates(newChild, all());

            int best = p(Agreement.FAMILY_SAME, Agreement.GIVEN_SAME, Agreement.DOB_SAME, Agreement.POSTCODE_SAME);
            assertThat(matcher.compare(newChild, swapped)).isPresent();
            assertThat(matcher.compare(newChild, swapped).orElseThrow().score())
                    .isLessThanOrEqualTo(best - DuplicateMatcher.MUCH_STRONGER);
            assertThat(found).extracting(PossibleDuplicate::candidateId).containsExactly(1L, 2L, 4L);
            assertThat(found.get(0).score()).isEqualTo(best);
            assertThat(found.get(2).score()).isLessThan(best - DuplicateMatcher.MUCH_STRONGER);
        }

        @Test
        void equalScoresAreOrderedByRecordId() {
            List<PossibleDuplicate> found = matcher.findLikelyDuplicates(newChild,
                    List.of(jackSmith().id(9L).build(), jackSmith().id(7L).build(), jackSmith().build()));

            assertThat(found).extracting(PossibleDuplicate::candidateId).containsExactly(7L, 9L, null);
        }

        @Test
        void theSameInputGivesTheSameResultWhateverTheOrderOfCandidates() {
            List<PossibleDuplicate> first = matcher.findLikelyDuplicates(newChild, all());
            for (long seed = 1; seed <= 20; seed++) {
                List<ChildParticulars> shuffled = new ArrayList<>(all());
                Collections.shuffle(shuffled, new Random(seed));

                assertThat(matcher.findLikelyDuplicates(newChild, shuffled)).isEqualTo(first);
                assertThat(new DuplicateMatcher().findLikelyDuplicates(newChild, shuffled)).isEqualTo(first);
            }
        }

        @Test
        void theChildItselfIsLeftOutAndNullsAreIgnored() {
            ChildParticulars existing = jackSmith().id(1L).build();

            assertThat(matcher.findLikelyDuplicates(existing, Arrays.asList(existing, null, smythTwoDaysOut)))
                    .extracting(PossibleDuplicate::candidateId).containsExactly(2L);
        }

        @Test
        void noCandidatesNoDuplicates() {
            assertThat(matcher.findLikelyDuplicates(newChild, List.of())).isEmpty();
        }

        @Test
        void theResultCarriesTheCandidateAndJsfGetters() {
            PossibleDuplicate duplicate = matcher.compare(newChild, swapped).orElseThrow();

            assertThat(duplicate.getCandidate()).isSameAs(swapped);
            assertThat(duplicate.getCandidateId()).isEqualTo(3L);
            assertThat(duplicate.getScore()).isEqualTo(
                    p(Agreement.FAMILY_SAME, Agreement.GIVEN_SAME, Agreement.DOB_DAY_MONTH_SWAPPED));
            assertThat(duplicate.has(DATE_OF_BIRTH_DAY_MONTH_SWAPPED)).isTrue();
            assertThat(duplicate.has(SAME_POSTCODE)).isFalse();
            MatchReason reason = duplicate.getReasons().get(2);
            assertThat(reason.getCode()).isEqualTo("DATE_OF_BIRTH_DAY_MONTH_SWAPPED");
            assertThat(reason.getExplanation()).isEqualTo(reason.explanation());
            assertThat(reason.getPoints()).isEqualTo(model.points(Agreement.DOB_DAY_MONTH_SWAPPED));
            assertThat(duplicate.getDifferences()).isEmpty();
        }

        @Test
        void aHigherLocalThresholdFlagsFewerButStillEverySharedIdentifier() {
            DuplicateMatcher strict = new DuplicateMatcher(300);

            assertThat(strict.threshold()).isEqualTo(300);
            assertThat(strict.findLikelyDuplicates(newChild, all())).extracting(PossibleDuplicate::candidateId)
                    .containsExactly(1L, 4L);
        }

        @Test
        void theThresholdMustBePositive() {
            assertThatThrownBy(() -> new DuplicateMatcher(0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(new DuplicateMatcher().threshold()).isEqualTo(DuplicateMatcher.DEFAULT_THRESHOLD);
        }

        @Test
        void scoresAreTheSameWhicheverRecordIsNew() {
            List<ChildParticulars> corpus = MatchingCorpus.children();
            for (ChildParticulars a : corpus) {
                for (ChildParticulars b : corpus) {
                    Assessment ab = matcher.assess(a, b);
                    Assessment ba = matcher.assess(b, a);
                    String pair = MatchingCorpus.describe(a) + " / " + MatchingCorpus.describe(b);
                    assertThat(ab.result().score()).as(pair).isEqualTo(ba.result().score());
                    assertThat(ab.flagged()).as(pair).isEqualTo(ba.flagged());
                }
            }
        }
    }

    @Test
    void typedNamesMatchTheChildsOwnNamesInAnyOrderButNotOnlyAPreviousName() {
        ChildParticulars amelia = child("Amelia Rose", "Nowak").otherNames("Kayla Smith").dateOfBirth(BORN).build();
        assertThat(matcher.typedNamesMatch("Amelia Nowak", amelia)).isTrue();
        assertThat(matcher.typedNamesMatch("nowak amelia", amelia)).isTrue();
        assertThat(matcher.typedNamesMatch("Nowak", amelia)).isTrue();
        // found through the name she no longer uses: not by her own names
        assertThat(matcher.typedNamesMatch("Kayla Smith", amelia)).isFalse();
        assertThat(matcher.typedNamesMatch("Kayla", amelia)).isFalse();
        assertThat(matcher.typedNamesMatch("Jack Brown", amelia)).isFalse();
        assertThat(matcher.typedNamesMatch("  ", amelia)).isFalse();
    }
}
