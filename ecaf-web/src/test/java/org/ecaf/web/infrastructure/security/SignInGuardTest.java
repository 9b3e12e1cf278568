package org.ecaf.web.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void delaysGrowPerUsernameAndAddressAndNeverTouchAnotherAddress() {
        Hand clock = new Hand();
        SignInGuard guard = new SignInGuard(clock);
        for (int i = 0; i < SignInGuard.FREE_FAILURES - 1; i++) {
            guard.failed("Aisha", "10.0.0.9");
            assertThat(guard.waitBefore("aisha", "10.0.0.9")).isEmpty();
        }
        guard.failed("aisha", "10.0.0.9");
        assertThat(guard.waitBefore("aisha", "10.0.0.9")).contains(Duration.ofSeconds(1));
        guard.failed("aisha", "10.0.0.9");
        assertThat(guard.waitBefore("aisha", "10.0.0.9")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 30; i++) {
            guard.failed("aisha", "10.0.0.9");
        }
        assertThat(guard.waitBefore("aisha", "10.0.0.9")).contains(SignInGuard.MAX_DELAY);
        // the person at their own desk, and other usernames from the attacker's address, are not slowed
        assertThat(guard.waitBefore("aisha", "10.0.0.1")).isEmpty();
        assertThat(guard.waitBefore("tom", "10.0.0.9")).isEmpty();
        assertThat(guard.throttled("AISHA")).isTrue();
        clock.now = clock.now.plus(SignInGuard.MAX_DELAY);
        assertThat(guard.waitBefore("aisha", "10.0.0.9")).isEmpty();
    }

    @Test
    void aSuccessClearsItsAddressAndAnUnlockClearsEveryAddress() {
        SignInGuard guard = new SignInGuard(new Hand());
        for (int i = 0; i < 8; i++) {
            guard.failed("tom", "a");
            guard.failed("tom", "b");
        }
        guard.succeeded("tom", "a");
        assertThat(guard.waitBefore("tom", "a")).isEmpty();
        assertThat(guard.waitBefore("tom", "b")).isPresent();
        guard.unlock("Tom");
        assertThat(guard.waitBefore("tom", "b")).isEmpty();
        assertThat(guard.throttled("tom")).isFalse();
    }
}
