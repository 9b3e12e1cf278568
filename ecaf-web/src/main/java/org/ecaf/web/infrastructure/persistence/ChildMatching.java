package org.ecaf.web.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.child.matching.BlockingKeys;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.domain.child.matching.MatchReasonCode;
import org.ecaf.domain.child.matching.NameFolding;
import org.ecaf.domain.child.matching.PossibleDuplicate;

/**
 * The duplicate check and the search over the key table, on one JDBC connection: the application calls these
 * through its JPA connection, the benchmarks through a plain one, so both measure the same work.
 */
public final class ChildMatching {

    /** The most results a search returns (one page). */
    public static final int SEARCH_PAGE = 20;

    /** How many key-ranked candidates a search with a date of birth scores. */
    static final int SEARCH_CANDIDATES = 200;

    /**
     * How many a search by names alone scores: every child of 26 birth years whose names sound alike ties on the
     * keys (Ella Bailey, Ellie Bayley), so the ranking is the matcher's, over more of them.
     */
    static final int SEARCH_CANDIDATES_NAMES_ALONE = 1_000;

    private ChildMatching() {
    }

    /** What the check found: the flagged records, best first, and the candidates it looked at. */
    public record Check(List<PossibleDuplicate> likelyDuplicates, List<ChildMatchStore.Ranked> candidates) {
    }

    /** A search hit: a child and how well it matches what was typed. */
    public record Hit(long childId, int score) {
    }

    /** What a name spelt as typed adds to a search hit's rank (two bits). */
    static final int SPELT_AS_TYPED = 20;

    private record Scored(Hit hit, int spelledAsTyped) {
        int rank() {
            return hit.score() + SPELT_AS_TYPED * spelledAsTyped;
        }
    }

    /** How many of the words typed are, letter for letter (accents and case aside), among the child's names. */
    private static int spelledAsTyped(Set<String> typed, ChildParticulars child) {
        Set<String> own = new HashSet<>();
        own.addAll(NameFolding.words(child.givenNames() == null ? "" : child.givenNames()));
        own.addAll(NameFolding.words(child.familyName() == null ? "" : child.familyName()));
        for (String other : child.otherNames()) {
            own.addAll(NameFolding.words(other));
        }
        int n = 0;
        for (String word : typed) {
            if (own.contains(word)) {
                n++;
            }
        }
        return n;
    }

    /** The likely existing records of {@code child}. */
    public static Check check(Connection connection, ChildParticulars child, DuplicateMatcher matcher)
            throws SQLException {
        List<ChildMatchStore.Ranked> ranked = ChildMatchStore.lookup(connection, BlockingKeys.probe(child),
                ChildMatchStore.CANDIDATE_LIMIT);
        List<Long> ids = new ArrayList<>(ranked.size());
        for (ChildMatchStore.Ranked r : ranked) {
            ids.add(r.childId());
        }
        List<ChildParticulars> pool = ChildMatchStore.particulars(connection, ids);
        return new Check(matcher.findLikelyDuplicates(child, pool), ranked);
    }

    /**
     * Children whose names sound like the words typed, in any order and in short or full form, born on or close to
     * {@code dateOfBirth} when given; best first, at most {@link #SEARCH_PAGE}. Wildcards mean nothing: the words are
     * folded to letters and looked up by key, never with LIKE.
     */
    public static List<Hit> search(Connection connection, String text, LocalDate dateOfBirth, int thisYear,
            DuplicateMatcher matcher) throws SQLException {
        List<String> words = NameFolding.words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        int candidates = dateOfBirth == null ? SEARCH_CANDIDATES_NAMES_ALONE : SEARCH_CANDIDATES;
        List<ChildMatchStore.Ranked> ranked = ChildMatchStore.lookup(connection,
                BlockingKeys.search(text, dateOfBirth, thisYear), candidates);
        Set<Long> found = new LinkedHashSet<>();
        for (ChildMatchStore.Ranked r : ranked) {
            found.add(r.childId());
        }
        if (dateOfBirth == null && words.size() > 1 && found.size() < SEARCH_PAGE) {
            // names alone, and their pairs found less than a page: one name may be misspelt; each name by itself
            for (ChildMatchStore.Ranked r : ChildMatchStore.lookup(connection, BlockingKeys.searchEachName(text),
                    candidates)) {
                found.add(r.childId());
            }
        }
        List<Long> ids = new ArrayList<>(found);
        List<ChildParticulars> probes = DuplicateMatcher.typed(words, dateOfBirth);
        Set<String> typed = new HashSet<>(words);
        List<Scored> hits = new ArrayList<>();
        for (ChildParticulars candidate : ChildMatchStore.particulars(connection, ids)) {
            int best = Integer.MIN_VALUE;
            for (ChildParticulars probe : probes) {
                PossibleDuplicate scored = matcher.score(probe, candidate);
                // only children whose names are alike what was typed (keys can collide)
                if (scored.reasons().stream().anyMatch(r -> r.code().aspect() == MatchReasonCode.Aspect.NAME)) {
                    best = Math.max(best, scored.score());
                }
            }
            if (best > Integer.MIN_VALUE) {
                hits.add(new Scored(new Hit(candidate.id(), best), spelledAsTyped(typed, candidate)));
            }
        }
        // a name spelt as typed ranks above a near spelling: the model weighs a near spelling as much as the same
        // name or more (as evidence of one child either says about as much; the shipped model gives "Biley" for
        // "Bailey" 4 points more than "Bailey"), but whoever typed "Ella Bailey" looks for Ella Bailey before Ella
        // Biley; a date of birth still outweighs it (the same date against another in the same year)
        hits.sort(Comparator.comparingInt(Scored::rank).reversed().thenComparingLong(h -> h.hit().childId()));
        return hits.stream().limit(SEARCH_PAGE).map(Scored::hit).toList();
    }
}
