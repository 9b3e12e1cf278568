package org.ecaf.domain.cases;

import java.lang.reflect.Field;
import org.ecaf.domain.shared.DomainEntity;

/** Gives an in-memory entity the identifier JPA would give it, for code that looks things up by id. */
public final class TestIds {

    private TestIds() {
    }

    /** Sets the private {@code id} of {@code entity} and returns the entity. */
    public static <T extends DomainEntity> T assign(T entity, long id) {
        try {
            Field field = DomainEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set the id of " + entity.getClass().getSimpleName(), e);
        }
    }
}
