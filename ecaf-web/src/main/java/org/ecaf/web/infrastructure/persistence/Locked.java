package org.ecaf.web.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.Map;

/**
 * Reads an entity whose row this transaction has locked ({@code SELECT … FOR UPDATE}), and nothing more.
 * {@code em.find(type, id, PESSIMISTIC_WRITE)} read much more: EclipseLink refreshes what it locks, and a refresh
 * of a freshly built entity loads every collection the entity initialises in its fields (all of a case's parts, from
 * its history to its delivery plan: about twenty statements, on every save). Here the row is locked by a plain
 * statement first, then the entity is read as on any other read, then refreshed without cascading, so an entity this
 * transaction had already read is brought up to date too; its parts load when a rule needs them.
 */
final class Locked {

    private static final Map<String, Object> WITHOUT_CASCADE = Map.of(Hints.REFRESH_CASCADE, "NoCascading");

    private Locked() {
    }

    /** The entity of {@code table} with this id, its row locked until the transaction ends; null when there is none. */
    static <T> T find(EntityManager em, Class<T> type, String table, long id) {
        boolean exists = !em.createNativeQuery("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        if (!exists) {
            return null;
        }
        T found = em.find(type, id);
        em.refresh(found, WITHOUT_CASCADE);
        return found;
    }
}
