package org.ecaf.web.interfaces.jsf.forms;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecaf.forms.definition.AnswerWords;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.FormDefinition;

/**
 * Answers as people read them: option labels instead of stored values, UK dates, "Yes"/"No", group rows spelled
 * out, and labels for answer paths ({@code household[1].name} is "Household members, entry 2: Name").
 * Presentation only; used by the read-only views, the history's diff and the conflict view.
 */
public final class FormText {

    /** Shown for an answer that is not there. */
    public static final String NOT_ANSWERED = "Not answered";

    private static final Pattern ROW_PATH = Pattern.compile("([a-z][a-z0-9_]*)\\[(\\d+)](?:\\.([a-z][a-z0-9_]*))?");

    private FormText() {
    }

    /** The label of an answer path: a key, {@code group[i]}, {@code group[i].child} or {@code _archive.v1.path}. */
    public static String label(FormDefinition definition, String path) {
        if (path.startsWith("_archive.")) {
            String rest = path.substring("_archive.".length());
            int dot = rest.indexOf('.');
            String version = dot < 0 ? rest : rest.substring(0, dot);
            String archived = dot < 0 ? "" : rest.substring(dot + 1);
            return "Kept from version " + version.replace("v", "") + (archived.isEmpty() ? "" : ": " + archived);
        }
        Matcher row = ROW_PATH.matcher(path);
        if (row.matches()) {
            String group = row.group(1);
            String groupLabel = definition.field(group).map(Field::label).orElse(group);
            String text = groupLabel + ", entry " + (Integer.parseInt(row.group(2)) + 1);
            if (row.group(3) != null) {
                text += ": " + definition.field(group + "." + row.group(3)).map(Field::label).orElse(row.group(3));
            }
            return text;
        }
        return definition.field(path).map(Field::label).orElse(path);
    }

    /** The field an answer path is about ({@code group[i].child} gives the child), if the form has it. */
    public static Optional<Field> field(FormDefinition definition, String path) {
        Matcher row = ROW_PATH.matcher(path);
        if (row.matches()) {
            return row.group(3) == null ? definition.field(row.group(1))
                    : definition.field(row.group(1) + "." + row.group(3));
        }
        return definition.field(path);
    }

    /** The answer at a path in words; a whole row ({@code group[i]}) lists its members. */
    public static String display(FormDefinition definition, String path, JsonValue value) {
        Matcher row = ROW_PATH.matcher(path);
        if (row.matches() && row.group(3) == null) {
            Optional<Field> group = definition.field(row.group(1));
            return value != null && value.getValueType() == JsonValue.ValueType.OBJECT && group.isPresent()
                    ? rowText(group.get(), value.asJsonObject()) : display(null, value);
        }
        return display(field(definition, path).orElse(null), value);
    }

    /** A value in words for its field (or as plain text when the field is not known). */
    public static String display(Field field, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return NOT_ANSWERED;
        }
        boolean group = field != null && field.type() == FieldType.GROUP;
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            if (value.asJsonArray().isEmpty()) {
                return NOT_ANSWERED;
            }
            if (group) {
                List<String> entries = new ArrayList<>();
                int index = 0;
                for (JsonValue element : value.asJsonArray()) {
                    index++;
                    entries.add("Entry " + index + " – " + (element.getValueType() == JsonValue.ValueType.OBJECT
                            ? rowText(field, element.asJsonObject()) : AnswerWords.of(null, element)));
                }
                return String.join("\n", entries);
            }
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return group ? rowText(field, value.asJsonObject()) : objectText(value.asJsonObject());
        }
        return AnswerWords.of(field, value);
    }

    private static String rowText(Field group, JsonObject row) {
        List<String> parts = new ArrayList<>();
        for (Field child : group.fields()) {
            if (row.containsKey(child.key())) {
                parts.add(child.label() + ": " + display(child, row.get(child.key())));
            }
        }
        row.keySet().stream().filter(k -> group.field(k).isEmpty())
                .forEach(k -> parts.add(k + ": " + display(null, row.get(k))));
        return parts.isEmpty() ? "(empty entry)" : String.join("; ", parts);
    }

    private static String objectText(JsonObject object) {
        List<String> parts = new ArrayList<>();
        object.forEach((k, v) -> parts.add(k + ": " + display(null, v)));
        return String.join("; ", parts);
    }
}
