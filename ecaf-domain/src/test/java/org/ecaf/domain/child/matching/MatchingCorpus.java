package org.ecaf.domain.child.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fixed, pseudo-randomly drawn set of children built from spelling variants, typos, near dates and nearby
 * postcodes, for properties that must hold over every pair (symmetry of scores, the candidate query fetching
 * everything the matcher flags).
 */
final class MatchingCorpus {

    private static final String[] GIVEN = {"Jack", "Jak", "Jake", "Oliver", "Katie", "Katy", null, "Jack Thomas",
            "Thomas", "Zoë", "Zoe", "Mohammed", "Muhammad"};
    private static final String[] FAMILY = {"Smith", "Smyth", "Snith", "Smith-Jones", "Jones", "O'Neill", "O Neill",
            "Nguyễn", "Nguyen", "Brown"};
    private static final LocalDate BORN = LocalDate.of(2015, 3, 4);
    private static final LocalDate[] BIRTHS = {BORN, LocalDate.of(2015, 4, 3), BORN.plusDays(2), BORN.plusYears(1),
            LocalDate.of(2017, 9, 20), null, null};
    private static final String[] POSTCODES = {"NB1 1AA", "NB1 2BD", "M1 1AE", null};
    private static final String[][] OTHER_NAMES = {{}, {}, {}, {"Jack Jones"}, {"Brown"}};

    private MatchingCorpus() {
    }

    static List<ChildParticulars> children() {
        Random random = new Random(20240520L);
        List<ChildParticulars> children = new ArrayList<>();
        for (long id = 1; id <= 150; id++) {
            LocalDate born = BIRTHS[random.nextInt(BIRTHS.length)];
            ChildParticulars.Builder child = ChildParticulars.builder().id(id)
                    .givenNames(GIVEN[random.nextInt(GIVEN.length)])
                    .familyName(FAMILY[random.nextInt(FAMILY.length)])
                    .otherNames(OTHER_NAMES[random.nextInt(OTHER_NAMES.length)])
                    .dateOfBirth(born)
                    .postcode(POSTCODES[random.nextInt(POSTCODES.length)]);
            if (born == null && random.nextBoolean()) {
                child.expectedDateOfDelivery(BORN.plusDays(random.nextInt(60) - 30));
            }
            if (random.nextInt(10) == 0) {
                child.nhsNumber(random.nextBoolean() ? "943 476 5919" : "485 777 3457");
            }
            children.add(child.build());
        }
        return children;
    }

    /** All particulars of a test child, for assertion messages (the real toString() hides them). */
    static String describe(ChildParticulars child) {
        return String.join(" | ", String.valueOf(child.id()), child.givenNames(), child.familyName(),
                String.valueOf(child.otherNames()), String.valueOf(child.dateOfBirth()),
                String.valueOf(child.expectedDateOfDelivery()), String.valueOf(child.postcode()),
                String.valueOf(child.nhsNumber()), String.valueOf(child.upn()));
    }
}
