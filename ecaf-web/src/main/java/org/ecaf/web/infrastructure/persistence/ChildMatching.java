package org.ecaf.web.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** How many key-ranked candidates a search scores. */
    static final int SEARCH_CANDIDATES = 200;

    private ChildMatching() {
    }

    /** What the check found: the flagged records, best first, and the candidates it looked at. */
    public record Check(List<PossibleDuplicate> likelyDuplicates, List<ChildMatchStore.Ranked> candidates) {
    }

    /** A search hit: a child and how well it matches what was typed. */
    public record Hit(long childId, int score) {
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
        List<ChildMatchStore.Ranked> ranked = ChildMatchStore.lookup(connection,
                BlockingKeys.search(text, dateOfBirth, thisYear), SEARCH_CANDIDATES);
        List<Long> ids = new ArrayList<>(ranked.size());
        for (ChildMatchStore.Ranked r : ranked) {
            ids.add(r.childId());
        }
        List<ChildParticulars> probes = new ArrayList<>();
        String last = words.get(words.size() - 1);
        String rest = String.join(" ", words.subList(0, words.size() - 1));
        if (words.size() == 1) {
            probes.add(new ChildParticulars(null, null, last, List.of(), dateOfBirth, null, null, null, null));
            probes.add(new ChildParticulars(null, last, null, List.of(), dateOfBirth, null, null, null, null));
        } else {
            probes.add(new ChildParticulars(null, rest, last, List.of(), dateOfBirth, null, null, null, null));
        }
        List<Hit> hits = new ArrayList<>();
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
                hits.add(new Hit(candidate.id(), best));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed().thenComparingLong(Hit::childId));
        return List.copyOf(hits.subList(0, Math.min(SEARCH_PAGE, hits.size())));
    }
}
