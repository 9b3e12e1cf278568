package org.ecaf.forms.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecaf.forms.FormDefinitionException;

/** The semantic checks of a definition: keys, options, groups and conditions; reports every problem at once. */
final class DefinitionChecker {

    /** Keys of sections, fields and option values: lower case letters, digits and underscores, starting with a letter. */
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern FORM_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final String file;
    private final List<FormDefinitionException.Problem> problems = new ArrayList<>();

    private DefinitionChecker(String file) {
        this.file = file;
    }

    /** Throws FormDefinitionException listing every problem of the definition, if there is any. */
    static void check(String file, FormDefinition definition) {
        DefinitionChecker checker = new DefinitionChecker(file);
        checker.form(definition);
        if (!checker.problems.isEmpty()) {
            throw new FormDefinitionException(checker.problems);
        }
    }

    private void problem(String field, String text) {
        problems.add(new FormDefinitionException.Problem(file, field, text));
    }

    private void form(FormDefinition definition) {
        if (!FORM_ID.matcher(definition.id()).matches()) {
            problem(FormDefinitionException.WHOLE_FILE, "id '" + definition.id()
                    + "' must be lower case letters, digits and hyphens, starting with a letter");
        }
        if (definition.sections().isEmpty()) {
            problem(FormDefinitionException.WHOLE_FILE, "a form needs at least one section");
        }
        Set<String> sectionKeys = new HashSet<>();
        Map<String, String> fieldOwners = new HashMap<>();
        for (Section section : definition.sections()) {
            String where = "section " + section.key();
            if (!KEY.matcher(section.key()).matches()) {
                problem(where, "key '" + section.key() + "' must be lower case letters, digits and underscores");
            }
            if (!sectionKeys.add(section.key())) {
                problem(where, "duplicate section key '" + section.key() + "'");
            }
            if (section.fields().isEmpty()) {
                problem(where, "a section needs at least one field");
            }
            for (Field field : section.fields()) {
                String previous = fieldOwners.putIfAbsent(field.key(), section.key());
                if (previous != null) {
                    problem(field.key(), "duplicate key: '" + field.key() + "' is already used by a field in section "
                            + previous + "; every field needs its own key");
                }
                field(field, field.key(), false);
            }
        }
        conditions(definition.fields(), "");
    }

    private void field(Field field, String path, boolean inGroup) {
        if (!KEY.matcher(field.key()).matches()) {
            problem(path, "key '" + field.key() + "' must be lower case letters, digits and underscores, starting with a letter");
        }
        if (field.type().isChoice()) {
            options(field, path);
        }
        if (field.type() == FieldType.GROUP) {
            group(field, path, inGroup);
        }
    }

    private void options(Field field, String path) {
        if (field.options().isEmpty()) {
            problem(path, "a " + field.type().jsonName() + " field needs at least one option in 'options'");
        }
        Set<String> values = new HashSet<>();
        for (Option option : field.options()) {
            if (!KEY.matcher(option.value()).matches()) {
                problem(path, "option value '" + option.value() + "' must be lower case letters, digits and underscores");
            }
            if (!values.add(option.value())) {
                problem(path, "duplicate option value '" + option.value() + "'");
            }
        }
    }

    private void group(Field group, String path, boolean inGroup) {
        if (inGroup) {
            problem(path, "a group cannot be inside another group");
        }
        if (group.fields().isEmpty()) {
            problem(path, "a group needs at least one field in 'fields'");
        }
        if (group.minRows() > 0 && !group.required()) {
            problem(path, "minRows is " + group.minRows() + " but the group is not required; set \"required\": true");
        }
        Set<String> keys = new HashSet<>();
        for (Field child : group.fields()) {
            String childPath = path + "." + child.key();
            if (!keys.add(child.key())) {
                problem(childPath, "duplicate key: '" + child.key() + "' is already used in group " + path);
            }
            field(child, childPath, true);
        }
        conditions(group.fields(), path + ".");
    }

    /** Checks the conditions of fields that share one scope (the top level, or one group's rows). */
    private void conditions(List<Field> scope, String prefix) {
        Map<String, Field> byKey = new LinkedHashMap<>();
        scope.forEach(f -> byKey.putIfAbsent(f.key(), f));
        for (Field field : scope) {
            if (field.condition().isEmpty()) {
                continue;
            }
            Condition condition = field.condition().get();
            String path = prefix + field.key();
            Field target = byKey.get(condition.field());
            if (target == null) {
                problem(path, "condition refers to '" + condition.field() + "', which is not a field "
                        + (prefix.isEmpty() ? "of this form" : "of group " + prefix.substring(0, prefix.length() - 1)));
            } else if (target == field) {
                problem(path, "condition refers to the field itself");
            } else {
                conditionValues(path, condition, target);
            }
        }
        cycles(scope, byKey, prefix);
    }

    private void conditionValues(String path, Condition condition, Field target) {
        switch (target.type()) {
            case BOOLEAN:
                for (String value : condition.values()) {
                    if (!value.equals("true") && !value.equals("false")) {
                        problem(path, "condition value '" + value + "' cannot match yes/no field '" + target.key()
                                + "'; use \"true\" or \"false\"");
                    }
                }
                break;
            case SINGLE_CHOICE:
            case MULTI_CHOICE:
                for (String value : condition.values()) {
                    if (target.option(value).isEmpty()) {
                        problem(path, "condition value '" + value + "' is not an option of field '" + target.key() + "'");
                    }
                }
                break;
            default:
                problem(path, "condition refers to '" + target.key() + "', a " + target.type().jsonName()
                        + " field; conditions can only look at boolean, singleChoice or multiChoice fields");
        }
    }

    private void cycles(List<Field> scope, Map<String, Field> byKey, String prefix) {
        for (Field start : scope) {
            if (start.condition().isPresent() && start.condition().get().field().equals(start.key())) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            Field current = start;
            while (current != null && current.condition().isPresent()) {
                if (!seen.add(current.key())) {
                    if (current == start) {
                        problem(prefix + start.key(), "conditions go round in a circle back to '" + start.key() + "'");
                    }
                    break;
                }
                current = byKey.get(current.condition().get().field());
            }
        }
    }
}
