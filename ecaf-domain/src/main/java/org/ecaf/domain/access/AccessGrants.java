package org.ecaf.domain.access;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;

/** Where access grants are kept. */
public interface AccessGrants {

    void add(AccessGrant grant);

    /** True when {@code who} holds a grant for {@code child} that has not expired at {@code at}. */
    boolean active(Practitioner who, Child child, OffsetDateTime at);

    /**
     * The ids of the children for whom {@code who} holds a grant that has not expired at {@code at}: one lookup for a
     * list of cases instead of one {@link #active} per case.
     */
    Set<Long> childrenGranted(Practitioner who, OffsetDateTime at);

    /** Every grant for {@code child}, newest first. */
    List<AccessGrant> ofChild(Child child);
}
