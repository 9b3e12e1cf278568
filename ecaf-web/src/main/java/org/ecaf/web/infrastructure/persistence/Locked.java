package org.ecaf.web.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an entity whose row this transaction has locked ({@code SELECT … FOR UPDATE}), and nothing more.
 * {@code em.find(type, id, PESSIMISTIC_WRITE)} read much more: EclipseLink refreshes what it locks, and a refresh
 * of a freshly built entity loads every collection the entity initialises in its fields (all of a case's parts, from
 * its history to its delivery plan: about twenty statements, on every save). Here the row is locked by a plain
 * statement that also reads its version, then the entity is read as on any other read; only when this transaction
 * had already read it at an older version is it refreshed (without cascading). Its parts load when a rule needs them.
 */
final class Locked {

    private static final Map<String, Object> WITHOUT_CASCADE = Map.of(Hints.REFRESH_CASCADE, "NoCascading");

    private Locked() {
    }

    /**
     * The entity of {@code table} with this id, its row locked until the transaction ends; null when there is none.
     * {@code versionColumn} is the column of the entity's {@code @Version}, or null when it has none (then the
     * entity is always refreshed after the lock, one statement more).
     */
    static <T> T find(EntityManager em, Class<T> type, String table, String versionColumn, long id) {
        List<?> locked = em.createNativeQuery("SELECT " + (versionColumn == null ? "id" : versionColumn) + " FROM " + table
                        + " WHERE id = ? FOR UPDATE").setParameter(1, id).getResultList();
        if (locked.isEmpty()) {
            return null;
        }
        T found = em.find(type, id);
        if (versionColumn == null || !Objects.equals(((Number) locked.get(0)).longValue(), versionOf(em, type, found))) {
            em.refresh(found, WITHOUT_CASCADE);
        }
        return found;
    }

    private static <T> Long versionOf(EntityManager em, Class<T> type, T entity) {
        EntityType<T> entityType = em.getMetamodel().entity(type);
        SingularAttribute<? super T, Long> version = entityType.getVersion(long.class);
        try {
            Field field = (Field) version.getJavaMember();
            field.setAccessible(true);
            return ((Number) field.get(entity)).longValue();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the version of " + type.getSimpleName(), e);
        }
    }
}
