package org.ecaf.web.application.view;

import java.time.OffsetDateTime;
import org.ecaf.domain.cases.CaseRequest;

/** A request to join the Team Around the Child or to transfer a case, and its decision. */
public record CaseRequestView(long id, long caseId, String caseReference, String childName, String kind,
                              String kindLabel, PersonRef requestedBy, String requesterTeam, OffsetDateTime requestedAt,
                              String reason, String role, String status, String holdingTeam, String decidedBy,
                              OffsetDateTime decidedAt, String comment) implements java.io.Serializable {

    /** The request; {@code childName} only for someone who may see the case. */
    public static CaseRequestView of(CaseRequest r, boolean showChild) {
        return new CaseRequestView(r.getId(), r.getCafCase().getId(), r.getCafCase().getReference(),
                showChild ? r.getCafCase().getChild().displayName() : null, r.getKind().name(), r.getKind().label(),
                PersonRef.of(r.getRequestedBy()), r.getRequestedBy().getTeam() == null ? null
                : r.getRequestedBy().getTeam().getName(), r.getRequestedAt(), r.getReason(), r.getRole(),
                r.getStatus().name(), r.getCafCase().getTeam().getName(),
                r.getDecidedBy() == null ? null : r.getDecidedBy().getDisplayName(), r.getDecidedAt(), r.getComment());
    }

    public boolean pending() {
        return CaseRequest.Status.PENDING.name().equals(status);
    }
}
