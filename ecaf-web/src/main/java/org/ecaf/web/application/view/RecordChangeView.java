package org.ecaf.web.application.view;

import java.time.OffsetDateTime;
import java.util.Map;
import org.ecaf.domain.child.RecordChange;

/** One change to a child's record, with the values before and after. */
public record RecordChangeView(long id, String kind, Long familyMemberId, OffsetDateTime at, String by,
                               String summary, Map<String, String> before, Map<String, String> after) {

    public static RecordChangeView of(RecordChange c) {
        return new RecordChangeView(c.getId(), c.getKind().name(),
                c.getFamilyMember() == null ? null : c.getFamilyMember().getId(), c.getChangedAt(),
                c.getChangedByName(), c.getSummary(), c.before(), c.after());
    }
}
