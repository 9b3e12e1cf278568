package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeysTest {

    static final LocalDate BORN = LocalDate.of(2015, 3, 4);

    static MatchKeys keys(String given, String family) {
        return MatchKeys.of(ChildParticulars.builder().givenNames(given).familyName(family).build());
    }

    @Test
    void keysOfAFullRecord() {
        MatchKeys keys = MatchKeys.of(ChildParticulars.builder().givenNames("Zoë Ann").familyName("Nguyễn-Smith")
                .dateOfBirth(BORN).postcode("sw1a 1aa").nhsNumber("943 476 5919").upn("B801200005001").build());

        assertThat(keys).isEqualTo(new MatchKeys("NKN", "S", BORN, "SW1", "9434765919", "B801200005001"));
        assertThat(keys.getFamilyNameKey()).isEqualTo("NKN");
        assertThat(keys.getGivenNameKey()).isEqualTo("S");
        assertThat(keys.getBirthDate()).isEqualTo(BORN);
        assertThat(keys.birthYear()).isEqualTo(2015);
        assertThat(keys.getPostcodeDistrict()).isEqualTo("SW1");
        assertThat(keys.getNhsNumber()).isEqualTo("9434765919");
        assertThat(keys.getUpn()).isEqualTo("B801200005001");
    }

    @Test
    void nothingKnownGivesNoKeys() {
        assertThat(MatchKeys.of(ChildParticulars.builder().build()))
                .isEqualTo(new MatchKeys(null, null, null, null, null, null));
    }

    @Test
    void anUnbornBabyHasTheYearOfItsExpectedDateAndNoGivenNameKey() {
        MatchKeys keys = MatchKeys.of(ChildParticulars.builder().givenNames("Unborn baby of Jane Smith")
                .familyName("Smith").expectedDateOfDelivery(LocalDate.of(2024, 5, 20)).build());

        assertThat(keys.birthDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(keys.givenNameKey()).isNull();
        assertThat(keys.familyNameKey()).isEqualTo("SM0");
    }

    @Test
    void theDateOfBirthWinsOverTheExpectedDate() {
        MatchKeys keys = MatchKeys.of(ChildParticulars.builder().dateOfBirth(LocalDate.of(2024, 12, 30))
                .expectedDateOfDelivery(LocalDate.of(2025, 1, 3)).build());

        assertThat(keys.birthDate()).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @ParameterizedTest(name = "{0} and {1} share a family name key")
    @CsvSource(delimiter = '|', value = {"Smith|Smyth", "Smith|SMITH", "Nguyen|Nguyễn", "O'Neill|O Neill",
            "O'Neill|ONeill", "McDonald|Mc Donald", "Smith-Jones|Smith", "Smith Jones|Smith-Jones", "Brown|Braun"})
    void soundAlikeFamilyNamesShareAKey(String a, String b) {
        assertThat(keys(null, a).familyNameKey()).isNotNull().isEqualTo(keys(null, b).familyNameKey());
    }

    @ParameterizedTest(name = "{0} and {1} share a given name key")
    @CsvSource(delimiter = '|', value = {"Mohammed|Muhammad", "Mohammed|Mohamed", "Katie|Katy", "Aiden|Aidan",
            "Jon|John", "Zoë|Zoe", "Siobhán|Siobhan", "Łucja|Lucja", "Jack Thomas|Jack"})
    void soundAlikeGivenNamesShareAKey(String a, String b) {
        assertThat(keys(a, null).givenNameKey()).isNotNull().isEqualTo(keys(b, null).givenNameKey());
    }

    @Test
    void keysAreShortEnoughForANarrowColumn() {
        assertThat(keys("Maximiliana", "Featherstonehaugh").familyNameKey()).hasSizeLessThanOrEqualTo(4);
        assertThat(keys("Maximiliana", "Featherstonehaugh").givenNameKey()).hasSizeLessThanOrEqualTo(4);
        assertThat(keys("Александра", "Константинопольская").familyNameKey()).hasSize(16);
    }

    @Test
    void eachLineOfTheCandidateQuery() {
        MatchKeys mine = new MatchKeys("SM0", "JK", BORN, "NB1", "9434765919", "B801200005001");

        assertThat(mine.mayMatch(new MatchKeys(null, null, null, null, "9434765919", null))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys(null, null, null, null, null, "B801200005001"))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys("SM0", null, date(1990, 1, 1), null, null, null))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys("PRN", null, date(2015, 3, 7), null, null, null))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys("PRN", null, date(2015, 3, 1), null, null, null))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys("PRN", null, date(2015, 3, 19), null, null, null))).isFalse();
        assertThat(mine.mayMatch(new MatchKeys("PRN", null, date(2015, 8, 4), null, null, null))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys("PRN", null, date(2015, 4, 3), null, null, null))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys("PRN", "JK", date(2016, 12, 31), null, null, null))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys("PRN", "JK", null, null, null, null))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys("PRN", "JK", date(2017, 1, 1), null, null, null))).isFalse();
        assertThat(mine.mayMatch(new MatchKeys("PRN", "ALFR", date(2014, 1, 1), "NB1", null, null))).isTrue();
        assertThat(mine.mayMatch(new MatchKeys("PRN", "ALFR", date(2013, 12, 31), "NB1", null, null))).isFalse();
        assertThat(mine.mayMatch(new MatchKeys("PRN", "ALFR", BORN.plusDays(15), "M1", "4857773457", null))).isFalse();
    }

    @Test
    void theQueryParameters() {
        MatchKeys mine = new MatchKeys(null, null, BORN, null, null, null);

        assertThat(mine.birthYearsFrom()).isEqualTo(date(2014, 1, 1));
        assertThat(mine.birthYearsTo()).isEqualTo(date(2016, 12, 31));
        assertThat(mine.nearBirthDates()).isSorted().doesNotHaveDuplicates()
                .contains(BORN, date(2015, 3, 1), date(2015, 3, 7), date(2015, 4, 3), date(2014, 3, 4),
                        date(2016, 3, 4), date(2015, 8, 4), date(2015, 3, 14), date(2025, 3, 4), date(2015, 3, 24))
                .doesNotContain(date(2015, 3, 19), date(2015, 2, 28), date(2017, 3, 5));
        assertThat(mine.nearBirthDates().size()).isLessThanOrEqualTo(80);
        MatchKeys unknown = new MatchKeys(null, null, null, null, null, null);
        assertThat(unknown.birthYear()).isNull();
        assertThat(unknown.nearBirthDates()).isEmpty();
        assertThat(unknown.birthYearsFrom()).isNull();
        assertThat(unknown.birthYearsTo()).isNull();
    }

    @Test
    void nearBirthDatesAreExactlyTheDatesTheMatcherCallsTheSameSwappedOrClose() {
        DuplicateMatcher matcher = new DuplicateMatcher();
        LocalDate[] births = {BORN, date(2016, 2, 29), date(2019, 12, 31), date(2015, 10, 13), date(2012, 11, 11)};
        for (LocalDate born : births) {
            List<LocalDate> near = new MatchKeys(null, null, born, null, null, null).nearBirthDates();
            ChildParticulars mine = ChildParticulars.builder().dateOfBirth(born).build();
            for (LocalDate other = born.minusYears(12); other.isBefore(born.plusYears(12)); other = other.plusDays(1)) {
                ChildParticulars theirs = ChildParticulars.builder().dateOfBirth(other).build();
                boolean dateEvidence = matcher.assess(mine, theirs).result().reasons().stream()
                        .anyMatch(r -> r.code().aspect() == MatchReasonCode.Aspect.DATE);
                assertThat(near.contains(other)).as("%s and %s", born, other).isEqualTo(dateEvidence);
                assertThat(DateCloseness.of(other, born)).isEqualTo(DateCloseness.of(born, other));
            }
        }
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void unknownKeysNeverMatchEachOther() {
        MatchKeys nothing = new MatchKeys(null, null, null, null, null, null);

        assertThat(nothing.mayMatch(nothing)).isFalse();
        assertThat(new MatchKeys(null, null, null, "NB1", null, null)
                .mayMatch(new MatchKeys(null, null, null, "M1", null, null))).isFalse();
    }

    @Test
    void theCandidateQueryFetchesEveryPairTheMatcherFlagsInTheCorpusButTheDocumentedKinds() {
        DuplicateMatcher matcher = new DuplicateMatcher();
        List<ChildParticulars> corpus = MatchingCorpus.children();
        int flagged = 0;
        int missed = 0;
        Map<ChildParticulars, MatchKeys> keys = new HashMap<>();
        corpus.forEach(child -> keys.put(child, MatchKeys.of(child)));
        for (ChildParticulars newChild : corpus) {
            MatchKeys mine = keys.get(newChild);
            for (ChildParticulars stored : corpus) {
                DuplicateMatcher.Assessment assessment = matcher.assess(newChild, stored);
                if (!assessment.flagged()) {
                    continue;
                }
                flagged++;
                MatchKeys theirs = keys.get(stored);
                if (!mine.mayMatch(theirs)) {
                    missed++;
                    assertThat(isDocumentedMiss(assessment, mine, theirs))
                            .as("%s / %s", MatchingCorpus.describe(newChild), MatchingCorpus.describe(stored))
                            .isTrue();
                }
            }
        }
        assertThat(flagged).as("the corpus exercises the property").isGreaterThan(500);
        // In this deliberately awkward corpus (shared other names, hyphen parts, misspelt first letters) the
        // misses all score exactly the threshold; they must stay rare.
        assertThat(missed).as("documented misses are rare").isLessThan(flagged / 50);
    }

    /** The two kinds of miss the Javadoc of {@link MatchKeys} admits. */
    private static boolean isDocumentedMiss(DuplicateMatcher.Assessment assessment, MatchKeys mine, MatchKeys theirs) {
        List<MatchReasonCode> codes = assessment.result().reasons().stream().map(MatchReason::code).toList();
        boolean closeBirth = codes.contains(MatchReasonCode.SAME_DATE_OF_BIRTH)
                || codes.contains(MatchReasonCode.DATE_OF_BIRTH_DAY_MONTH_SWAPPED)
                || codes.contains(MatchReasonCode.DATE_OF_BIRTH_CLOSE);
        boolean expected = codes.contains(MatchReasonCode.EXPECTED_DATE_OF_DELIVERY_CLOSE);
        boolean identifier = codes.contains(MatchReasonCode.SAME_NHS_NUMBER) || codes.contains(MatchReasonCode.SAME_UPN);
        boolean familyKeysDiffer = !Objects.equals(mine.familyNameKey(), theirs.familyNameKey())
                || mine.familyNameKey() == null;
        boolean givenKeysAgree = mine.givenNameKey() != null && mine.givenNameKey().equals(theirs.givenNameKey());
        boolean districtsAgree = mine.postcodeDistrict() != null
                && mine.postcodeDistrict().equals(theirs.postcodeDistrict());
        boolean yearsApart = mine.birthDate() != null && theirs.birthDate() != null
                && Math.abs(mine.birthDate().getYear() - theirs.birthDate().getYear()) >= 2;
        if (identifier || closeBirth || !familyKeysDiffer) {
            return false;
        }
        return expected ? !givenKeysAgree && !districtsAgree : districtsAgree && yearsApart;
    }

    @Test
    void theDocumentedMiss_aMisspeltFirstLetterAndADateOfBirthYearsOut() {
        ChildParticulars newChild = ChildParticulars.builder().givenNames("Jack").familyName("Snith")
                .dateOfBirth(BORN).postcode("NB1 1AA").build();
        ChildParticulars stored = ChildParticulars.builder().givenNames("Jack").familyName("Smith")
                .dateOfBirth(LocalDate.of(2011, 9, 20)).postcode("NB1 1AA").build();

        assertThat(new DuplicateMatcher().compare(newChild, stored)).isPresent();
        assertThat(MatchKeys.of(newChild).mayMatch(MatchKeys.of(stored))).isFalse();
    }
}
