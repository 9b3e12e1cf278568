package org.ecaf.web.application.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseNote;

/**
 * A case note as the screens and the API show it: the kind, the day (and time, {@code HH:mm}, when known) of the
 * contact, the text, who wrote it and when; for a correction, the note it corrects and why; for a corrected note, the
 * note that corrects it.
 */
public record CaseNoteView(long id, String kind, String kindLabel, LocalDate happenedOn, String happenedAt,
                           String text, PersonRef author, OffsetDateTime writtenAt, Long corrects,
                           LocalDate correctsHappenedOn, String correctionReason, Long correctedBy,
                           OffsetDateTime correctedAt) implements java.io.Serializable {

    public static CaseNoteView of(CafCase c, CaseNote n) {
        CaseNote corrected = n.getCorrects();
        CaseNote correction = c.correctionOf(n).orElse(null);
        return new CaseNoteView(n.getId(), n.getKind().name(), n.getKind().label(), n.getHappenedOn(),
                n.getHappenedAt() == null ? null : n.getHappenedAt().toString(), n.getText(),
                PersonRef.of(n.getAuthor()), n.getWrittenAt(), corrected == null ? null : corrected.getId(),
                corrected == null ? null : corrected.getHappenedOn(), n.getCorrectionReason(),
                correction == null ? null : correction.getId(), correction == null ? null : correction.getWrittenAt());
    }

    public boolean corrected() {
        return correctedBy != null;
    }
}
