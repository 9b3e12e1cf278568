package org.ecaf.domain.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Text;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.UkTime;

/**
 * The case notes of a {@link CafCase}: written, never changed, corrected by a later note. Holds nothing of its own:
 * it works on the case's notes, under the case's lock.
 */
final class CaseNotes {

    private final CafCase kase;
    private final List<CaseNote> notes;

    CaseNotes(CafCase kase, List<CaseNote> notes) {
        this.kase = kase;
        this.notes = notes;
    }

    CaseNote add(NoteDetails details, Step step) {
        CaseNote.Kind kind = details.kind();
        LocalDate happenedOn = details.happenedOn();
        LocalTime happenedAt = details.happenedAt();
        Long corrects = details.corrects();
        String reason = details.reason();
        LocalDateTime nowLocal = step.local();
        kase.requireWritable(nowLocal.toLocalDate());
        List<Violation> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Choose the kind of note: contact, home visit, phone call, meeting "
                    + "or other.", "kind"));
        }
        if (happenedOn == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Enter the date the contact happened.", "happenedOn"));
        } else if (happenedOn.isAfter(nowLocal.toLocalDate())) {
            problems.add(new Violation(RefusalCode.DATE_IN_FUTURE, "The date of the contact cannot be in the future.",
                    "happenedOn"));
        } else if (happenedAt != null && happenedOn.equals(nowLocal.toLocalDate())
                && happenedAt.isAfter(nowLocal.toLocalTime())) {
            problems.add(new Violation(RefusalCode.TIME_IN_FUTURE, "The time of the contact cannot be later than now.",
                    "happenedAt"));
        }
        String cleanText = noteText(details.text(), "text", "Write what happened.", CaseNote.MAX_TEXT, problems);
        CaseNote corrected = null;
        String cleanReason = null;
        if (corrects != null) {
            corrected = notes.stream().filter(n -> Objects.equals(n.getId(), corrects)).findFirst().orElse(null);
            if (corrected == null) {
                problems.add(new Violation(RefusalCode.UNKNOWN_NOTE, "There is no note " + corrects + " on this case to correct.",
                        "corrects"));
            }
            cleanReason = noteText(reason, "reason", "Say why the note is being corrected.", CaseNote.MAX_REASON,
                    problems);
        } else if (reason != null && !reason.isBlank()) {
            problems.add(new Violation(RefusalCode.NOT_A_CORRECTION, "A reason is given only when correcting a note: say which "
                    + "note this corrects, or leave the reason out.", "reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (corrected != null) {
            Optional<CaseNote> already = correctionOf(corrected);
            if (already.isPresent()) {
                throw new RulesViolated(List.of(new Violation(RefusalCode.ALREADY_CORRECTED, "This note was already corrected "
                        + "by the note written on " + UkTime.dateTime(already.get().getWrittenAt()) + "; correct that note "
                        + "instead.",
                        "corrects")));
            }
        }
        LocalTime time = happenedAt == null ? null : happenedAt.truncatedTo(ChronoUnit.MINUTES);
        CaseNote note = new CaseNote(kase, kind, happenedOn, time, cleanText, step.by(), step.at(), corrected,
                cleanReason);
        notes.add(note);
        String when = UkTime.date(happenedOn) + (time == null ? "" : " at " + time);
        String excerpt = cleanText.length() > 120 ? cleanText.substring(0, 119) + "…" : cleanText;
        if (corrected == null) {
            kase.event(step, "NOTE", kind.label() + " on " + when + " noted by " + step.by().getDisplayName() + ": "
                    + excerpt);
        } else {
            kase.event(step, "NOTE_CORRECTED", "Note of " + UkTime.date(corrected.getHappenedOn()) + " corrected by "
                    + step.by().getDisplayName() + " (" + cleanReason + "): " + kind.label() + " on " + when + ": "
                    + excerpt);
        }
        return note;
    }

    Optional<CaseNote> correctionOf(CaseNote note) {
        return notes.stream().filter(n -> note.equals(n.getCorrects())).findFirst();
    }

    private static String noteText(String value, String field, String missing, int max, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation(RefusalCode.REQUIRED, missing, field));
            return null;
        }
        String problem = Text.textProblem(value);
        if (problem != null) {
            problems.add(new Violation(RefusalCode.INVALID_CHARACTERS, "This " + problem + ".", field));
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new Violation(RefusalCode.TOO_LONG, "This is longer than " + max + " characters.", field));
            return null;
        }
        return stripped;
    }
}
