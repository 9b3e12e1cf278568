package org.ecaf.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** Test-only bean deployed with {@link ContainerIT}: runs a piece of test code in a container transaction. */
@ApplicationScoped
public class InTransaction {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Transactional
    public <T> T apply(Function<EntityManager, T> work) {
        return work.apply(em);
    }
}
