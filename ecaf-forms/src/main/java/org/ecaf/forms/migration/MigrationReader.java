package org.ecaf.forms.migration;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.ecaf.forms.FormDefinitionException;
import org.ecaf.forms.JsonFiles;
import org.ecaf.forms.JsonProps;
import org.ecaf.forms.definition.FormDefinition;

/** Reads one migration file, collecting every structural problem, then checks it against both definitions. */
final class MigrationReader {

    private static final Set<String> MIGRATION = Set.of("id", "from", "to", "description", "operations");
    private static final Set<String> MOVE = Set.of("op", "from", "to", "note");
    private static final Set<String> DROP = Set.of("op", "key", "note");
    private static final Set<String> ADD = Set.of("op", "key", "value", "note");
    private static final Set<String> ANY = Set.of("op", "from", "to", "key", "value", "note");

    private final String file;
    private final List<FormDefinitionException.Problem> problems = new ArrayList<>();

    private MigrationReader(String file) {
        this.file = file;
    }

    /**
     * Reads and checks a migration from JSON text; {@code definitions} finds a definition by id and version.
     *
     * @throws FormDefinitionException naming the file, the field and the problem(s)
     */
    static Migration read(String file, String text, BiFunction<String, Integer, Optional<FormDefinition>> definitions) {
        MigrationReader reader = new MigrationReader(file);
        Migration migration = reader.migration(JsonFiles.parse(file, text), definitions);
        if (!reader.problems.isEmpty()) {
            throw new FormDefinitionException(reader.problems);
        }
        MigrationChecker.check(migration);
        return migration;
    }

    private Migration migration(JsonObject json, BiFunction<String, Integer, Optional<FormDefinition>> definitions) {
        JsonProps p = new JsonProps(json, MIGRATION, file, FormDefinitionException.WHOLE_FILE, problems);
        String id = p.text("id");
        Integer from = p.integer("from", 1);
        Integer to = p.integer("to", 1);
        if (from == null || to == null) {
            p.problem("'from' and 'to' must be version numbers");
        }
        String description = p.optionalText("description");
        List<MigrationOperation> operations = new ArrayList<>();
        List<JsonObject> objects = p.objects("operations", true);
        for (int i = 0; i < objects.size(); i++) {
            MigrationOperation op = operation(objects.get(i), i + 1);
            if (op != null) {
                operations.add(op);
            }
        }
        if (id == null || from == null || to == null) {
            return null;
        }
        if (to != from + 1) {
            p.problem("a migration goes from one version to the next: 'to' must be " + (from + 1) + ", not " + to);
        }
        Optional<FormDefinition> source = definitions.apply(id, from);
        Optional<FormDefinition> target = definitions.apply(id, to);
        if (source.isEmpty()) {
            p.problem("there is no published definition " + id + " v" + from + " to migrate from");
        }
        if (target.isEmpty()) {
            p.problem("there is no published definition " + id + " v" + to + " to migrate to");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Migration(file, source.get(), target.get(), description, operations);
    }

    private MigrationOperation operation(JsonObject json, int position) {
        String where = "operation " + position;
        JsonValue keyValue = json.containsKey("key") ? json.get("key") : json.get("from");
        if (keyValue instanceof JsonString s && !s.getString().isBlank()) {
            where = s.getString();
        }
        JsonValue opName = json.get("op");
        String name = opName instanceof JsonString s ? s.getString() : "";
        MigrationOperation.Kind kind;
        try {
            kind = MigrationOperation.Kind.fromJson(name);
        } catch (IllegalArgumentException e) {
            new JsonProps(json, ANY, file, where, problems).problem("operation " + position + ": " + e.getMessage());
            return null;
        }
        Set<String> allowed = switch (kind) {
            case RENAME, SPLIT -> MOVE;
            case DROP -> DROP;
            case ADD -> ADD;
        };
        JsonProps p = new JsonProps(json, allowed, file, where, problems);
        String note = p.optionalText("note");
        switch (kind) {
            case RENAME: {
                String fromKey = p.text("from");
                String toKey = p.text("to");
                return fromKey == null || toKey == null ? null
                        : new MigrationOperation(kind, fromKey, List.of(toKey), null, note);
            }
            case SPLIT: {
                String fromKey = p.text("from");
                List<String> toKeys = p.texts("to");
                if (toKeys == null || toKeys.size() < 2) {
                    p.problem("operation " + position + ": a split needs 'to', an array of at least two keys");
                    return null;
                }
                return fromKey == null ? null : new MigrationOperation(kind, fromKey, toKeys, null, note);
            }
            default: {
                String key = p.text("key");
                JsonValue value = kind == MigrationOperation.Kind.ADD ? p.raw("value") : null;
                return key == null ? null : new MigrationOperation(kind, key, List.of(), value, note);
            }
        }
    }
}
