package org.ecaf.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.ecaf.web.infrastructure.config.Settings;

/**
 * Failed sign-ins, audited in aggregate. Each failure is counted in memory; once a period (a minute by default,
 * {@code ECAF_SIGN_IN_AUDIT_SECONDS}) the counts are written as audit events: one event per known account that had
 * failures ("4 failed sign-ins from 2 addresses") and one event for all unknown usernames together, which never
 * records what was typed (people type their password into the username field). So guessing cannot flood the audit
 * log, and an unknown name never reaches it.
 */
@ApplicationScoped
public class SignInFailures {

    private static final Logger LOG = Logger.getLogger(SignInFailures.class.getName());

    /** Failures of one account (or of all unknown names) in the current period. */
    static final class Tally {
        int count;
        final Set<String> reasons = new HashSet<>();
        final Set<String> clients = new HashSet<>();
        final Set<String> names = new HashSet<>();
    }

    private final Map<String, Tally> known = new HashMap<>();
    private final Tally unknown = new Tally();
    private Instant periodStart;

    @Inject
    Clock clock;

    @Inject
    AccountDirectory accounts;

    /** Counts a failure; {@code username} is null for a name that has no account. */
    public synchronized void failed(String username, String client, String reason) {
        Tally tally = username == null ? unknown : known.computeIfAbsent(username, u -> new Tally());
        tally.count++;
        tally.reasons.add(reason);
        if (tally.clients.size() < 10_000) {
            tally.clients.add(client == null ? "" : client);
        }
        if (periodStart == null) {
            periodStart = clock.instant();
        }
    }

    /** Called by a timer: writes the period's counts when the period is over. */
    public void flushIfDue() {
        Map<String, Tally> knownNow;
        Tally unknownNow;
        synchronized (this) {
            if (periodStart == null || clock.instant().isBefore(periodStart.plus(period()))) {
                return;
            }
            knownNow = new HashMap<>(known);
            unknownNow = new Tally();
            unknownNow.count = unknown.count;
            unknownNow.clients.addAll(unknown.clients);
            unknownNow.reasons.addAll(unknown.reasons);
            known.clear();
            unknown.count = 0;
            unknown.clients.clear();
            unknown.reasons.clear();
            periodStart = null;
        }
        try {
            knownNow.forEach((username, tally) -> accounts.recordSignInFailures(username, tally.count,
                    tally.clients.size(), String.join(",", new java.util.TreeSet<>(tally.reasons))));
            if (unknownNow.count > 0) {
                accounts.recordSignInFailures(null, unknownNow.count, unknownNow.clients.size(),
                        String.join(",", new java.util.TreeSet<>(unknownNow.reasons)));
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Could not audit failed sign-ins: " + e);
        }
    }

    static Duration period() {
        return Duration.ofSeconds(Settings.fromEnvironment().get("ecaf.sign-in.audit.seconds")
                .map(Long::parseLong).orElse(60L));
    }
}
