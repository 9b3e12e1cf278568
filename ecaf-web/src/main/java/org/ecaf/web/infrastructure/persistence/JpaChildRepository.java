package org.ecaf.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildRepository;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.MatchKeys;
import org.ecaf.domain.child.matching.NameFolding;

/** Children in the {@code child} table; duplicate candidates come from the indexed match-key columns. */
@ApplicationScoped
public class JpaChildRepository implements ChildRepository {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    protected JpaChildRepository() {
    }

    public JpaChildRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Child> find(long id) {
        return Optional.ofNullable(em.find(Child.class, id));
    }

    @Override
    public void add(Child child) {
        em.persist(child);
    }

    @Override
    public List<Child> candidates(MatchKeys keys) {
        Map<Long, Child> found = new LinkedHashMap<>();
        if (keys.nhsNumber() != null) {
            collect(found, em.createQuery("select c from Child c where c.nhsNumber = :v", Child.class)
                    .setParameter("v", keys.nhsNumber()));
        }
        if (keys.upn() != null) {
            collect(found, em.createQuery("select c from Child c where c.upn = :v", Child.class)
                    .setParameter("v", keys.upn()));
        }
        if (keys.familyNameKey() != null) {
            collect(found, em.createQuery("select c from Child c where c.familyNameKey = :v", Child.class)
                    .setParameter("v", keys.familyNameKey()));
        }
        if (!keys.nearBirthDates().isEmpty()) {
            collect(found, em.createQuery("select c from Child c where c.birthDate in :dates", Child.class)
                    .setParameter("dates", keys.nearBirthDates()));
        }
        if (keys.givenNameKey() != null) {
            collect(found, em.createQuery("select c from Child c where c.givenNameKey = :v", Child.class)
                    .setParameter("v", keys.givenNameKey()));
        }
        if (keys.postcodeDistrict() != null) {
            collect(found, em.createQuery("select c from Child c where c.postcodeDistrict = :v", Child.class)
                    .setParameter("v", keys.postcodeDistrict()));
        }
        // the given name and postcode district fetch only within the birth-year tolerance: exactly MatchKeys.mayMatch
        return found.values().stream().filter(c -> keys.mayMatch(MatchKeys.of(c.particulars()))).toList();
    }

    private static void collect(Map<Long, Child> found, TypedQuery<Child> query) {
        for (Child c : query.setMaxResults(500).getResultList()) {
            found.putIfAbsent(c.getId(), c);
        }
    }

    /** {@code text} with LIKE's wildcards and the escape character itself escaped by '!'. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public Optional<Child> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Child.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Child> search(String name, LocalDate dateOfBirth, String postcode, int limit) {
        String folded = name == null ? "" : fold(name);
        String normalisedPostcode = postcode == null || postcode.isBlank() ? null
                : Postcode.tryParse(postcode).map(Postcode::value).orElse(postcode.strip().toUpperCase(Locale.ROOT));
        List<Child> pool = new ArrayList<>();
        if (!folded.isEmpty()) {
            // what was typed is matched literally: % and _ are not wildcards here
            String like = "%" + escapeLike(name.strip().toLowerCase(Locale.ROOT)) + "%";
            pool.addAll(em.createQuery("select c from Child c where lower(c.familyName) like :q escape '!'"
                    + " or lower(c.givenNames) like :q escape '!' or lower(c.otherNames) like :q escape '!'", Child.class)
                    .setParameter("q", like).setMaxResults(500).getResultList());
            MatchKeys keys = MatchKeys.of(new ChildParticulars(null, name, name, List.of(), null, null, null, null, null));
            if (keys.familyNameKey() != null) {
                pool.addAll(em.createQuery("select c from Child c where c.familyNameKey = :k or c.givenNameKey = :k",
                        Child.class).setParameter("k", keys.familyNameKey()).setMaxResults(500).getResultList());
            }
        } else if (dateOfBirth != null) {
            pool.addAll(em.createQuery("select c from Child c where c.dateOfBirth = :d", Child.class)
                    .setParameter("d", dateOfBirth).setMaxResults(500).getResultList());
        } else if (normalisedPostcode != null) {
            pool.addAll(em.createQuery("select c from Child c where c.postcode = :p", Child.class)
                    .setParameter("p", normalisedPostcode).setMaxResults(500).getResultList());
        }
        Map<Long, Child> unique = new LinkedHashMap<>();
        for (Child c : pool) {
            boolean dobMatches = dateOfBirth == null || dateOfBirth.equals(c.getDateOfBirth())
                    || dateOfBirth.equals(c.getExpectedDateOfDelivery());
            boolean postcodeMatches = normalisedPostcode == null
                    || c.getPostcode().map(p -> p.value().equals(normalisedPostcode)).orElse(false);
            if (dobMatches && postcodeMatches) {
                unique.putIfAbsent(c.getId(), c);
            }
        }
        return unique.values().stream()
                .sorted(java.util.Comparator.comparing((Child c) -> !fold(c.displayName()).contains(folded))
                        .thenComparing(Child::getFamilyName).thenComparing(Child::getGivenNames))
                .limit(limit).toList();
    }

    private static String fold(String s) {
        return NameFolding.fold(s);
    }

    @Override
    public Optional<FamilyMember> familyMember(long id) {
        return Optional.ofNullable(em.find(FamilyMember.class, id));
    }
}
