package org.ecaf.web.application.view;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * What a save of a practitioner's answers came to when someone else may have saved since the revision they started
 * from, or what resolving a conflict came to (see {@code AssessmentService.saveMerging} and
 * {@code resolveConflict}). The page only shows it.
 *
 * @param kind what happened
 * @param saved the revision now the latest (null for {@link Kind#CONFLICT} and {@link Kind#FORM_MOVED})
 * @param latest the latest revision before this save (someone else's, when they saved in between)
 * @param keptRevision for {@link Kind#TOOK_THEIRS}: the revision that keeps the practitioner's own version
 * @param answers the answers the assessment now has (null when nothing was saved)
 * @param since the revisions saved since the one the practitioner started from
 * @param conflicts the answers both sides changed differently ({@link Kind#CONFLICT} only)
 * @param refusal the stale-save refusal in words ({@link Kind#FORM_MOVED} only)
 */
public record MergeOutcome(Kind kind, RevisionView saved, RevisionView latest, Integer keptRevision,
                           JsonObject answers, List<SavedSince> since, List<ConflictingAnswer> conflicts,
                           String refusal) implements java.io.Serializable {

    /** How a save ended. */
    public enum Kind {
        /** Saved as a new revision; nobody saved in between. */
        SAVED,
        /** Someone saved in between, on other answers: both merged and saved as one new revision. */
        MERGED,
        /** Someone saved in between and their answers already are the merge: nothing more saved. */
        SAME_AS_THEIRS,
        /** Someone saved in between and both changed some answers differently: nothing saved, a choice is needed. */
        CONFLICT,
        /** Someone moved the assessment to another form version in between: nothing saved. */
        FORM_MOVED,
        /** A conflict resolved keeping mine: one revision, mine on top of theirs. */
        KEPT_MINE,
        /** A conflict resolved taking theirs: two revisions, mine kept, then theirs on top. */
        TOOK_THEIRS
    }

    /** A revision saved since the one the save was based on; {@code changedFields} are answer paths. */
    public record SavedSince(int revision, String authorName, String savedAt, List<String> changedFields)
            implements java.io.Serializable {
        public SavedSince {
            changedFields = List.copyOf(changedFields);
        }
    }

    /** An answer both sides changed differently: its key, its question and the three values (null: no answer). */
    public record ConflictingAnswer(String key, String label, JsonValue base, JsonValue mine, JsonValue theirs)
            implements java.io.Serializable {
    }

    public MergeOutcome {
        since = since == null ? List.of() : List.copyOf(since);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}
