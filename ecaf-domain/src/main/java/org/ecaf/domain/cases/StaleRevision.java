package org.ecaf.domain.cases;

import java.util.List;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;

/**
 * A save based on an older revision: someone else saved in between. Nothing is overwritten; the refusal names
 * each revision saved since, by whom, when, and which answers it changed, so the practitioner can decide.
 */
public class StaleRevision extends Refusal {

    private static final long serialVersionUID = 1L;

    /** A revision saved after the one the refused save was based on. */
    public record SavedSince(int revision, String author, String authorName, String savedAt, List<String> changedFields) {
    }

    private final int basedOn;
    private final int latest;
    private final transient List<SavedSince> savedSince;

    public StaleRevision(int basedOn, int latest, List<SavedSince> savedSince) {
        super(RefusalCode.STALE_REVISION, message(basedOn, latest, savedSince),
                List.of(new Violation(RefusalCode.STALE_REVISION, message(basedOn, latest, savedSince), null)));
        this.basedOn = basedOn;
        this.latest = latest;
        this.savedSince = List.copyOf(savedSince);
    }

    private static String message(int basedOn, int latest, List<SavedSince> since) {
        StringBuilder text = new StringBuilder("Your changes are based on revision " + basedOn
                + ", but the assessment is now at revision " + latest + ":");
        for (SavedSince s : since) {
            text.append(" ").append(s.authorName()).append(" saved revision ").append(s.revision()).append(" at ")
                    .append(s.savedAt()).append(s.changedFields().isEmpty() ? " (no answers changed)"
                            : " changing " + String.join(", ", s.changedFields())).append(";");
        }
        text.setLength(text.length() - 1);
        return text + ". Nothing was overwritten: reload, then save again.";
    }

    public int basedOn() {
        return basedOn;
    }

    public int latest() {
        return latest;
    }

    public List<SavedSince> savedSince() {
        return savedSince;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
