package org.ecaf.domain.child.matching;

/** Builds valid UPNs for matching tests with the DfE check letter, computed independently of the code. */
final class UniquePupilNumberFixtures {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumberFixtures() {
    }

    static String valid(String twelveDigits) {
        int total = 0;
        for (int i = 0; i < 12; i++) {
            total += (i + 2) * (twelveDigits.charAt(i) - '0');
        }
        return LETTERS.charAt(total % 23) + twelveDigits;
    }
}
