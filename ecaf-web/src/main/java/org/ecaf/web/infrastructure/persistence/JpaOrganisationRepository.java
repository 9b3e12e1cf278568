package org.ecaf.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;

/** Agencies, teams and accounts in their tables. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    protected JpaOrganisationRepository() {
    }

    public JpaOrganisationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Practitioner> practitioner(long id) {
        return Optional.ofNullable(em.find(Practitioner.class, id));
    }

    @Override
    public Optional<Practitioner> practitioner(String username) {
        // read on every request: the agency, team and roles in the same statement (not four); one row per role
        return em.createQuery("select p from Practitioner p left join fetch p.agency left join fetch p.team"
                        + " left join fetch p.roles where p.username = :u", Practitioner.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<Practitioner> members(Team team) {
        return em.createQuery("select p from Practitioner p where p.team = :t order by p.displayName", Practitioner.class)
                .setParameter("t", team).getResultList();
    }

    @Override
    public List<Practitioner> allPractitioners() {
        return em.createQuery("select p from Practitioner p where p.active = true order by p.displayName",
                Practitioner.class).getResultList().stream()
                .filter(p -> !p.getRoles().isEmpty() && (p.hasRole(org.ecaf.domain.organisation.Role.PRACTITIONER)
                        || p.hasRole(org.ecaf.domain.organisation.Role.TEAM_LEAD))).toList();
    }

    @Override
    public Optional<Agency> agency(long id) {
        return Optional.ofNullable(em.find(Agency.class, id));
    }

    @Override
    public List<Agency> agencies() {
        return em.createQuery("select a from Agency a order by a.name", Agency.class).getResultList();
    }

    @Override
    public List<Practitioner> accounts() {
        return em.createQuery("select p from Practitioner p order by p.username", Practitioner.class).getResultList();
    }

    @Override
    public Optional<Team> team(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    @Override
    public List<Team> teams() {
        return em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
    }

    @Override
    public boolean teamCodeTaken(String code) {
        return em.createQuery("select count(t) from Team t where t.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }

    @Override
    public boolean agencyCodeTaken(String code) {
        return em.createQuery("select count(a) from Agency a where a.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }

    @Override
    public long memberCount(Team team) {
        return em.createQuery("select count(p) from Practitioner p where p.team = :t", Long.class)
                .setParameter("t", team).getSingleResult();
    }

    @Override
    public long memberCount(Agency agency) {
        return em.createQuery("select count(p) from Practitioner p where p.agency = :a", Long.class)
                .setParameter("a", agency).getSingleResult();
    }

    @Override
    public void add(Practitioner account) {
        persistNow(account);
    }

    @Override
    public void add(Team team) {
        persistNow(team);
    }

    @Override
    public void add(Agency agency) {
        persistNow(agency);
    }

    private void persistNow(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
