package org.ecaf.domain.child.matching;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An existing record that may be the child being registered: the record, its score (points, not a probability;
 * see {@link DuplicateMatcher}), the reasons in a fixed order (identifiers, names, dates, postcode), and the
 * differences that lowered the score.
 */
public record PossibleDuplicate(ChildParticulars candidate, int score, List<MatchReason> reasons,
        List<MatchReason> differences) implements Serializable {

    public PossibleDuplicate {
        Objects.requireNonNull(candidate, "candidate");
        reasons = List.copyOf(reasons);
        differences = List.copyOf(differences);
    }

    /** The existing record's id. */
    public Long candidateId() {
        return candidate.id();
    }

    /** Whether a reason with {@code code} is among the reasons or differences. */
    public boolean has(MatchReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code) || differences.stream().anyMatch(r -> r.code() == code);
    }

    public ChildParticulars getCandidate() {
        return candidate;
    }

    public Long getCandidateId() {
        return candidateId();
    }

    public int getScore() {
        return score;
    }

    public List<MatchReason> getReasons() {
        return reasons;
    }

    public List<MatchReason> getDifferences() {
        return differences;
    }
}
