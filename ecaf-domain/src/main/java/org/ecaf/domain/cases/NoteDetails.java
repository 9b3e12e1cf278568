package org.ecaf.domain.cases;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A case note as entered: the kind of contact, the day and (when known) the time it happened, and what happened;
 * for a correction, the id of the note it corrects and why.
 */
public record NoteDetails(CaseNote.Kind kind, LocalDate happenedOn, LocalTime happenedAt, String text, Long corrects,
                          String reason) {

    /** A new note (not a correction). */
    public static NoteDetails of(CaseNote.Kind kind, LocalDate happenedOn, LocalTime happenedAt, String text) {
        return new NoteDetails(kind, happenedOn, happenedAt, text, null, null);
    }
}
