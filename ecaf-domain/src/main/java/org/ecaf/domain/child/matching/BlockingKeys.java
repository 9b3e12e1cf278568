package org.ecaf.domain.child.matching;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compound blocking keys: the small, selective keys stored for each child in a table (one row per key, indexed)
 * so that the duplicate check and the search find every plausible record with one indexed lookup whose cost
 * does not grow with the register, and ranks them by how much they share, instead of fetching "the first 500".
 *
 * <table>
 *   <caption>Stored keys ({@link #stored}); "name" is the phonetic key of a name part (Double Metaphone)</caption>
 *   <tr><th>kind</th><th>value</th><th>weight</th><th>finds despite</th></tr>
 *   <tr><td>{@code N}</td><td>NHS number</td><td>8</td><td>anything else</td></tr>
 *   <tr><td>{@code U}</td><td>UPN</td><td>8</td><td>anything else</td></tr>
 *   <tr><td>{@code Y}</td><td>given name + family name part, in either order, + birth year</td><td>3</td>
 *       <td>date typos, moved house, swapped names, nicknames (the full form is keyed too)</td></tr>
 *   <tr><td>{@code D}</td><td>any name (given, family part, other name) + date of birth</td><td>3</td>
 *       <td>a misspelt or changed given or family name, swapped names</td></tr>
 *   <tr><td>{@code P}</td><td>date of birth + postcode district</td><td>2</td><td>both names misspelt</td></tr>
 *   <tr><td>{@code S}</td><td>one name</td><td>1</td><td>(search by a single name only)</td></tr>
 * </table>
 *
 * <p>The probe side ({@link #probe}) asks for the same kinds with the date widened to every date the matcher
 * would call close ({@link DateCloseness#near}: days apart, day and month swapped, one digit, the year one out),
 * so a wrong date still meets the stored key. An unborn baby's record is also keyed on every date from 17 weeks
 * before to 3 weeks after its expected date of delivery. Short forms of given names are keyed with their full
 * forms ({@link Nicknames}), so "Beth" and "Elizabeth" meet. Keys are stored as 64-bit hashes
 * ({@link #hash(String)}); a collision only adds a candidate, which the matcher then scores.
 */
public final class BlockingKeys {

    /** Weights of each kind of key; the ranking sums the weights of the keys a stored child shares. */
    public static final int WEIGHT_IDENTIFIER = 8;
    public static final int WEIGHT_NAMES_YEAR = 3;
    public static final int WEIGHT_NAME_DATE = 3;
    public static final int WEIGHT_DATE_DISTRICT = 2;
    public static final int WEIGHT_NAME = 1;

    /** The years a search without a date of birth looks through for a pair of names. */
    static final int SEARCH_YEARS_BACK = 26;

    private static final Nicknames NICKNAMES = Nicknames.standard();

    private BlockingKeys() {
    }

    /** The keys to store for {@code child}, each with its weight; text keys, for explaining and tests. */
    public static Map<String, Integer> stored(ChildParticulars child) {
        Objects.requireNonNull(child, "child");
        Map<String, Integer> keys = new LinkedHashMap<>();
        Names names = Names.of(child);
        identifiers(child, keys);
        LocalDate date = birthDate(child);
        if (date != null) {
            for (String pair : names.pairs()) {
                keys.put("Y|" + pair + "|" + date.getYear(), WEIGHT_NAMES_YEAR);
            }
            List<LocalDate> dates = child.isUnborn() ? aroundExpectedDate(date) : List.of(date);
            for (LocalDate d : dates) {
                for (String name : names.all()) {
                    keys.put("D|" + name + "|" + d, WEIGHT_NAME_DATE);
                }
                if (child.postcode() != null) {
                    keys.put("P|" + d + "|" + child.postcode().district(), WEIGHT_DATE_DISTRICT);
                }
            }
        }
        for (String name : names.all()) {
            keys.putIfAbsent("S|" + name, WEIGHT_NAME);
        }
        return keys;
    }

    /** The keys to look up to find every stored record the matcher could call a duplicate of {@code child}. */
    public static Set<String> probe(ChildParticulars child) {
        Objects.requireNonNull(child, "child");
        Set<String> keys = new LinkedHashSet<>();
        Names names = Names.of(child);
        Map<String, Integer> ids = new LinkedHashMap<>();
        identifiers(child, ids);
        keys.addAll(ids.keySet());
        LocalDate date = birthDate(child);
        if (date == null) {
            // no date at all (rare): the names alone, ranked and capped by the lookup
            for (String name : names.all()) {
                keys.add("S|" + name);
            }
            return keys;
        }
        Set<LocalDate> dates = new TreeSet<>(DateCloseness.near(date));
        if (child.isUnborn()) {
            dates.addAll(aroundExpectedDate(date));
        }
        Set<Integer> years = new TreeSet<>();
        for (LocalDate d : dates) {
            years.add(d.getYear());
        }
        for (String pair : names.pairs()) {
            for (int year : years) {
                keys.add("Y|" + pair + "|" + year);
            }
        }
        for (LocalDate d : dates) {
            for (String name : names.all()) {
                keys.add("D|" + name + "|" + d);
            }
            if (child.postcode() != null) {
                keys.add("P|" + d + "|" + child.postcode().district());
            }
        }
        return keys;
    }

    /**
     * The keys for a search of names typed in any order ({@code words}, e.g. "beth smith"), with an optional date
     * of birth (widened as for {@link #probe}). Without a date, pairs of names are looked up in every birth year
     * of the last {@value #SEARCH_YEARS_BACK} years, and a single name by itself.
     */
    public static Set<String> search(String text, LocalDate dateOfBirth, int thisYear) {
        List<String> words = NameFolding.words(text);
        Set<String> codes = new LinkedHashSet<>();
        for (String word : words) {
            codes.addAll(Names.codes(word, true));
        }
        List<String> list = new ArrayList<>(codes);
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                pairs.add(pair(list.get(i), list.get(j)));
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        if (dateOfBirth != null) {
            Set<LocalDate> dates = new TreeSet<>(DateCloseness.near(dateOfBirth));
            Set<Integer> years = new TreeSet<>();
            for (LocalDate d : dates) {
                years.add(d.getYear());
                for (String code : codes) {
                    keys.add("D|" + code + "|" + d);
                }
            }
            for (String p : pairs) {
                for (int year : years) {
                    keys.add("Y|" + p + "|" + year);
                }
            }
        } else if (!pairs.isEmpty()) {
            for (String p : pairs) {
                for (int year = thisYear + 1 - SEARCH_YEARS_BACK; year <= thisYear + 1; year++) {
                    keys.add("Y|" + p + "|" + year);
                }
            }
        } else {
            for (String code : codes) {
                keys.add("S|" + code);
            }
        }
        return keys;
    }

    /**
     * The keys of each name typed by itself, for a search without a date of birth whose pairs of names found fewer
     * than a page: one misspelt name ("Wlliam Feford") changes its sound and so every pair, while the other name
     * still finds the child among those who bear it (ranked by the matcher against all that was typed).
     */
    public static Set<String> searchEachName(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : NameFolding.words(text)) {
            for (String code : Names.codes(word, true)) {
                keys.add("S|" + code);
            }
        }
        return keys;
    }

    /** A 64-bit hash of a key (FNV-1a over its UTF-8 bytes, then a murmur finaliser to spread the bits). */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static void identifiers(ChildParticulars child, Map<String, Integer> keys) {
        if (child.nhsNumber() != null) {
            keys.put("N|" + child.nhsNumber().value(), WEIGHT_IDENTIFIER);
        }
        if (child.upn() != null) {
            keys.put("U|" + child.upn().value(), WEIGHT_IDENTIFIER);
        }
    }

    private static LocalDate birthDate(ChildParticulars child) {
        return child.dateOfBirth() != null ? child.dateOfBirth() : child.expectedDateOfDelivery();
    }

    private static List<LocalDate> aroundExpectedDate(LocalDate expected) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = expected.minusWeeks(DuplicateMatcher.BORN_WEEKS_BEFORE_EXPECTED);
                !d.isAfter(expected.plusWeeks(DuplicateMatcher.BORN_WEEKS_AFTER_EXPECTED)); d = d.plusDays(1)) {
            dates.add(d);
        }
        return dates;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "+" + b : b + "+" + a;
    }

    /** The phonetic codes of one child's names. */
    private record Names(Set<String> given, Set<String> family) {

        static Names of(ChildParticulars child) {
            Set<String> given = new LinkedHashSet<>();
            NameParts givenParts = NameParts.givenNames(child.givenNames());
            if (givenParts.isKnown()) {
                given.addAll(codes(givenParts.words().get(0), true));
            }
            Set<String> family = new LinkedHashSet<>();
            NameParts familyParts = NameParts.familyName(child.familyName());
            for (NameParts.Part part : familyParts.parts()) {
                family.addAll(partCodes(part));
            }
            for (String other : child.otherNames()) {
                for (NameParts.Part part : NameParts.otherName(other).parts()) {
                    family.addAll(partCodes(part));
                }
            }
            return new Names(given, family);
        }

        static Set<String> codes(String folded, boolean withFullForms) {
            Set<String> codes = new LinkedHashSet<>();
            String key = NameSimilarity.key(folded);
            if (key != null) {
                codes.add(key);
            }
            if (withFullForms) {
                for (String full : NICKNAMES.fullFormsForKeys(folded)) {
                    String fullKey = NameSimilarity.key(full);
                    if (fullKey != null) {
                        codes.add(fullKey);
                    }
                }
            }
            return codes;
        }

        static Set<String> partCodes(NameParts.Part part) {
            Set<String> codes = new LinkedHashSet<>();
            String merged = NameSimilarity.key(part.merged());
            if (merged != null) {
                codes.add(merged);
            }
            if (part.bare() != null) {
                String bare = NameSimilarity.key(part.bare());
                if (bare != null) {
                    codes.add(bare);
                }
            }
            return codes;
        }

        Set<String> all() {
            Set<String> all = new LinkedHashSet<>(given);
            all.addAll(family);
            return all;
        }

        Set<String> pairs() {
            Set<String> pairs = new LinkedHashSet<>();
            for (String g : given) {
                for (String f : family) {
                    pairs.add(pair(g, f));
                }
            }
            return pairs;
        }
    }
}
