package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The stored and probe keys meet for every kind of corruption the duplicate check must survive. */
class BlockingKeysTest {

    static final ChildParticulars STORED = ChildParticulars.builder().givenNames("Elizabeth Grace")
            .familyName("Nowak-Smith").dateOfBirth(LocalDate.of(2015, 3, 4)).postcode("NB1 1AA").build();

    static boolean meet(ChildParticulars probe) {
        Set<String> stored = BlockingKeys.stored(STORED).keySet();
        return BlockingKeys.probe(probe).stream().anyMatch(stored::contains);
    }

    static ChildParticulars.Builder like() {
        return ChildParticulars.builder().givenNames("Elizabeth").familyName("Nowak-Smith")
                .dateOfBirth(LocalDate.of(2015, 3, 4)).postcode("NB1 1AA");
    }

    @Test
    void everyCorruptionOfTheIssueStillSharesAKey() {
        assertThat(meet(like().givenNames("Beth").build())).as("nickname").isTrue();
        assertThat(meet(like().givenNames("Nowak").familyName("Elizabeth").build())).as("swapped").isTrue();
        assertThat(meet(like().familyName("Smith").build())).as("shortened double-barrelled").isTrue();
        assertThat(meet(like().dateOfBirth(LocalDate.of(2015, 4, 3)).postcode("M1 1AE").build()))
                .as("day and month swapped, moved").isTrue();
        assertThat(meet(like().dateOfBirth(LocalDate.of(2016, 3, 4)).postcode((String) null).build()))
                .as("year one out, no postcode").isTrue();
        assertThat(meet(like().givenNames("Elisabeth").familyName("Nowack-Smith").build())).as("typos").isTrue();
    }

    @Test
    void keysAreSelective_aStrangerWithAnotherNameAndDateSharesNone() {
        assertThat(meet(ChildParticulars.builder().givenNames("Oliver").familyName("Brown")
                .dateOfBirth(LocalDate.of(2012, 8, 1)).postcode("NB1 1AA").build())).isFalse();
        assertThat(BlockingKeys.stored(STORED).keySet().stream().map(k -> k.substring(0, 1))
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("Y", "D", "P", "S");
    }

    @Test
    void searchKeysTakeWordsInAnyOrderAndIgnoreWildcards() {
        Set<String> stored = BlockingKeys.stored(STORED).keySet();
        assertThat(BlockingKeys.search("smith beth", null, 2026)).anyMatch(stored::contains);
        assertThat(BlockingKeys.search("%", null, 2026)).isEmpty();
        assertThat(BlockingKeys.search("n%w_k", LocalDate.of(2015, 3, 4), 2026)).noneMatch(stored::contains);
    }

    @Test
    void aNameMisspeltOutOfItsSoundMissesEveryPairButEachNameByItselfStillMeetsTheRecord() {
        Set<String> stored = BlockingKeys.stored(STORED).keySet();
        // "Elixabeth" does not sound like Elizabeth (Double Metaphone ALSP / ALSB), so no pair of names meets
        assertThat(BlockingKeys.search("Elixabeth Nowak-Smith", null, 2026)).noneMatch(stored::contains);
        assertThat(BlockingKeys.searchEachName("Elixabeth Nowak-Smith")).anyMatch(stored::contains)
                .allMatch(key -> key.startsWith("S|"));
        assertThat(BlockingKeys.searchEachName("% _")).isEmpty();
    }

    @Test
    void theHashIsStableAndSpreadsKeys() {
        assertThat(BlockingKeys.hash("D|NK|2015-03-04")).isEqualTo(BlockingKeys.hash("D|NK|2015-03-04"));
        assertThat(BlockingKeys.hash("D|NK|2015-03-04")).isNotEqualTo(BlockingKeys.hash("D|NK|2015-03-05"));
    }
}
