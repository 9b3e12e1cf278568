package org.ecaf.domain.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.child.matching.MatchKeys;

/** Where children are kept. */
public interface ChildRepository {

    Optional<Child> find(long id);

    /** The child, locked until the end of the transaction (opening a case: one open CAF per child). */
    Optional<Child> findForUpdate(long id);

    void add(Child child);

    /** Children whose match keys make them possible duplicates of a child with {@code keys} (see {@link MatchKeys}). */
    List<Child> candidates(MatchKeys keys);

    /** Children whose name contains {@code name} (any part, accents ignored), born on {@code dateOfBirth}, living in {@code postcode}; null criteria are ignored. */
    List<Child> search(String name, LocalDate dateOfBirth, String postcode, int limit);

    Optional<FamilyMember> familyMember(long id);
}
