package org.ecaf.web.application.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.cases.CafCase;

/**
 * A case in a list. Anyone who may know the case exists sees its reference, state and lead professional (so a
 * practitioner can find who already works with a child); the child's name only with access to the case.
 */
public record CaseSummary(long id, String reference, org.ecaf.domain.cases.CaseState state, String stateLabel, Long childId, String childName,
                          String team, PersonRef leadProfessional, OffsetDateTime openedAt, LocalDate reviewDate,
                          OffsetDateTime stateChangedAt, boolean restricted) implements java.io.Serializable {

    public static CaseSummary of(CafCase c, Access access) {
        boolean full = access == Access.FULL;
        return new CaseSummary(c.getId(), c.getReference(), c.getState(), c.getState().label(),
                c.getChild().getId(), full || access == Access.RESTRICTED ? c.getChild().displayName() : null,
                c.getTeam().getName(), PersonRef.of(c.getLeadProfessional()), c.getOpenedAt(),
                full ? c.getReviewDate() : null, c.getStateChangedAt(), !full);
    }
}
