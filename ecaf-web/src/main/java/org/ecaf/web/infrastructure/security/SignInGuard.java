package org.ecaf.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing without handing anyone a way to lock a person out. Failures are counted per username
 * <em>and</em> client address: after {@value #FREE_FAILURES} wrong passwords from one address, that address must
 * wait before it may try that username again, 1 s, then 2 s, 4 s … up to {@link #MAX_DELAY}. Another address (the
 * person at their own desk) is not affected, so ten wrong passwords from an attacker never stop the right password
 * from elsewhere. A success from an address clears its count. Counts live in memory only; an entry that has been
 * quiet for an hour is forgotten, and the map never holds more than {@value #MAX_ENTRIES} entries, so a flood of
 * invented usernames cannot fill the heap.
 */
@ApplicationScoped
public class SignInGuard {

    static final int FREE_FAILURES = 5;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 100_000;

    record Failures(int count, Instant last, Instant notBefore) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public SignInGuard() {
    }

    SignInGuard(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code client} must still wait before trying {@code username} again; empty when it may try now. */
    public Optional<Duration> waitBefore(String username, String client) {
        Failures f = failures.get(key(username, client));
        Instant now = clock.instant();
        if (f == null || f.notBefore() == null || !now.isBefore(f.notBefore())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.notBefore()));
    }

    /** Counts a wrong password (or unknown username) from {@code client}. */
    public void failed(String username, String client) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ENTRIES) {
            forgetQuiet(now);
        }
        failures.merge(key(username, client), new Failures(1, now, delayAfter(1, now)), (old, one) -> {
            int count = old.count() + 1;
            return new Failures(count, now, delayAfter(count, now));
        });
    }

    /** A right password from {@code client}: its count for {@code username} starts again. */
    public void succeeded(String username, String client) {
        failures.remove(key(username, client));
    }

    /** An administrator's "unlock": every address may try {@code username} again at once. */
    public void unlock(String username) {
        String prefix = normalise(username) + '\u0000';
        failures.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** True while some address must wait before trying {@code username} (shown to administrators). */
    public boolean throttled(String username) {
        String prefix = normalise(username) + '\u0000';
        Instant now = clock.instant();
        return failures.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix)
                && e.getValue().notBefore() != null && now.isBefore(e.getValue().notBefore()));
    }

    static Instant delayAfter(int count, Instant now) {
        if (count < FREE_FAILURES) {
            return null;
        }
        int doublings = Math.min(count - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    private void forgetQuiet(Instant now) {
        failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        if (failures.size() >= MAX_ENTRIES) {
            // still full of recent entries: drop the oldest half rather than grow without bound
            failures.values().stream().map(Failures::last).sorted().skip(MAX_ENTRIES / 2).findFirst()
                    .ifPresent(cut -> failures.values().removeIf(f -> f.last().isBefore(cut)));
        }
    }

    private static String key(String username, String client) {
        return normalise(username) + '\u0000' + (client == null ? "" : client);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
