package org.ecaf.forms.migration;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.ecaf.forms.FormDefinitionException;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FormDefinition;

/**
 * The declared migration of answers from one version of a form to the next. Applying it is deterministic and loses
 * nothing: answers move by the operations, and whatever the new version has no place for (dropped fields, unknown
 * keys, choices that no longer exist) is kept in the archive under {@code v<from>}, by path.
 */
public final class Migration {

    private final String file;
    private final FormDefinition from;
    private final FormDefinition to;
    private final String description;
    private final List<MigrationOperation> operations;

    /** A migration whose operations have been checked against both definitions. */
    Migration(String file, FormDefinition from, FormDefinition to, String description, List<MigrationOperation> operations) {
        this.file = Objects.requireNonNull(file, "file");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.description = description == null ? "" : description;
        this.operations = List.copyOf(operations);
    }

    /**
     * Reads and checks one migration from its JSON text; {@code file} names it in problems, {@code definitions} finds a
     * published definition by id and version (both ends must be published).
     *
     * @throws FormDefinitionException naming the file, the field and the problem(s)
     */
    public static Migration parse(String file, String json, BiFunction<String, Integer, Optional<FormDefinition>> definitions) {
        return MigrationReader.read(file, json, definitions);
    }

    /** The form's id. */
    public String formId() {
        return from.id();
    }

    /** The version answers come from. */
    public int fromVersion() {
        return from.version();
    }

    /** The version answers go to. */
    public int toVersion() {
        return to.version();
    }

    /** What the new version changes, for people. */
    public String description() {
        return description;
    }

    /** The operations in the order they are applied. */
    public List<MigrationOperation> operations() {
        return operations;
    }

    /** The definition answers come from. */
    public FormDefinition fromDefinition() {
        return from;
    }

    /** The definition answers go to. */
    public FormDefinition toDefinition() {
        return to;
    }

    /** The classpath resource this migration was read from. */
    public String file() {
        return file;
    }

    /** The name of the archive part that receives what this migration cannot place, e.g. {@code v1}. */
    public String archiveName() {
        return "v" + from.version();
    }

    /**
     * The field paths of the new version that receive the answer at {@code fieldPath} of the old version; empty when
     * the answer goes to the archive.
     */
    public List<String> destinations(String fieldPath) {
        Set<String> paths = new LinkedHashSet<>(List.of(fieldPath));
        for (MigrationOperation op : operations) {
            Set<String> next = new LinkedHashSet<>();
            for (String path : paths) {
                String rest = path.equals(op.key()) ? "" : path.startsWith(op.key() + ".") ? path.substring(op.key().length()) : null;
                if (rest == null || op.kind() == MigrationOperation.Kind.ADD) {
                    next.add(path);
                } else {
                    op.targets().forEach(target -> next.add(target + rest));
                }
            }
            paths = next;
        }
        List<String> result = new ArrayList<>();
        paths.stream().filter(p -> to.field(p).isPresent()).forEach(result::add);
        return List.copyOf(result);
    }

    /** The answers moved to the new version; the archive gains whatever had no place. */
    public Answers apply(Answers answers) {
        Map<String, JsonValue> top = new TreeMap<>();
        answers.keys().forEach(key -> top.put(key, answers.get(key).orElseThrow()));
        Map<String, JsonValue> archived = new TreeMap<>();
        for (MigrationOperation op : operations) {
            int dot = op.key().indexOf('.');
            if (dot < 0) {
                apply(op, op.key(), op.targets(), top, "", archived);
            } else {
                applyToRows(op, op.key().substring(0, dot), dot + 1, top, archived);
            }
        }
        for (String key : List.copyOf(top.keySet())) {
            Optional<Field> field = to.topLevelField(key);
            JsonValue value = top.remove(key);
            JsonValue kept = field.isPresent() ? fit(field.get(), key, value, archived) : archive(archived, key, value);
            if (kept != null) {
                top.put(key, kept);
            }
        }
        JsonObjectBuilder result = JSON.createObjectBuilder();
        top.forEach(result::add);
        return Answers.fromJson(result.build()).withArchive(mergeArchive(answers.archive(), archived));
    }

    private void applyToRows(MigrationOperation op, String group, int childStart, Map<String, JsonValue> top,
                             Map<String, JsonValue> archived) {
        JsonValue rows = top.get(group);
        if (rows == null || rows.getValueType() != JsonValue.ValueType.ARRAY) {
            return;
        }
        String key = op.key().substring(childStart);
        List<String> targets = op.targets().stream().map(t -> t.substring(t.indexOf('.') + 1)).toList();
        JsonArrayBuilder result = JSON.createArrayBuilder();
        for (int i = 0; i < rows.asJsonArray().size(); i++) {
            JsonValue row = rows.asJsonArray().get(i);
            if (row.getValueType() != JsonValue.ValueType.OBJECT) {
                result.add(row);
                continue;
            }
            Map<String, JsonValue> scope = new TreeMap<>(row.asJsonObject());
            apply(op, key, targets, scope, group + "[" + i + "].", archived);
            JsonObjectBuilder rebuilt = JSON.createObjectBuilder();
            scope.forEach(rebuilt::add);
            result.add(rebuilt);
        }
        top.put(group, result.build());
    }

