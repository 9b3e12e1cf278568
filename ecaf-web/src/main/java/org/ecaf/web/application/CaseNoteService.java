package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.ecaf.domain.access.Operation;
import org.ecaf.domain.access.RecordKind;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseNote;
import org.ecaf.domain.cases.CaseRepository;
import org.ecaf.domain.cases.NoteDetails;
import org.ecaf.domain.cases.Step;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.view.CaseNoteView;

/**
 * Case notes: read the notes of a case and write one (or a correction of one). The same access as the rest of the
 * case's content ({@link RecordKind#CASE}): whoever may read the case reads its notes, whoever may record plan actions
 * writes them; outside the case's reach the answer is the same 404 as for a case that does not exist. Every read and
 * write is audited, refusals included; the audit holds the note's id, never its text.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class CaseNoteService {

    /** A note as typed: the kind's name, the day and optional time of the contact, the text; for a correction, the
     *  id of the note it corrects and why. */
    public record NoteInput(String kind, LocalDate happenedOn, LocalTime happenedAt, String text, Long corrects,
                            String reason) {
    }

    /** Newest contact first; among notes of one day, the later time (a note without a time last), then the later
     *  written. */
    static final Comparator<CaseNoteView> NEWEST_FIRST = Comparator.comparing(CaseNoteView::happenedOn)
            .thenComparing(CaseNoteView::happenedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CaseNoteView::id).reversed();

    @Inject
    CaseRepository cases;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessDecisions access;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** Every note of the case, newest contact first, corrected notes included (each says which note corrects it). */
    public List<CaseNoteView> list(long caseId) {
        return Audited.run(audit, "case.notes.read", "case", caseId, () -> {
            access.staff();
            CafCase c = cases.find(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            access.require(c, RecordKind.CASE, Operation.READ);
            return c.getNotes().stream().map(n -> CaseNoteView.of(c, n)).sorted(NEWEST_FIRST).toList();
        }, list -> list.size() + " note(s)");
    }

    /** Writes a note, or a correction of an earlier note of the same case; the case is locked while it is written. */
    public CaseNoteView add(long caseId, NoteInput in) {
        return Audited.run(audit, in.corrects() == null ? "case.note.add" : "case.note.correct", "case", caseId, () -> {
            access.staff();
            CafCase c = cases.findForUpdate(caseId).orElseThrow(() -> new NotFound("case " + caseId));
            access.require(c, RecordKind.CASE, Operation.WRITE);
            CaseNote.Kind kind = CaseNote.Kind.parse(in.kind());
            CaseNote note = c.addNote(new NoteDetails(kind, in.happenedOn(), in.happenedAt(), in.text(), in.corrects(),
                    in.reason()), Step.now(currentUser.get(), clock));
            cases.flush();
            return CaseNoteView.of(c, note);
        }, v -> "note " + v.id() + (v.corrects() == null ? "" : " corrects note " + v.corrects()));
    }
}
