package org.ecaf.domain.disclosure;

import java.util.Objects;
import org.ecaf.domain.shared.RefusalCode;

/**
 * The answer of the disclosure policy for one recipient: allowed under a consent or under a decision to share
 * without consent, with the redaction plan that applies; or refused with a stable code and a plain reason.
 */
public record DisclosureDecision(Outcome outcome, Long basisId, String basisDescription, RedactionPlan plan,
                                 RefusalCode refusalCode, String reason) {

    /** How the decision came out. */
    public enum Outcome { ALLOWED_UNDER_CONSENT, ALLOWED_WITHOUT_CONSENT, REFUSED }

    public static DisclosureDecision underConsent(long consentId, String description, RedactionPlan plan) {
        return new DisclosureDecision(Outcome.ALLOWED_UNDER_CONSENT, consentId, description, Objects.requireNonNull(plan),
                null, null);
    }

    public static DisclosureDecision withoutConsent(long decisionId, String description, RedactionPlan plan) {
        return new DisclosureDecision(Outcome.ALLOWED_WITHOUT_CONSENT, decisionId, description,
                Objects.requireNonNull(plan), null, null);
    }

    public static DisclosureDecision refused(RefusalCode code, String reason) {
        return new DisclosureDecision(Outcome.REFUSED, null, null, null, code, reason);
    }

    public boolean allowed() {
        return outcome != Outcome.REFUSED;
    }
}
