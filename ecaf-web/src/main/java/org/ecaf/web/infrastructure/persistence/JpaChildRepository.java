package org.ecaf.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildRepository;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.matching.ChildParticulars;
import org.ecaf.domain.child.matching.DuplicateMatcher;
import org.ecaf.domain.child.matching.NameFolding;

/**
 * Children in the {@code child} table. The duplicate check and the search run {@link ChildMatching} over the
 * {@code child_match_key} table on the transaction's own connection, so they see the transaction's writes and the
 * benchmarks measure the very same statements.
 */
@ApplicationScoped
public class JpaChildRepository implements ChildRepository {

    private static final DuplicateMatcher MATCHER = new DuplicateMatcher();

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Inject
    Clock clock;

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
        particularsChanged(child);
    }

    @Override
    public void particularsChanged(Child child) {
        try {
            ChildMatchStore.replaceKeys(connection(), child.particulars());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the child's match keys", e);
        }
    }

    @Override
    public List<Child> candidates(ChildParticulars child) {
        try {
            List<Long> ids = new ArrayList<>();
            for (ChildMatchStore.Ranked r : ChildMatchStore.lookup(connection(),
                    org.ecaf.domain.child.matching.BlockingKeys.probe(child), ChildMatchStore.CANDIDATE_LIMIT)) {
                ids.add(r.childId());
            }
            return load(ids);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up likely duplicates", e);
        }
    }

    /** {@code text} with LIKE's wildcards and the escape character itself escaped by '!'. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public Optional<Child> findForUpdate(long id) {
        return Optional.ofNullable(Locked.find(em, Child.class, "child", null, id));
    }

    @Override
    public List<Child> search(String name, LocalDate dateOfBirth, String postcode, int limit) {
        String normalisedPostcode = postcode == null || postcode.isBlank() ? null
                : Postcode.tryParse(postcode).map(Postcode::value).orElse(postcode.strip().toUpperCase(Locale.ROOT));
        try {
            Connection connection = connection();
            List<Long> ids = new ArrayList<>();
            if (!NameFolding.fold(name).isEmpty()) {
                for (ChildMatching.Hit hit : ChildMatching.search(connection, name, dateOfBirth,
                        LocalDate.now(clock == null ? Clock.system(org.ecaf.web.infrastructure.time.ClockProducer.ZONE) : clock).getYear(), MATCHER)) {
                    ids.add(hit.childId());
                }
            } else if (dateOfBirth != null) {
                ids.addAll(ids(connection, "SELECT id FROM child WHERE birth_date = ? ORDER BY family_name, given_names, id"
                        + " LIMIT ?", dateOfBirth, null, 200));
            } else if (normalisedPostcode != null) {
                String district = Postcode.tryParse(normalisedPostcode).map(Postcode::district).orElse(null);
                ids.addAll(ids(connection, "SELECT id FROM child WHERE postcode_district = ? AND postcode = ?"
                        + " ORDER BY family_name, given_names, id LIMIT ?", null, new String[] {district,
                                normalisedPostcode}, limit));
            }
            List<Child> found = new ArrayList<>();
            for (Child c : load(ids)) {
                boolean postcodeMatches = normalisedPostcode == null
                        || c.getPostcode().map(p -> p.value().equals(normalisedPostcode)).orElse(false);
                if (postcodeMatches) {
                    found.add(c);
                }
                if (found.size() == limit) {
                    break;
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot search children", e);
        }
    }

    private static List<Long> ids(Connection connection, String sql, LocalDate date, String[] texts, int limit)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            if (date != null) {
                ps.setObject(i++, date);
            }
            if (texts != null) {
                for (String t : texts) {
                    ps.setString(i++, t);
                }
            }
            ps.setInt(i, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /** The children with {@code ids}, in that order, in one query. */
    private List<Child> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Child> byId = new java.util.HashMap<>();
        for (Child c : em.createQuery("select c from Child c where c.id in :ids", Child.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(c.getId(), c);
        }
        List<Child> children = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Child c = byId.get(id);
            if (c != null) {
                children.add(c);
            }
        }
        return children;
    }

    /** The connection of the current transaction (EclipseLink hands out the one its unit of work uses). */
    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @Override
    public Optional<FamilyMember> familyMember(long id) {
        return Optional.ofNullable(em.find(FamilyMember.class, id));
    }
}
