package org.ecaf.web.application.view;

import java.time.OffsetDateTime;
import org.ecaf.domain.access.AccessGrant;

/** Access without involvement: who, why, from when until when. */
public record AccessGrantView(long id, long childId, PersonRef practitioner, String team, String reason,
                              OffsetDateTime grantedAt, OffsetDateTime expiresAt, boolean active) {

    public static AccessGrantView of(AccessGrant g, OffsetDateTime now) {
        return new AccessGrantView(g.getId(), g.getChild().getId(), PersonRef.of(g.getPractitioner()),
                g.getPractitioner().getTeam() == null ? null : g.getPractitioner().getTeam().getName(), g.getReason(),
                g.getGrantedAt(), g.getExpiresAt(), g.activeAt(now));
    }
}
