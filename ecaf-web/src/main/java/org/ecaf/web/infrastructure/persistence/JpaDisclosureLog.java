package org.ecaf.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.disclosure.Disclosure;
import org.ecaf.domain.disclosure.DisclosureLog;

/** The disclosure log in the {@code disclosure} table. */
@ApplicationScoped
public class JpaDisclosureLog implements DisclosureLog {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Override
    public void add(Disclosure disclosure) {
        em.persist(disclosure);
        em.flush();
    }

    @Override
    public List<Disclosure> of(CafCase cafCase) {
        return em.createQuery("select d from Disclosure d where d.cafCase = :c order by d.issuedAt desc, d.id desc",
                Disclosure.class).setParameter("c", cafCase).getResultList();
    }
}
