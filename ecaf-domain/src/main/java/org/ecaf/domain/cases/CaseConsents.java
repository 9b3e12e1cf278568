package org.ecaf.domain.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.UkTime;

/**
 * The consents part of a {@link CafCase}: consent given and withdrawn, decisions to act without consent, and what
 * they allow. Holds nothing of its own: it works on the case's lists, under the case's lock.
 */
final class CaseConsents {

    private final CafCase kase;
    private final List<Consent> consents;
    private final List<WithoutConsentDecision> withoutConsentDecisions;

    CaseConsents(CafCase kase, List<Consent> consents, List<WithoutConsentDecision> withoutConsentDecisions) {
        this.kase = kase;
        this.consents = consents;
        this.withoutConsentDecisions = withoutConsentDecisions;
    }

    Consent record(ConsentDetails details, Step step) {
        kase.requireNotClosed();
        Consent consent = new Consent(kase, details, step.by(), step.at());
        consents.add(consent);
        List<String> scope = new ArrayList<>();
        if (details.toRecord()) {
            scope.add("to record");
        }
        if (details.toShare()) {
            scope.add("to share with " + (details.agencies().size() + details.familyMembers().size())
                    + " named recipient(s)");
        }
        kase.event(step, "CONSENT", "Consent " + String.join(" and ", scope) + " given by "
                + consent.giverDescription() + " on " + UkTime.date(details.givenOn()));
        return consent;
    }

    Consent withdraw(long consentId, LocalDate on, String reason, Step step) {
        LocalDate today = step.today();
        Consent consent = consents.stream().filter(c -> Objects.equals(c.getId(), consentId)).findFirst()
                .orElseThrow(() -> new NotFound("consent " + consentId + " on case " + kase.getReference()));
        List<Violation> problems = new ArrayList<>();
        if (consent.isWithdrawn()) {
            problems.add(new Violation(RefusalCode.CONSENT_ALREADY_WITHDRAWN, "This consent was already withdrawn on "
                    + UkTime.date(consent.getWithdrawnOn()) + ".", null));
        }
        if (on == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Enter the date consent was withdrawn.", "withdrawnOn"));
        } else if (on.isAfter(today)) {
            problems.add(new Violation(RefusalCode.DATE_IN_FUTURE, "The date of withdrawal cannot be in the future.", "withdrawnOn"));
        } else if (on.isBefore(consent.getGivenOn())) {
            problems.add(new Violation(RefusalCode.BEFORE_CONSENT, "Consent cannot be withdrawn before it was given ("
                    + UkTime.date(consent.getGivenOn()) + ").", "withdrawnOn"));
        }
        if (!problems.isEmpty()) {
            throw consent.isWithdrawn() ? new RulesViolated(problems) : new InvalidInput(problems);
        }
        consent.withdraw(on, CafCase.blankToNull(reason), step.by());
        List<Consent> alsoEnded = new ArrayList<>();
        if (consent.isToRecord()) {
            // withdrawing consent to record ends every other consent of the same person on this case: information
            // that may not be recorded may not be shared either
            for (Consent other : consents) {
                if (other != consent && !other.isWithdrawn() && other.sameGiverAs(consent)) {
                    other.withdraw(on.isBefore(other.getGivenOn()) ? other.getGivenOn() : on,
                            "Ended with the withdrawal of consent to record", step.by());
                    alsoEnded.add(other);
                }
            }
        }
        kase.event(step, "CONSENT_WITHDRAWN", "Consent given by " + consent.giverDescription() + " was withdrawn on "
                + UkTime.date(on) + (alsoEnded.isEmpty() ? "" : "; " + alsoEnded.size() + " other consent(s) "
                + "they gave on this case ended with it"));
        return consent;
    }

    WithoutConsentDecision decideWithout(WithoutConsentDecision.Ground ground, String reason, boolean coversRecording,
                                         Set<Agency> agencies, Step step) {
        kase.requireTeamLead(step.by(), "record a decision to act without consent");
        List<Violation> problems = new ArrayList<>();
        if (ground == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Choose the ground: significant harm, serious crime, or consent "
                    + "would increase the risk.", "ground"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation(RefusalCode.REASON_REQUIRED, "Explain why consent is not being sought.", "reason"));
        }
        if (!coversRecording && (agencies == null || agencies.isEmpty())) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Say whether the decision covers recording, and which agencies "
                    + "information may be shared with.", "agencyIds"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        WithoutConsentDecision decision = new WithoutConsentDecision(kase, ground, reason.strip(), coversRecording,
                agencies == null ? Set.of() : agencies, step.by(), step.at());
        withoutConsentDecisions.add(decision);
        kase.event(step, "WITHOUT_CONSENT", "Decision to act without consent (" + ground.label().toLowerCase()
                + ") recorded by " + step.by().getDisplayName());
        return decision;
    }

    List<Violation> recordingBlockers(LocalDate today) {
        boolean consented = consents.stream().anyMatch(c -> c.isToRecord() && c.inForceOn(today));
        boolean decided = withoutConsentDecisions.stream().anyMatch(WithoutConsentDecision::isCoversRecording);
        if (consented || decided) {
            return List.of();
        }
        boolean withdrawn = consents.stream().anyMatch(c -> c.isToRecord() && c.isWithdrawn());
        return List.of(withdrawn
                ? new Violation(RefusalCode.CONSENT_WITHDRAWN, "Consent to record was withdrawn. Nothing more can be recorded or "
                        + "shared until new consent is given or a team lead records a decision to act without consent.", null)
                : new Violation(RefusalCode.CONSENT_TO_RECORD_MISSING, "Record the family's consent to record information before "
                        + "saving the assessment, or ask a team lead to record a decision to act without consent.", null));
    }

    /** True when recording has stopped because consent to record was withdrawn (and nothing replaced it). */
    boolean withdrawn(LocalDate today) {
        return recordingBlockers(today).stream().anyMatch(v -> v.code() == RefusalCode.CONSENT_WITHDRAWN);
    }
}
