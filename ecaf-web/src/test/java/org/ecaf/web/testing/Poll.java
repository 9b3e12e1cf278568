package org.ecaf.web.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Waits for something a timer writes (audit events of failed sign-ins, for example), polling every 250 ms. */
public final class Poll {

    private Poll() {
    }

    /** The first non-null value {@code probe} gives within 30 s; fails the test when none comes. */
    public static <T> T until(Supplier<T> probe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new AssertionError("not there within 30 s");
    }
}
