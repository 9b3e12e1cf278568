package org.ecaf.benchmarks.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Made-up names for the long tail of a realistic register: an onset, a vowel and an ending put together (Braylen,
 * Kaibelle, Thaiford). Real registers hold tens of thousands of names each shared by a few children; what the
 * matcher sees of them is spellings and sounds, which these have.
 */
final class MadeUpNames {

    private static final String[] ONSETS = {"B", "C", "D", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S",
        "T", "V", "W", "Z", "Br", "Cr", "Gr", "St", "Th", "Sh"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ay", "ai", "ea", "ou", "y"};

    static final List<String> BOYS = combine("den ton ley son ric rin lan vin mon dell ris ter ro nor bert wyn");
    static final List<String> GIRLS = combine("la na lie lyn ra sha ria belle nna ssa ya nne ette lah rah dy");
    static final List<String> FAMILIES = combine("ford ley ton field wood by ham well worth more shaw bury combe den "
            + "ridge stone dale hurst wick low son er ington stead");

    private MadeUpNames() {
    }

    private static List<String> combine(String endings) {
        List<String> out = new ArrayList<>();
        for (String onset : ONSETS) {
            for (String vowel : VOWELS) {
                for (String ending : endings.split(" ")) {
                    out.add(onset + vowel + ending);
                }
            }
        }
        return List.copyOf(out);
    }
}
