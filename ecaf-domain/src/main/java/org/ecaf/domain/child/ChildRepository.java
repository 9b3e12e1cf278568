package org.ecaf.domain.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.child.matching.ChildParticulars;

/** Where children are kept. */
public interface ChildRepository {

    Optional<Child> find(long id);

    /** The child, locked until the end of the transaction (opening a case: one open CAF per child). */
    Optional<Child> findForUpdate(long id);

    /** Adds a child and stores its blocking keys. */
    void add(Child child);

    /** Stores the blocking keys of a child again after its particulars changed ({@link Child#update}). */
    void particularsChanged(Child child);

    /**
     * The existing children that share blocking keys with {@code child} (see
     * {@link org.ecaf.domain.child.matching.BlockingKeys}), best first, at most a hundred: the candidates the
     * duplicate check scores.
     */
    List<Child> candidates(ChildParticulars child);

    /**
     * Children whose names sound like {@code name} (words in any order, short or full forms, accents ignored; no
     * wildcards), born on or close to {@code dateOfBirth}, living in {@code postcode}; null criteria are ignored;
     * best first, at most {@code limit}.
     */
    List<Child> search(String name, LocalDate dateOfBirth, String postcode, int limit);

    Optional<FamilyMember> familyMember(long id);
}
