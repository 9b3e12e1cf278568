package org.ecaf.forms.answers;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One difference between two answer sets: the path ({@code key}, {@code group[0].child}, {@code _archive.v1.key}), what
 * happened, and the values before and after ({@link JsonValue#NULL} stands for "not there").
 */
public record AnswerChange(String path, Kind kind, JsonValue before, JsonValue after) {

    /** What happened to the answer at the path. */
    public enum Kind {
        /** Not there before, there after. */
        ADDED,
        /** There before and after, with different values. */
        CHANGED,
        /** There before, not there after. */
        REMOVED
    }

    /** Checks the parts; a missing value becomes {@link JsonValue#NULL}. */
    public AnswerChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        before = before == null ? JsonValue.NULL : before;
        after = after == null ? JsonValue.NULL : after;
    }

    /** The path (bean accessor). */
    public String getPath() {
        return path;
    }

    /** What happened (bean accessor). */
    public Kind getKind() {
        return kind;
    }

    /** The value before (bean accessor). */
    public JsonValue getBefore() {
        return before;
    }

    /** The value after (bean accessor). */
    public JsonValue getAfter() {
        return after;
    }
}
