package org.ecaf.domain.child.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How common each family name and first given name is in the register: the share of the register's children who
 * have it. {@link DuplicateMatcher} weighs agreement on a common name less, and on a rare one more, than the
 * model's average (a term-frequency adjustment, as Splink makes; docs/matching.md). The values are counted by
 * whoever holds the register (the application counts its tables at start-up and now and then); a table a little
 * out of date is harmless, since a name's share changes slowly.
 *
 * <p>Immutable and thread-safe. {@link #NONE} knows no name: the matcher then scores as it did without.
 */
public final class NameFrequencies {

    /**
     * Below this many children the shares say little (a name seen once in a hundred children is not a rare name),
     * and nothing is adjusted.
     */
    public static final long MINIMUM_REGISTER = 1_000;

    /** No frequencies known: every name counts at the model's average weight. */
    public static final NameFrequencies NONE = new NameFrequencies(Map.of(), Map.of(), Map.of(), 0);

    private final Map<String, Long> families;
    private final Map<String, Long> givens;
    private final Map<String, Long> pairs;
    private final long children;

    private NameFrequencies(Map<String, Long> families, Map<String, Long> givens, Map<String, Long> pairs,
            long children) {
        this.families = families;
        this.givens = givens;
        this.pairs = pairs;
        this.children = children;
    }

    /** Whether any share is known (a register of at least {@link #MINIMUM_REGISTER} children was counted). */
    public boolean isKnown() {
        return children >= MINIMUM_REGISTER;
    }

    /** The number of children counted. */
    public long children() {
        return children;
    }

    /**
     * The share of the register whose family name, folded and run together ({@link NameParts#joined()}), is
     * {@code joined}; a name not counted counts as one child (it is on the record compared, registered since the
     * count). NaN when nothing is known.
     */
    double familyShare(String joined) {
        return share(families, joined);
    }

    /** The share of the register whose first given name, folded, is {@code word}; as {@link #familyShare}. */
    double givenShare(String word) {
        return share(givens, word);
    }

    /** The share of the register with both this family name and this first given name; as {@link #familyShare}. */
    double pairShare(String joinedFamily, String givenWord) {
        return share(pairs, pairKey(joinedFamily, givenWord));
    }

    private static String pairKey(String joinedFamily, String givenWord) {
        return joinedFamily + " " + givenWord;
    }

    private double share(Map<String, Long> counts, String value) {
        if (!isKnown()) {
            return Double.NaN;
        }
        return Math.max(1L, counts.getOrDefault(value, 0L)) / (double) children;
    }

    /** A counter: add the names of every child (or each distinct name with its count), then {@link #build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Not thread-safe; one per count. */
    public static final class Builder {
        private final Map<String, Long> families = new HashMap<>();
        private final Map<String, Long> givens = new HashMap<>();
        private final Map<String, Long> pairs = new HashMap<>();
        private long children;

        private Builder() {
        }

        /**
         * {@code count} children with these given names and this family name (as entered): each name is counted,
         * and the pair of the first given name and the family name.
         */
        public Builder add(String givenNames, String familyName, long count) {
            NameParts given = NameParts.givenNames(givenNames);
            NameParts family = NameParts.familyName(familyName);
            if (family.isKnown()) {
                families.merge(family.joined(), count, Long::sum);
            }
            if (given.isKnown()) {
                givens.merge(given.words().get(0), count, Long::sum);
            }
            if (family.isKnown() && given.isKnown()) {
                pairs.merge(pairKey(family.joined(), given.words().get(0)), count, Long::sum);
            }
            return this;
        }

        /** One child's names, counted once (and the child in the register's size). */
        public Builder add(ChildParticulars child) {
            Objects.requireNonNull(child, "child");
            return add(child.givenNames(), child.familyName(), 1).count(1);
        }

        /** {@code count} more children in the register (the denominator of every share). */
        public Builder count(long count) {
            children += count;
            return this;
        }

        public NameFrequencies build() {
            return new NameFrequencies(Map.copyOf(families), Map.copyOf(givens), Map.copyOf(pairs), children);
        }
    }
}
