package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.application.view.CaseNoteView;
import org.ecaf.web.application.view.CaseView;

/**
 * The case page: at a glance the child, the state, what is missing for the next step (each item a link to where
 * it is put right), the people involved and the timeline; recording that the child was seen; and the case notes
 * (writing one, and correcting one by a new note).
 */
@Named
@ViewScoped
public class CasePage extends CasePageBase {


    private static final long serialVersionUID = 1L;

    @jakarta.inject.Inject
    org.ecaf.web.application.CaseRequestService requests;

    /** The team lead's comment on each request, by request id. */
    private final java.util.HashMap<Long, String> decisionComments = new java.util.HashMap<>();

    @jakarta.inject.Inject
    org.ecaf.web.application.CaseNoteService noteService;

    /** The case notes, newest contact first (empty when the viewer may not read the case's content). */
    private List<CaseNoteView> notes = List.of();
    private String noteKind;
    private LocalDate noteOn;
    private LocalTime noteAt;
    private String noteText;
    private String noteReason;
    /** The note being corrected, or null when a new note is being written. */
    private Long correcting;

    private LocalDateTime seenAt;
    private boolean seenAlone;
    private String seenLocation;
    private String seenNotes;

    /** Where each next-step code is put right. */
    public void load() {
        if (loadCase(null) && seenAt == null) {
            seenAt = nowToTheMinute();
        }
        loadNotes();
        if (noteOn == null) {
            noteOn = today();
        }
    }

    private void loadNotes() {
        notes = List.of();
        if (view == null || view.restricted()) {
            return;
        }
        try {
            notes = noteService.list(id);
        } catch (Refusal r) {
            notes = List.of();
        }
    }

    /** Writes the note, or the correction of the note being corrected. */
    public void addNote() {
        Long corrected = correcting;
        try {
            noteService.add(id, new org.ecaf.web.application.CaseNoteService.NoteInput(noteKind, noteOn, noteAt,
                    noteText, corrected, corrected == null ? null : noteReason));
            Pages.info(corrected == null ? "The note is added." : "The correction is added; the note it corrects is "
                    + "kept and marked as corrected.");
            clearNote();
            load();
        } catch (Refusal r) {
            Pages.show(r, Map.of("kind", "noteForm:noteKind", "happenedOn", "noteForm:noteOn",
                    "happenedAt", "noteForm:noteAt", "text", "noteForm:noteText", "reason", "noteForm:noteReason",
                    "corrects", "noteForm:noteText"));
        }
    }

    /** Opens the form to correct {@code noteId}, filled in with that note's kind, date, time and text. */
    public void correct(long noteId) {
        notes.stream().filter(n -> n.id() == noteId).findFirst().ifPresent(n -> {
            correcting = n.id();
            noteKind = n.kind();
            noteOn = n.happenedOn();
            noteAt = n.happenedAt() == null ? null : LocalTime.parse(n.happenedAt());
            noteText = n.text();
            noteReason = null;
        });
    }

    public void cancelCorrection() {
        clearNote();
    }

    private void clearNote() {
        correcting = null;
        noteKind = null;
        noteOn = today();
        noteAt = null;
        noteText = null;
        noteReason = null;
    }

    /** The note being corrected, when there is one. */
    public CaseNoteView getCorrected() {
        return correcting == null ? null : notes.stream().filter(n -> n.id() == correcting).findFirst().orElse(null);
    }

    /** The kinds of note, by name, with their labels in the order they are offered. */
    public List<org.ecaf.domain.cases.CaseNote.Kind> getNoteKinds() {
        return List.of(org.ecaf.domain.cases.CaseNote.Kind.values());
    }

    /** Whether the viewer may write notes here: they may work on the case and it is not closed. */
    public boolean isMayWriteNotes() {
        return view != null && !view.restricted() && view.viewer().mayWork() && view.state() != org.ecaf.domain.cases.CaseState.CLOSED;
    }

    public List<CaseNoteView> getNotes() {
        return notes;
    }

