package org.ecaf.forms.answers;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field-level differences between two answer sets, for the history view: keys in sorted order, group rows compared
 * position by position ({@code household[1].name}), archived answers under {@code _archive.<version>.<path>}.
 */
public final class AnswersDiff {

    private AnswersDiff() {
    }

    /** Every answer added, changed or removed going from {@code before} to {@code after}; empty when they are equal. */
    public static List<AnswerChange> between(Answers before, Answers after) {
        List<AnswerChange> changes = new ArrayList<>();
        objects("", before.toJson(), after.toJson(), changes);
        return List.copyOf(changes);
    }

    private static void objects(String prefix, JsonObject before, JsonObject after, List<AnswerChange> changes) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            JsonValue was = before.get(key);
            JsonValue is = after.get(key);
            if (was == null) {
                changes.add(new AnswerChange(path, AnswerChange.Kind.ADDED, JsonValue.NULL, is));
            } else if (is == null) {
                changes.add(new AnswerChange(path, AnswerChange.Kind.REMOVED, was, JsonValue.NULL));
            } else {
                values(path, was, is, changes);
            }
        }
    }

    private static void values(String path, JsonValue before, JsonValue after, List<AnswerChange> changes) {
        if (before.equals(after)) {
            return;
        }
        if (before.getValueType() == JsonValue.ValueType.OBJECT && after.getValueType() == JsonValue.ValueType.OBJECT) {
            objects(path, before.asJsonObject(), after.asJsonObject(), changes);
        } else if (rows(before) && rows(after)) {
            JsonArray was = before.asJsonArray();
            JsonArray is = after.asJsonArray();
            for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
                String rowPath = path + "[" + i + "]";
                if (i >= was.size()) {
                    changes.add(new AnswerChange(rowPath, AnswerChange.Kind.ADDED, JsonValue.NULL, is.get(i)));
                } else if (i >= is.size()) {
                    changes.add(new AnswerChange(rowPath, AnswerChange.Kind.REMOVED, was.get(i), JsonValue.NULL));
                } else {
                    values(rowPath, was.get(i), is.get(i), changes);
                }
            }
        } else {
            changes.add(new AnswerChange(path, AnswerChange.Kind.CHANGED, before, after));
        }
    }

    /** Whether the value is an array whose elements are all objects (group rows); an empty array counts. */
    private static boolean rows(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.ARRAY
                && value.asJsonArray().stream().allMatch(v -> v.getValueType() == JsonValue.ValueType.OBJECT);
    }
}
