package org.ecaf.domain.child.matching;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why two records may be the same child (or, for a {@linkplain MatchReasonCode#isDifference() difference}, why
 * perhaps not): a stable code, an explanation a practitioner reads beside the two records, and the points it
 * added to (or took from) the score: the weight of its {@link Agreement} level in tenths of a bit.
 */
public record MatchReason(MatchReasonCode code, String explanation, int points, Agreement level)
        implements Serializable {

    public MatchReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** A reason without a model level. */
    public MatchReason(MatchReasonCode code, String explanation, int points) {
        this(code, explanation, points, null);
    }

    /** The code as a string, for JSF EL and JSON. */
    public String getCode() {
        return code.name();
    }

    public String getExplanation() {
        return explanation;
    }

    public int getPoints() {
        return points;
    }
}
