package org.ecaf.forms;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict reading of one JSON object of a definition or migration file, recording each problem with file and field.
 * Public for the forms packages' readers only (ArchitectureTest).
 */
public final class JsonProps {

    private final JsonObject object;
    private final String file;
    private final String field;
    private final List<FormDefinitionException.Problem> problems;

    /** Wraps {@code object}, reporting at once every property not in {@code allowed}. */
    public JsonProps(JsonObject object, Set<String> allowed, String file, String field, List<FormDefinitionException.Problem> problems) {
        this.object = object;
        this.file = file;
        this.field = field;
        this.problems = problems;
        for (String name : new TreeSet<>(object.keySet())) {
            if (!allowed.contains(name)) {
                problem("unknown property '" + name + "'; allowed here: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** The field this object's problems are reported against. */
    public String fieldName() {
        return field;
    }

    /** Records a problem for this object's field. */
    public void problem(String text) {
        problems.add(new FormDefinitionException.Problem(file, field, text));
    }

    /** Whether the property is present (and not null). */
    public boolean has(String name) {
        return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    /** A required, non-blank string property; null (and a problem) when missing or wrong. */
    public String text(String name) {
        if (!has(name)) {
            problem("'" + name + "' is missing");
            return null;
        }
        String value = optionalText(name);
        if (value != null && value.isBlank()) {
            problem("'" + name + "' is empty");
            return null;
        }
        return value;
    }

    /** An optional string property: "" when absent, null (and a problem) when not a string. */
    public String optionalText(String name) {
        if (!has(name)) {
            return "";
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            problem("'" + name + "' must be a string");
            return null;
        }
        return ((JsonString) value).getString();
    }

    /** An optional boolean property: false when absent. */
    public boolean flag(String name) {
        if (!has(name)) {
            return false;
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            problem("'" + name + "' must be true or false");
            return false;
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    /** A whole-number property at least {@code min}; null when absent, or (with a problem) when wrong. */
    public Integer integer(String name, int min) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            problem("'" + name + "' must be a whole number");
            return null;
        }
        try {
            int number = ((JsonNumber) value).intValueExact();
            if (number < min) {
                problem("'" + name + "' must be at least " + min);
                return null;
            }
            return number;
        } catch (ArithmeticException e) {
            problem("'" + name + "' is too large");
            return null;
        }
    }

    /** An array of objects; empty (with a problem if {@code required}) when absent, and a problem for each non-object. */
    public List<JsonObject> objects(String name, boolean required) {
        List<JsonObject> result = new ArrayList<>();
        if (!has(name)) {
            if (required) {
                problem("'" + name + "' is missing");
            }
            return result;
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problem("'" + name + "' must be an array");
            return result;
        }
        int index = 0;
        for (JsonValue element : value.asJsonArray()) {
            index++;
            if (element.getValueType() == JsonValue.ValueType.OBJECT) {
                result.add(element.asJsonObject());
            } else {
                problem("'" + name + "' entry " + index + " must be an object");
            }
        }
        return result;
    }

    /** An optional object property; null (with a problem if not an object) when absent or wrong. */
    public JsonObject object(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problem("'" + name + "' must be an object");
            return null;
        }
        return value.asJsonObject();
    }

    /** An array of non-blank strings; null when absent, or (with a problem) when wrong. */
    public List<String> texts(String name) {
        if (!has(name)) {
            return null;
        }
        JsonValue value = object.get(name);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problem("'" + name + "' must be an array of strings");
            return null;
        }
        List<String> result = new ArrayList<>();
        for (JsonValue element : value.asJsonArray()) {
            if (element.getValueType() != JsonValue.ValueType.STRING || ((JsonString) element).getString().isBlank()) {
                problem("'" + name + "' must be an array of non-empty strings");
                return null;
            }
            result.add(((JsonString) element).getString());
        }
        return result;
    }

    /** The raw property value, or null. */
    public JsonValue raw(String name) {
        return has(name) ? object.get(name) : null;
    }
}
