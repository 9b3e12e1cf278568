package org.ecaf.forms.definition;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ecaf.forms.FormDefinitionException;
import org.ecaf.forms.JsonFiles;
import org.ecaf.forms.JsonProps;

/** Reads one definition file into the model, collecting every structural problem, then runs the semantic checks. */
final class DefinitionReader {

    private static final Set<String> FORM = Set.of("id", "version", "title", "familyTitle", "sections");
    private static final Set<String> SECTION = Set.of("key", "title", "familyTitle", "helpText", "fields");
    private static final Set<String> FIELD = Set.of("key", "type", "label", "familyLabel", "helpText", "sensitivity",
            "required", "options", "fields", "minRows", "maxLength", "allowFuture", "condition");
    private static final Set<String> OPTION = Set.of("value", "label", "familyLabel");
    private static final Set<String> CONDITION = Set.of("field", "in", "notIn");

    private final String file;
    private final List<FormDefinitionException.Problem> problems = new ArrayList<>();

    private DefinitionReader(String file) {
        this.file = file;
    }

    /** Reads and checks a definition from JSON text. */
    static FormDefinition read(String file, String text) {
        return read(file, JsonFiles.parse(file, text));
    }

    /** Reads and checks a definition from a JSON object. */
    static FormDefinition read(String file, JsonObject json) {
        DefinitionReader reader = new DefinitionReader(file);
        FormDefinition definition = reader.form(json);
        if (!reader.problems.isEmpty()) {
            throw new FormDefinitionException(reader.problems);
        }
        DefinitionChecker.check(file, definition);
        return definition;
    }

    private FormDefinition form(JsonObject json) {
        JsonProps p = new JsonProps(json, FORM, file, FormDefinitionException.WHOLE_FILE, problems);
        String id = p.text("id");
        Integer version = p.integer("version", 1);
        if (version == null && !p.has("version")) {
            p.problem("'version' is missing");
        }
        String title = p.text("title");
        String familyTitle = p.text("familyTitle");
        List<JsonObject> sectionObjects = p.objects("sections", true);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < sectionObjects.size(); i++) {
            Section section = section(sectionObjects.get(i), i + 1);
            if (section != null) {
                sections.add(section);
            }
        }
        if (id == null || version == null || title == null || familyTitle == null) {
            return null;
        }
        return new FormDefinition(id, version, title, familyTitle, sections);
    }

    private Section section(JsonObject json, int position) {
        String where = "section " + keyOr(json, String.valueOf(position));
        JsonProps p = new JsonProps(json, SECTION, file, where, problems);
        String key = p.text("key");
        String title = p.text("title");
        String familyTitle = p.text("familyTitle");
        String helpText = p.optionalText("helpText");
        List<Field> fields = fields(p.objects("fields", true), where, null);
        if (key == null || title == null || familyTitle == null || helpText == null) {
            return null;
        }
        return new Section(key, title, familyTitle, helpText, fields);
    }

    private List<Field> fields(List<JsonObject> objects, String where, String groupKey) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Field field = field(objects.get(i), where + " field " + (i + 1), groupKey);
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    private Field field(JsonObject json, String fallback, String groupKey) {
        String ownKey = keyOr(json, null);
        String where = ownKey == null ? fallback : groupKey == null ? ownKey : groupKey + "." + ownKey;
        JsonProps p = new JsonProps(json, FIELD, file, where, problems);
        String key = p.text("key");
        FieldType type = type(p);
        String label = p.text("label");
        String familyLabel = p.text("familyLabel");
        String helpText = p.optionalText("helpText");
        Sensitivity sensitivity = sensitivity(p);
        boolean required = p.flag("required");
        List<Option> options = options(p, type);
        List<Field> children = List.of();
        if (p.has("fields")) {
            if (type != null && type != FieldType.GROUP) {
                p.problem("only group fields can have 'fields'");
            }
            children = fields(p.objects("fields", false), where, where);
        }
        Integer minRows = p.integer("minRows", 0);
        if (minRows != null && type != null && type != FieldType.GROUP) {
            p.problem("only group fields can have 'minRows'");
        }
        Integer maxLength = p.integer("maxLength", 1);
        if (maxLength != null && type != null && !type.isText()) {
            p.problem("only text and longText fields can have 'maxLength'");
        }
        boolean allowFuture = p.flag("allowFuture");
        if (p.has("allowFuture") && type != null && type != FieldType.DATE) {
            p.problem("only date fields can have 'allowFuture'");
        }
        Condition condition = condition(p);
        if (key == null || type == null || label == null || familyLabel == null || helpText == null || sensitivity == null) {
            return null;
        }
        return new Field(key, type, label, familyLabel, helpText, sensitivity, required, options, children,
                minRows == null ? 0 : minRows, maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength),
                Optional.ofNullable(condition), allowFuture);
    }

    private static FieldType type(JsonProps p) {
        String name = p.text("type");
        if (name == null) {
            return null;
        }
        try {
            return FieldType.fromJson(name);
        } catch (IllegalArgumentException e) {
            p.problem(e.getMessage());
            return null;
        }
    }

    private static Sensitivity sensitivity(JsonProps p) {
        String name = p.text("sensitivity");
        if (name == null) {
            return null;
        }
        try {
            return Sensitivity.valueOf(name);
        } catch (IllegalArgumentException e) {
            p.problem("unknown sensitivity '" + name + "'; use one of: NONE, HEALTH, THIRD_PARTY, ADDRESS, SAFEGUARDING");
            return null;
        }
    }

    private List<Option> options(JsonProps p, FieldType type) {
        List<Option> options = new ArrayList<>();
        if (!p.has("options")) {
            return options;
        }
        if (type != null && !type.isChoice()) {
            p.problem("only singleChoice and multiChoice fields can have 'options'");
        }
        List<JsonObject> objects = p.objects("options", false);
        for (int i = 0; i < objects.size(); i++) {
            JsonProps o = new JsonProps(objects.get(i), OPTION, file, fieldOf(p), problems);
            String value = o.text("value");
            String label = o.text("label");
            String familyLabel = o.text("familyLabel");
            if (value == null || label == null || familyLabel == null) {
                o.problem("option " + (i + 1) + " needs a value, a label and a familyLabel");
            } else {
                options.add(new Option(value, label, familyLabel));
            }
        }
        return options;
    }

    private Condition condition(JsonProps p) {
        JsonObject json = p.object("condition");
        if (json == null) {
            return null;
        }
        JsonProps c = new JsonProps(json, CONDITION, file, fieldOf(p), problems);
        String target = c.text("field");
        List<String> in = c.texts("in");
        List<String> notIn = c.texts("notIn");
        if ((in == null) == (notIn == null)) {
            c.problem("a condition needs exactly one of 'in' or 'notIn', a non-empty array of values");
            return null;
        }
        List<String> values = in != null ? in : notIn;
        if (values.isEmpty()) {
            c.problem("a condition needs at least one value");
            return null;
        }
        return target == null ? null : new Condition(target, values, notIn != null);
    }

    private static String fieldOf(JsonProps p) {
        return p.fieldName();
    }

    private static String keyOr(JsonObject json, String fallback) {
        JsonValue key = json.get("key");
        return key instanceof JsonString s && !s.getString().isBlank() ? s.getString() : fallback;
    }
}
