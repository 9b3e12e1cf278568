package org.ecaf.domain.child.matching;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why two records may be the same child (or, for a {@linkplain MatchReasonCode#isDifference() difference}, why
 * perhaps not): a stable code, an explanation a practitioner reads beside the two records, and the points it
 * added to (or took from) the score.
 */
public record MatchReason(MatchReasonCode code, String explanation, int points) implements Serializable {

    public MatchReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
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