    public String getNoteKind() {
        return noteKind;
    }

    public void setNoteKind(String noteKind) {
        this.noteKind = noteKind;
    }

    public LocalDate getNoteOn() {
        return noteOn;
    }

    public void setNoteOn(LocalDate noteOn) {
        this.noteOn = noteOn;
    }

    public LocalTime getNoteAt() {
        return noteAt;
    }

    public void setNoteAt(LocalTime noteAt) {
        this.noteAt = noteAt;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public String getNoteReason() {
        return noteReason;
    }

    public void setNoteReason(String noteReason) {
        this.noteReason = noteReason;
    }

    public Long getCorrecting() {
        return correcting;
    }

    public void recordChildSeen() {
        try {
            cases.recordChildSeen(id, seenAt, seenAlone, seenLocation, seenNotes);
            Pages.info("Recorded that the child was seen.");
            seenLocation = null;
            seenNotes = null;
            load();
        } catch (Refusal r) {
            Pages.show(r, Map.of("seenAt", "childSeenForm:seenAt", "location", "childSeenForm:seenLocation"));
        }
    }

    /** A team lead of the holding team accepts or declines a request to join or to transfer. */
    public void decide(long requestId, boolean accept) {
        try {
            org.ecaf.web.application.view.CaseRequestView decided = requests.decide(requestId, accept,
                    decisionComments.get(requestId));
            decisionComments.remove(requestId);
            Pages.info(decided.requestedBy().name() + "'s request to " + decided.kindLabel() + " was "
                    + (accept ? "accepted." : "declined."));
            load();
        } catch (Refusal r) {
            Pages.show(r, Map.of());
        }
    }

    public java.util.Map<Long, String> getDecisionComments() {
        return decisionComments;
    }

    /**
     * What is missing for the next step: the questions of the assessment still unanswered as one line (how many, and
     * the first, linked to it), everything else as the case says it.
     */
    public List<Violation> getNextSteps() {
        if (view == null) {
            return List.of();
        }
        List<Violation> steps = new java.util.ArrayList<>();
        List<Violation> unanswered = new java.util.ArrayList<>();
        for (Violation v : view.nextStep()) {
            (v.code() == RefusalCode.REQUIRED_ANSWERS_MISSING ? unanswered : steps).add(v);
        }
        if (unanswered.size() == 1) {
            steps.add(unanswered.get(0));
        } else if (!unanswered.isEmpty()) {
            steps.add(new Violation(RefusalCode.REQUIRED_ANSWERS_MISSING,
                    unanswered.size() + " questions of the assessment are "
                    + "still to be answered, starting with " + unanswered.get(0).message(), unanswered.get(0).target()));
        }
        return steps;
    }

    /** The page that puts a next-step item right, relative to the cases folder (this page's own parts by anchor). */
    public String fixLink(Violation v) {
        String link = FixLinks.of(v, id);
        if (link == null) {
            return "case.xhtml?id=" + id;
        }
        String here = "case.xhtml?id=" + id + "#";
        return link.startsWith(here) ? link.substring(here.length() - 1) : link;
    }

    public boolean isTeamLead() {
        return view != null && view.viewer().teamLead();
    }

    public List<CaseView.EventView> getTimeline() {
        return view == null ? List.of() : view.timeline();
    }

    public LocalDateTime getSeenAt() {
        return seenAt;
    }

    public void setSeenAt(LocalDateTime seenAt) {
        this.seenAt = seenAt;
    }

    public boolean isSeenAlone() {
        return seenAlone;
    }

    public void setSeenAlone(boolean seenAlone) {
        this.seenAlone = seenAlone;
    }

    public String getSeenLocation() {
        return seenLocation;
    }

    public void setSeenLocation(String seenLocation) {
        this.seenLocation = seenLocation;
    }

    public String getSeenNotes() {
        return seenNotes;
    }

    public void setSeenNotes(String seenNotes) {
        this.seenNotes = seenNotes;
    }
}
