package org.ecaf.domain.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.ecaf.domain.organisation.Practitioner;

/**
 * Who takes a step on a case and when: the practitioner, the moment (kept on the records and the timeline) and the
 * same moment on the local wall clock, which the rules about days and times compare with ("today", "not in the
 * future"). The domain holds no time zone: whoever owns the clock reads it once, with {@link #now(Practitioner, Clock)}.
 */
public record Step(Practitioner by, OffsetDateTime at, LocalDateTime local) {

    public Step {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(local, "local");
    }

    /** {@code by} acting now, by {@code clock} (its zone gives the local wall clock). */
    public static Step now(Practitioner by, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return new Step(by, now.toOffsetDateTime(), now.toLocalDateTime());
    }

    /** The local day the step is taken on. */
    public LocalDate today() {
        return local.toLocalDate();
    }
}
