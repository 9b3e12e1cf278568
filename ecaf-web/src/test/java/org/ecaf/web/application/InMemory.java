package org.ecaf.web.application;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.ecaf.domain.cases.Step;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.DomainEntity;

/** For tests that build cases in memory, without a database: identities and steps as the application gives them. */
final class InMemory {

    private InMemory() {
    }

    /** Gives an entity built in memory the identity the database would give it. */
    static void setId(DomainEntity entity, long id) {
        try {
            Field field = DomainEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code by} acting at {@code at}, on that moment's own day and time. */
    static Step step(Practitioner by, OffsetDateTime at) {
        return new Step(by, at, at.toLocalDateTime());
    }

    /** {@code by} acting at {@code at}, on {@code today} (at the moment's time of day). */
    static Step step(Practitioner by, OffsetDateTime at, LocalDate today) {
        return new Step(by, at, today.atTime(at.toLocalTime()));
    }

    /** {@code by} acting at {@code at}, at {@code local} on the local clock. */
    static Step step(Practitioner by, OffsetDateTime at, LocalDateTime local) {
        return new Step(by, at, local);
    }
}
