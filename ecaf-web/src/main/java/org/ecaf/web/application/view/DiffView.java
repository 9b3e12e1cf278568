package org.ecaf.web.application.view;

import jakarta.json.JsonValue;
import java.util.List;

/** The field-level differences between two revisions of an assessment. */
public record DiffView(long caseId, int assessment, int from, int to, List<Change> changes) implements java.io.Serializable {

    /** One answer added, changed or removed; {@code label} is the field's label where the form knows it. */
    public record Change(String path, String label, String kind, JsonValue before, JsonValue after) implements java.io.Serializable {
    }
}