    private static void apply(MigrationOperation op, String key, List<String> targets, Map<String, JsonValue> scope,
                              String prefix, Map<String, JsonValue> archived) {
        switch (op.kind()) {
            case RENAME:
            case SPLIT:
                JsonValue value = scope.remove(key);
                if (value != null) {
                    for (String target : targets) {
                        JsonValue displaced = scope.put(target, value);
                        if (displaced != null && !displaced.equals(value)) {
                            archive(archived, prefix + target, displaced);
                        }
                    }
                }
                break;
            case DROP:
                JsonValue dropped = scope.remove(key);
                if (dropped != null) {
                    archive(archived, prefix + key, dropped);
                }
                break;
            default:
                if (op.value().getValueType() != JsonValue.ValueType.NULL) {
                    scope.putIfAbsent(key, op.value());
                }
        }
    }

    /** The part of {@code value} the new field can hold; the rest is archived under {@code path}. Null if nothing fits. */
    private static JsonValue fit(Field field, String path, JsonValue value, Map<String, JsonValue> archived) {
        switch (field.type()) {
            case SINGLE_CHOICE:
                if (value instanceof JsonString s && !s.getString().isBlank() && field.option(s.getString()).isEmpty()) {
                    return archive(archived, path, value);
                }
                return value;
            case MULTI_CHOICE:
                return fitChoices(field, path, value, archived);
            case GROUP:
                return fitRows(field, path, value, archived);
            default:
                return value;
        }
    }

    private static JsonValue fitChoices(Field field, String path, JsonValue value, Map<String, JsonValue> archived) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return value;
        }
        JsonArrayBuilder kept = JSON.createArrayBuilder();
        JsonArrayBuilder lost = JSON.createArrayBuilder();
        int lostCount = 0;
        for (JsonValue element : value.asJsonArray()) {
            if (element instanceof JsonString s && field.option(s.getString()).isPresent()) {
                kept.add(element);
            } else {
                lost.add(element);
                lostCount++;
            }
        }
        if (lostCount == 0) {
            return value;
        }
        archive(archived, path, lost.build());
        JsonValue result = kept.build();
        return result.asJsonArray().isEmpty() ? null : result;
    }

    private static JsonValue fitRows(Field group, String path, JsonValue value, Map<String, JsonValue> archived) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return value;
        }
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (int i = 0; i < value.asJsonArray().size(); i++) {
            JsonValue row = value.asJsonArray().get(i);
            if (row.getValueType() != JsonValue.ValueType.OBJECT) {
                rows.add(row);
                continue;
            }
            JsonObjectBuilder kept = JSON.createObjectBuilder();
            for (Map.Entry<String, JsonValue> answer : new TreeMap<>(row.asJsonObject()).entrySet()) {
                String childPath = path + "[" + i + "]." + answer.getKey();
                Optional<Field> child = group.field(answer.getKey());
                JsonValue fitted = child.isPresent()
                        ? fit(child.get(), childPath, answer.getValue(), archived)
                        : archive(archived, childPath, answer.getValue());
                if (fitted != null) {
                    kept.add(answer.getKey(), fitted);
                }
            }
            rows.add(kept);
        }
        return rows.build();
    }

    /** Archives a value under {@code path} (or {@code path#2}, ... if taken by another value); always returns null. */
    private static JsonValue archive(Map<String, JsonValue> archived, String path, JsonValue value) {
        String key = path;
        for (int n = 2; archived.containsKey(key) && !archived.get(key).equals(value); n++) {
            key = path + "#" + n;
        }
        archived.put(key, value);
        return null;
    }

    private JsonObject mergeArchive(JsonObject existing, Map<String, JsonValue> archived) {
        if (archived.isEmpty()) {
            return existing;
        }
        Map<String, JsonValue> part = new TreeMap<>();
        JsonValue previous = existing.get(archiveName());
        if (previous != null && previous.getValueType() == JsonValue.ValueType.OBJECT) {
            part.putAll(previous.asJsonObject());
        } else if (previous != null) {
            part.put("#previous", previous);
        }
        archived.forEach((path, value) -> archive(part, path, value));
        JsonObjectBuilder partJson = JSON.createObjectBuilder();
        part.forEach(partJson::add);
        return JSON.createObjectBuilder(existing).add(archiveName(), partJson).build();
    }

    /** This migration as it is written in migration files. */
    public JsonObject toJson() {
        JsonArrayBuilder ops = JSON.createArrayBuilder();
        operations.forEach(op -> ops.add(op.toJson()));
        return JSON.createObjectBuilder()
                .add("id", formId())
                .add("from", fromVersion())
                .add("to", toVersion())
                .add("description", description)
                .add("operations", ops)
                .build();
    }

    @Override
    public String toString() {
        return formId() + " v" + fromVersion() + " -> v" + toVersion();
    }
}
