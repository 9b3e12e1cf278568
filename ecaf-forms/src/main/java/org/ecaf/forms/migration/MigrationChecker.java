package org.ecaf.forms.migration;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecaf.forms.FormDefinitionException;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationStage;

/**
 * Checks a migration against both definitions by running its operations over the old version's field paths: every
 * operation must act on a field that exists at that point, and afterwards the paths and types must be exactly the new
 * version's, so that every difference between the versions is declared.
 */
final class MigrationChecker {

    private final Migration migration;
    private final FormDefinition from;
    private final FormDefinition to;
    private final Map<String, FieldType> state = new LinkedHashMap<>();
    private final Map<String, FieldType> target = new LinkedHashMap<>();
    private final List<FormDefinitionException.Problem> problems = new ArrayList<>();

    private MigrationChecker(Migration migration, FormDefinition from, FormDefinition to) {
        this.migration = migration;
        this.from = from;
        this.to = to;
        from.fieldPaths().forEach(p -> state.put(p, from.field(p).orElseThrow().type()));
        to.fieldPaths().forEach(p -> target.put(p, to.field(p).orElseThrow().type()));
    }

    /** Throws FormDefinitionException listing every problem of the migration, if there is any. */
    static void check(Migration migration) {
        MigrationChecker checker = new MigrationChecker(migration, migration.fromDefinition(), migration.toDefinition());
        checker.run();
        if (!checker.problems.isEmpty()) {
            throw new FormDefinitionException(checker.problems);
        }
    }

    private void problem(String field, String text) {
        problems.add(new FormDefinitionException.Problem(migration.file(), field, text));
    }

    private void run() {
        int position = 0;
        for (MigrationOperation op : migration.operations()) {
            position++;
            String what = "operation " + position + " (" + op.kind().jsonName() + "): ";
            switch (op.kind()) {
                case RENAME, SPLIT -> move(op, what);
                case DROP -> drop(op, what);
                default -> add(op, what);
            }
        }
        for (String path : state.keySet()) {
            if (!target.containsKey(path)) {
                problem(path, "field '" + path + "' of " + from + " has no place in " + to
                        + "; declare a rename, split or drop operation for it");
            } else if (!compatible(state.get(path), target.get(path))) {
                problem(path, "field '" + path + "' is " + state.get(path).jsonName() + " in " + from + " but "
                        + target.get(path).jsonName() + " in " + to + "; a key's type never changes: use a new key");
            }
        }
        for (String path : target.keySet()) {
            if (!state.containsKey(path)) {
                problem(path, "field '" + path + "' is new in " + to
                        + "; declare it with an add operation, or as the target of a rename or split");
            }
        }
    }

    private boolean exists(String key, String what) {
        if (!state.containsKey(key)) {
            problem(key, what + "'" + key + "' is not a field of " + from + " at this point");
            return false;
        }
        return true;
    }

    private void move(MigrationOperation op, String what) {
        if (!exists(op.key(), what)) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String t : op.targets()) {
            if (!seen.add(t)) {
                problem(op.key(), what + "'" + t + "' is named twice");
            } else if (!parent(t).equals(parent(op.key()))) {
                problem(op.key(), what + "'" + op.key() + "' and '" + t
                        + "' are not in the same place; a field cannot move into or out of a group");
            } else if (state.containsKey(t)) {
                problem(op.key(), what + "'" + t + "' already exists at this point; drop or rename it first");
            } else if (!target.containsKey(t)) {
                problem(op.key(), what + "'" + t + "' is not a field of " + to);
            } else if (!compatible(state.get(op.key()), target.get(t))) {
                problem(op.key(), what + "'" + op.key() + "' is a " + state.get(op.key()).jsonName() + " field but '" + t
                        + "' is a " + target.get(t).jsonName() + " field");
            }
        }
        Map<String, FieldType> moved = remove(op.key());
        for (String t : op.targets()) {
            moved.forEach((path, type) -> state.put(t + path.substring(op.key().length()), type));
        }
    }

    private void drop(MigrationOperation op, String what) {
        if (exists(op.key(), what)) {
            remove(op.key());
        }
    }

    private void add(MigrationOperation op, String what) {
        String key = op.key();
        if (state.containsKey(key)) {
            problem(key, what + "'" + key + "' already exists at this point");
            return;
        }
        if (!target.containsKey(key)) {
            problem(key, what + "'" + key + "' is not a field of " + to);
            return;
        }
        if (!parent(key).isEmpty() && !state.containsKey(parent(key))) {
            problem(key, what + "the group '" + parent(key) + "' does not exist at this point");
            return;
        }
        target.forEach((path, type) -> {
            if (path.equals(key) || path.startsWith(key + ".")) {
                state.put(path, type);
            }
        });
        if (op.value().getValueType() != JsonValue.ValueType.NULL) {
            checkValue(op, what);
        }
    }

    private void checkValue(MigrationOperation op, String what) {
        String key = op.key();
        int dot = key.indexOf('.');
        Answers answers = dot < 0 ? Answers.empty().with(key, op.value())
                : Answers.empty().withRows(key.substring(0, dot), List.of(Answers.empty().with(key.substring(dot + 1), op.value())));
        String path = dot < 0 ? key : key.substring(0, dot) + "[0]" + key.substring(dot);
        FormValidator.validate(to, answers, ValidationStage.DRAFT, LocalDate.MAX).stream()
                .filter(p -> p.field().equals(path))
                .forEach(p -> problem(key, what + "the value does not fit: " + p.message()));
    }

    private Map<String, FieldType> remove(String key) {
        Map<String, FieldType> removed = new LinkedHashMap<>();
        for (String path : List.copyOf(state.keySet())) {
            if (path.equals(key) || path.startsWith(key + ".")) {
                removed.put(path, state.remove(path));
            }
        }
        return removed;
    }

    private static String parent(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** Whether answers of the source type can be kept as answers of the target type. */
    static boolean compatible(FieldType source, FieldType targetType) {
        return source == targetType || (source == FieldType.TEXT && targetType == FieldType.LONG_TEXT);
    }
}
