package org.ecaf.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.cases.TeamCaseQuery;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;

/** Cases in the {@code caf_case} table and its parts; references are numbered from the {@code case_reference_seq} sequence. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    protected JpaCaseRepository() {
    }

    public JpaCaseRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CafCase> find(long id) {
        return Optional.ofNullable(em.find(CafCase.class, id));
    }

    @Override
    public Optional<CafCase> findForUpdate(long id) {
        return Optional.ofNullable(Locked.find(em, CafCase.class, "caf_case", "row_version", id));
    }

    @Override
    public void add(CafCase cafCase) {
        em.persist(cafCase);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public String nextReference(int year) {
        // a sequence, not a locked row: openings on every node do not wait for each other (V14)
        Number next = (Number) em.createNativeQuery("SELECT nextval('case_reference_seq')").getSingleResult();
        return String.format("CAF-%d-%06d", year, next.longValue());
    }

    @Override
    public List<CafCase> ofChild(Child child) {
        return em.createQuery("select c from CafCase c where c.child = :child order by c.openedAt", CafCase.class)
                .setParameter("child", child).getResultList();
    }

    @Override
    public List<CafCase> ofTeam(Team team) {
        return teamCases(team, null);
    }

    @Override
    public List<CafCase> ofTeam(Team team, CaseState state) {
        return teamCases(team, Objects.requireNonNull(state, "state"));
    }

    /** The team's cases, newest first; in {@code state} only unless it is null. */
    private List<CafCase> teamCases(Team team, CaseState state) {
        TypedQuery<CafCase> query = em.createQuery("select c from CafCase c where c.team = :team"
                + (state == null ? "" : " and c.state = :state") + " order by c.openedAt desc", CafCase.class)
                .setParameter("team", team);
        return listOf(state == null ? query : query.setParameter("state", state));
    }

    @Override
    public List<CafCase> ofTeam(Team team, TeamCaseQuery query) {
        StringBuilder jpql = new StringBuilder("select c from CafCase c join c.child ch left join c.allocatedTo a"
                + " where c.team = :team");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("team", team);
        if (query.state() != null) {
            jpql.append(" and c.state = :state");
            parameters.put("state", query.state());
        }
        if (query.openOnly()) {
            jpql.append(" and c.state <> :closed");
            parameters.put("closed", CaseState.CLOSED);
        }
        if (query.allocatedToId() != null) {
            jpql.append(" and a.id = :allocated");
            parameters.put("allocated", query.allocatedToId());
        }
        if (query.withoutHolder()) {
            jpql.append(" and (a is null or a.active = false or a.team is null or a.team <> c.team)");
        }
        if (query.text() != null && !query.text().isBlank()) {
            jpql.append(" and (lower(c.reference) like :text escape '!' or lower(ch.givenNames) like :text escape '!'"
                    + " or lower(ch.familyName) like :text escape '!'"
                    + " or lower(concat(concat(ch.givenNames, ' '), ch.familyName)) like :text escape '!')");
            String escaped = query.text().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            parameters.put("text", "%" + escaped + "%");
        }
        jpql.append(" order by c.reference");
        TypedQuery<CafCase> typed = em.createQuery(jpql.toString(), CafCase.class);
        parameters.forEach(typed::setParameter);
        return listOf(typed);
    }

    @Override
    public List<CafCase> openLedOrOpenedBy(Practitioner p) {
        return listOf(em.createQuery("select c from CafCase c where c.state <> :closed and (c.leadProfessional = :p"
                        + " or c.openedBy = :p or c.allocatedTo = :p) order by c.reference", CafCase.class)
                .setParameter("closed", CaseState.CLOSED).setParameter("p", p));
    }

    @Override
    public List<CafCase> involving(Practitioner p) {
        return listOf(em.createQuery("select distinct c from CafCase c where c.openedBy = :p or c.allocatedTo = :p"
                        + " or c.leadProfessional = :p"
                        + " or exists (select m from TeamMember m where m.cafCase = c and m.practitioner = :p"
                        + "            and m.removedAt is null)"
                        + " or exists (select r from AssessmentRevision r where r.assessment.cafCase = c"
                        + "            and r.author = :username)"
                        + " order by c.openedAt desc", CafCase.class)
                .setParameter("p", p).setParameter("username", p.getUsername()));
    }

    @Override
    public List<CafCase> inState(Team team, CaseState state) {
        return listOf(em.createQuery("select c from CafCase c where c.team = :team and c.state = :state"
                        + " order by c.stateChangedAt", CafCase.class)
                .setParameter("team", team).setParameter("state", state));
    }

    /**
     * A list of cases with what a list shows and its access check reads (the child, the team, the lead professional,
     * the Team Around the Child) fetched for the whole list in one statement each ({@code IN} batches of EclipseLink),
     * instead of one statement per case and relationship: a team's queue of 300 cases read about 900 rows one by one.
     */
    private static List<CafCase> listOf(TypedQuery<CafCase> query) {
        return query.setHint(Hints.BATCH_TYPE, "IN").setHint(Hints.BATCH, "c.child").setHint(Hints.BATCH, "c.team")
                .setHint(Hints.BATCH, "c.leadProfessional").setHint(Hints.BATCH, "c.allocatedTo")
                .setHint(Hints.BATCH, "c.teamMembers").getResultList();
    }
}
