package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Names weighed by how common they are in the register (term frequencies): the same evidence on a rare name counts
 * for more than on a common one, within the caps; without frequencies the matcher scores as before.
 */
class NameFrequenciesTest {

    private static final LocalDate BORN = LocalDate.of(2015, 3, 4);

    /**
     * A register of 1,000,000 children: 200,000 Olivia Smiths (a very common pair), 40,000 Olivias and 40,000 Smiths
     * in other pairs, and one Zygmunt Wiśniewski.
     */
    private static NameFrequencies register() {
        return NameFrequencies.builder()
                .add("Olivia", "Smith", 200_000)
                .add("Olivia", "Jones", 40_000)
                .add("Amelia", "Smith", 40_000)
                .add("Zygmunt", "Wiśniewski", 1)
                .add("Jack", "Brown", 719_999)
                .count(1_000_000)
                .build();
    }

    private static ChildParticulars child(Long id, String given, String family, String postcode) {
        return ChildParticulars.builder().id(id).givenNames(given).familyName(family).dateOfBirth(BORN)
                .postcode(postcode).build();
    }

    private final DuplicateMatcher plain = new DuplicateMatcher();
    private final DuplicateMatcher weighed = new DuplicateMatcher(LinkageModel.standard(), register());

    @Test
    void theSameEvidenceOnARareNameScoresHigherThanOnACommonOne() {
        // same names and birthday, another postcode: the evidence of a namesake, or of the child after a move
        int rare = weighed.score(child(null, "Zygmunt", "Wiśniewski", "M1 1AE"),
                child(1L, "Zygmunt", "Wiśniewski", "NB1 1AA")).score();
        int common = weighed.score(child(null, "Olivia", "Smith", "M1 1AE"),
                child(2L, "Olivia", "Smith", "NB1 1AA")).score();
        int average = plain.score(child(null, "Olivia", "Smith", "M1 1AE"), child(2L, "Olivia", "Smith", "NB1 1AA"))
                .score();

        assertThat(rare).isGreaterThan(average).isGreaterThan(common);
        // within the caps: a name rarer or commoner than the average moves the score by at most three bits
        assertThat(rare - average).isEqualTo(DuplicateMatcher.MOST_RARER);
        assertThat(average - common).isLessThanOrEqualTo(DuplicateMatcher.MOST_COMMONER).isPositive();
        // and the pair is flagged for the rare name, not for the common one
        assertThat(weighed.compare(child(null, "Zygmunt", "Wiśniewski", "M1 1AE"),
                child(1L, "Zygmunt", "Wiśniewski", "NB1 1AA"))).isPresent();
        assertThat(weighed.compare(child(null, "Olivia", "Smith", "M1 1AE"), child(2L, "Olivia", "Smith", "NB1 1AA")))
                .isEmpty();
    }

    @Test
    void theReasonsSayWhenANameIsRareOrCommon() {
        PossibleDuplicate rare = weighed.score(child(null, "Zygmunt", "Wiśniewski", "M1 1AE"),
                child(1L, "Zygmunt", "Wiśniewski", "NB1 1AA"));
        PossibleDuplicate common = weighed.score(child(null, "Olivia", "Smith", "M1 1AE"),
                child(2L, "Olivia", "Smith", "NB1 1AA"));

        assertThat(rare.reasons()).extracting(MatchReason::explanation)
                .contains("Same family name (a rare name)", "Same given name (a rare name)");
        assertThat(common.reasons()).extracting(MatchReason::explanation).anyMatch(e -> e.endsWith("(a common name)"));
    }

    @Test
    void namesThatGoTogetherAreWeighedAsAPair() {
        // Ling and Li are each rare in this register, but every Ling is a Li: the pair is no rarer than either name
        NameFrequencies lings = NameFrequencies.builder().add("Ling", "Li", 100).add("Jack", "Brown", 999_900)
                .count(1_000_000).build();
        ChildParticulars probe = child(null, "Ling", "Li", "M1 1AE");
        ChildParticulars namesake = child(2L, "Ling", "Li", "NB1 1AA");
        int average = plain.score(probe, namesake).score();
        int separately = new DuplicateMatcher(LinkageModel.standard(), lings, DuplicateMatcher.MOST_RARER,
                DuplicateMatcher.MOST_COMMONER, false).score(probe, namesake).score();
        int together = new DuplicateMatcher(LinkageModel.standard(), lings).score(probe, namesake).score();

        assertThat(separately - average).isEqualTo(2 * DuplicateMatcher.MOST_RARER);
        assertThat(together - average).isPositive().isLessThan(DuplicateMatcher.MOST_RARER);
    }

    @Test
    void aSpellingAlikeIsWeighedByTheCommonerOfTheTwo() {
        // "Olivai" is in no record, but matches the common Olivia: no rarity for the typo
        int typo = weighed.score(child(null, "Olivai", "Smith", "M1 1AE"), child(2L, "Olivia", "Smith", "NB1 1AA"))
                .score();
        int before = plain.score(child(null, "Olivai", "Smith", "M1 1AE"), child(2L, "Olivia", "Smith", "NB1 1AA"))
                .score();

        assertThat(typo).isLessThan(before);
    }

    @Test
    void withoutFrequencies_orWithTooFewChildren_theScoresAreTheOldOnes() {
        NameFrequencies few = NameFrequencies.builder().add("Zygmunt", "Wiśniewski", 1).count(999).build();
        assertThat(NameFrequencies.NONE.isKnown()).isFalse();
        assertThat(few.isKnown()).isFalse();
        List<ChildParticulars> records = PreparedComparisonTest.records();
        for (DuplicateMatcher matcher : List.of(new DuplicateMatcher(LinkageModel.standard(), NameFrequencies.NONE),
                new DuplicateMatcher(LinkageModel.standard(), few), plain.withFrequencies(NameFrequencies.NONE))) {
            for (ChildParticulars a : records) {
                for (ChildParticulars b : records) {
                    assertThat(matcher.score(a, b)).isEqualTo(plain.score(a, b));
                }
            }
        }
    }

    @Test
    void preparedComparisonsWithFrequenciesFlagExactlyWhatTheFullComparisonFlags() {
        List<ChildParticulars> records = PreparedComparisonTest.records();
        NameFrequencies.Builder counted = NameFrequencies.builder();
        // a register where some of these names are common and some rare
        for (ChildParticulars r : records) {
            counted.add(r.givenNames(), r.familyName(), r.familyName().equals("Nowak") ? 300 : 2);
        }
        DuplicateMatcher matcher = new DuplicateMatcher(LinkageModel.standard(), counted.count(20_000).build());
        List<DuplicateMatcher.Prepared> prepared = records.stream().map(matcher::prepare).toList();
        int flagged = 0;
        for (int a = 0; a < records.size(); a++) {
            for (int b = 0; b < records.size(); b++) {
                if (a == b) {
                    continue;
                }
                Optional<PossibleDuplicate> full = matcher.compare(records.get(a), records.get(b));
                Optional<PossibleDuplicate> fast = matcher.compare(prepared.get(a), prepared.get(b));
                assertThat(fast).as("%s / %s", records.get(a), records.get(b)).isEqualTo(full);
                flagged += full.isPresent() ? 1 : 0;
            }
        }
        assertThat(flagged).isGreaterThan(1_000);
        // and the check shows them best first, as with the model's average weights
        List<ChildParticulars> others = new ArrayList<>(records.subList(1, records.size()));
        assertThat(matcher.findLikelyDuplicates(records.get(0), others)).isSortedAccordingTo(DuplicateMatcher.ORDER);
    }
}
