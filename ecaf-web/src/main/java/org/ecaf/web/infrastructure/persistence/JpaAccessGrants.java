package org.ecaf.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.access.AccessGrant;
import org.ecaf.domain.access.AccessGrants;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;

/** Access grants in the {@code access_grant} table. */
@ApplicationScoped
public class JpaAccessGrants implements AccessGrants {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Override
    public void add(AccessGrant grant) {
        em.persist(grant);
    }

    @Override
    public boolean active(Practitioner who, Child child, OffsetDateTime at) {
        if (who == null || who.getId() == null || child == null || child.getId() == null) {
            return false;
        }
        return !em.createQuery("select g.id from AccessGrant g where g.child = :child and g.practitioner = :who"
                        + " and g.grantedAt <= :at and g.expiresAt > :at", Long.class)
                .setParameter("child", child).setParameter("who", who).setParameter("at", at)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Set<Long> childrenGranted(Practitioner who, OffsetDateTime at) {
        if (who == null || who.getId() == null) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select g.child.id from AccessGrant g where g.practitioner = :who"
                        + " and g.grantedAt <= :at and g.expiresAt > :at", Long.class)
                .setParameter("who", who).setParameter("at", at).getResultList());
    }

    @Override
    public List<AccessGrant> ofChild(Child child) {
        return em.createQuery("select g from AccessGrant g where g.child = :child order by g.grantedAt desc",
                AccessGrant.class).setParameter("child", child).getResultList();
    }
}
