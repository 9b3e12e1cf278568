package org.ecaf.domain.child.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Comparing particulars prepared once (as the bulk import does) flags exactly the pairs, with the same score and
 * reasons, that the full comparison flags, although it skips the names of pairs whose identifiers, dates and
 * postcodes already rule a flag out.
 */
class PreparedComparisonTest {

    private final DuplicateMatcher matcher = new DuplicateMatcher();

    @Test
    void preparedComparisonsFlagExactlyWhatTheFullComparisonFlags() {
        List<ChildParticulars> records = records();
        List<DuplicateMatcher.Prepared> prepared = records.stream().map(matcher::prepare).toList();

        int flagged = 0;
        int notFlagged = 0;
        for (int a = 0; a < records.size(); a++) {
            for (int b = 0; b < records.size(); b++) {
                if (a == b) {
                    continue;
                }
                Optional<PossibleDuplicate> full = matcher.compare(records.get(a), records.get(b));
                Optional<PossibleDuplicate> fast = matcher.compare(prepared.get(a), prepared.get(b));
                assertThat(fast.isPresent()).as("%s / %s", records.get(a), records.get(b))
                        .isEqualTo(full.isPresent());
                if (full.isPresent()) {
                    flagged++;
                    assertThat(fast.get().score()).isEqualTo(full.get().score());
                    assertThat(fast.get().reasons()).isEqualTo(full.get().reasons());
                } else {
                    notFlagged++;
                }
            }
        }
        // both outcomes are well represented among the pairs
        assertThat(flagged).isGreaterThan(1_000);
        assertThat(notFlagged).isGreaterThan(10_000);
    }

    @Test
    void theCheckShowsWhatTheFullComparisonFlags_bestFirst_withoutCandidatesFarWeakerThanTheBest() {
        List<ChildParticulars> records = records();
        for (ChildParticulars child : records) {
            List<ChildParticulars> others = records.stream().filter(r -> r != child).toList();
            List<PossibleDuplicate> expected = new ArrayList<>(others.stream()
                    .map(other -> matcher.assess(child, other)).filter(DuplicateMatcher.Assessment::flagged)
                    .map(DuplicateMatcher.Assessment::result).sorted(DuplicateMatcher.ORDER).toList());
            if (!expected.isEmpty()) {
                int best = expected.get(0).score();
                expected.removeIf(d -> d.score() <= best - DuplicateMatcher.MUCH_STRONGER
                        && !d.has(MatchReasonCode.SAME_NHS_NUMBER) && !d.has(MatchReasonCode.SAME_UPN));
            }

            assertThat(matcher.findLikelyDuplicates(child, others)).as("%s", child).isEqualTo(expected);
        }
    }

    /** Records with names, dates, postcodes and NHS numbers the same, alike, swapped, close and different. */
    static List<ChildParticulars> records() {
        List<ChildParticulars> records = new ArrayList<>();
        long id = 1;
        String[][] names = {{"Elizabeth", "Nowak"}, {"Beth", "Nowak"}, {"Elizabth", "Nowack"}, {"Nowak", "Elizabeth"},
            {"Olivia", "Nowak"}, {"Elizabeth", "Smith"}, {"Eliza Jane", "Nowak-Smith"}};
        LocalDate[] dates = {LocalDate.of(2015, 3, 4), LocalDate.of(2015, 4, 3), LocalDate.of(2015, 3, 6),
            LocalDate.of(2016, 3, 4), LocalDate.of(2011, 7, 9), null};
        String[] postcodes = {"NB1 1AA", "NB1 2BB", "M1 1AE", null};
        String[] nhsNumbers = {null, "9434765919", "4010232137"};
        for (String[] name : names) {
            for (LocalDate date : dates) {
                for (String postcode : postcodes) {
                    String nhs = nhsNumbers[(int) (id % nhsNumbers.length)];
                    records.add(ChildParticulars.builder().id(id++).givenNames(name[0]).familyName(name[1])
                            .dateOfBirth(date).expectedDateOfDelivery(date == null ? LocalDate.of(2026, 12, 1) : null)
                            .postcode(postcode).nhsNumber(nhs).otherNames(id % 5 == 0 ? List.of("Lisa") : List.of())
                            .build());
                }
            }
        }
        return records;
    }
}
