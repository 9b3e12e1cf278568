package org.ecaf.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRequest;
import org.ecaf.domain.cases.CaseRequests;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;

/** Join and transfer requests in the {@code case_request} table. */
@ApplicationScoped
public class JpaCaseRequests implements CaseRequests {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Override
    public void add(CaseRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<CaseRequest> find(long id) {
        return Optional.ofNullable(em.find(CaseRequest.class, id));
    }

    @Override
    public Optional<CaseRequest> findForUpdate(long id) {
        return Optional.ofNullable(Locked.find(em, CaseRequest.class, "case_request", "row_version", id));
    }

    @Override
    public List<CaseRequest> ofCase(CafCase cafCase) {
        return em.createQuery("select r from CaseRequest r where r.cafCase = :c order by r.requestedAt desc",
                CaseRequest.class).setParameter("c", cafCase).getResultList();
    }

    @Override
    public List<CaseRequest> by(Practitioner requester) {
        return em.createQuery("select r from CaseRequest r where r.requestedBy = :p order by r.requestedAt desc",
                CaseRequest.class).setParameter("p", requester).getResultList();
    }

    @Override
    public List<CaseRequest> pendingFor(Team team) {
        return em.createQuery("select r from CaseRequest r where r.cafCase.team = :t and r.status = :s"
                        + " order by r.requestedAt", CaseRequest.class)
                .setParameter("t", team).setParameter("s", CaseRequest.Status.PENDING).getResultList();
    }
}
