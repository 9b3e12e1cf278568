package org.ecaf.forms.migration;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * One declared step of a migration between two versions of a form. {@code key} is the field the step acts on (a
 * top-level key or {@code group.child}); {@code targets} are where its answer goes (rename: one, split: several, drop
 * and add: none); {@code value} is an add's optional starting answer ({@link JsonValue#NULL} for none).
 */
public record MigrationOperation(Kind kind, String key, List<String> targets, JsonValue value, String note) {

    /** The kinds of step, with their names in migration files. */
    public enum Kind {
        /** The answer moves to a new key. */
        RENAME("rename"),
        /** The answer is copied to each of several new keys (one element became several). */
        SPLIT("split"),
        /** The field is gone; its answer is kept in the archive. */
        DROP("drop"),
        /** A new field; answered with {@code value} if one is given, else left unanswered. */
        ADD("add");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The name in migration files. */
        public String jsonName() {
            return jsonName;
        }

        /** The kind with the given file name; IllegalArgumentException if there is none. */
        public static Kind fromJson(String name) {
            for (Kind kind : values()) {
                if (kind.jsonName.equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown operation '" + name + "'; use one of: rename, split, drop, add");
        }
    }

    /** Checks the parts and copies the targets. */
    public MigrationOperation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        targets = List.copyOf(targets);
        value = value == null ? JsonValue.NULL : value;
        note = note == null ? "" : note;
    }

    /** This step as it is written in migration files. */
    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("op", kind.jsonName());
        switch (kind) {
            case RENAME:
                json.add("from", key).add("to", targets.get(0));
                break;
            case SPLIT:
                JsonArrayBuilder array = JSON.createArrayBuilder();
                targets.forEach(array::add);
                json.add("from", key).add("to", array);
                break;
            default:
                json.add("key", key);
                if (value.getValueType() != JsonValue.ValueType.NULL) {
                    json.add("value", value);
                }
        }
        if (!note.isEmpty()) {
            json.add("note", note);
        }
        return json.build();
    }
}
