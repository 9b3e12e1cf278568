package org.ecaf.web.interfaces.jsf.forms;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Section;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationProblem;
import org.ecaf.forms.validation.ValidationStage;

/**
 * What a form page edits: one definition (by id and version) and the values of its inputs, for any form
 * ({@code caf}, {@code review}, {@code closure}, {@code pre-assessment}). Converts to and from
 * {@link org.ecaf.forms.answers.Answers}; answers that have no input (unknown keys, the archive, an answer of the wrong
 * JSON shape, a choice that is not an option, a date that is not a date) are kept as they were and written back
 * unchanged unless the input is given a value, so editing never loses them.
 *
 * <p>JSF binds to {@link #getValues()} (top-level answers by key, as text; multiChoice as a list of values) and to
 * {@link #rows(String)} (a group's rows, each a map by child key). Booleans are the text {@code "true"} /
 * {@code "false"}, dates {@code yyyy-MM-dd}, numbers their text (kept as typed when they are not numbers, so
 * validation reports them). Rendered with the {@code <ecaf:formFields>} composite; read-only with
 * {@code <ecaf:formAnswers>}.
 */
public class FormModel implements Serializable {

    /** Looked up once: {@code Json.createXxx} looks the provider up again on every call, which costs most of a page. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;
    private static final ZoneId LONDON = UkTime.ZONE;
    /** A row member that holds a row's answers that have no input, as JSON text. */
    static final String ROW_KEPT = "__kept";

    private final String formId;
    private final int version;
    private transient FormDefinition definition;
    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();
    private String kept;
    private final LinkedHashMap<String, String> errors = new LinkedHashMap<>();
    private final java.util.HashSet<String> prefilled = new java.util.HashSet<>();
    private transient Answers snapshotSource;
    private transient List<ValidationProblem> snapshotProblems;

    /** A model of {@code answers} to {@code definition}. */
    public FormModel(FormDefinition definition, Answers answers) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.formId = definition.id();
        this.version = definition.version();
        load(answers);
    }

    // ---------------------------------------------------------------- the definition

    /** The form definition (found again in the built-in registry after the model was serialised). */
    public FormDefinition definition() {
        if (definition == null) {
            definition = FormRegistry.builtIn().get(formId, version);
        }
        return definition;
    }

    public String getFormId() {
        return formId;
    }

    public int getVersion() {
        return version;
    }

    public List<Section> getSections() {
        return definition().sections();
    }

    /** The section with this key; IllegalArgumentException if the form has none. */
    public Section section(String sectionKey) {
        return definition().sections().stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + sectionKey + " in " + definition()));
    }

    /** Whether the form has a section with this key. */
    public boolean hasSection(String sectionKey) {
        return sectionKey != null && definition().sections().stream().anyMatch(s -> s.key().equals(sectionKey));
    }

    /** The top-level fields of a section, in order. */
    public List<Field> fields(String sectionKey) {
        return section(sectionKey).fields();
    }

    /** The key of the section holding a field path ({@code key}, {@code group[i].child}, {@code group.child}). */
    public String sectionOf(String path) {
        return definition().sectionOf(topKey(path)).map(Section::key).orElse(null);
    }

    // ---------------------------------------------------------------- values

    /** The top-level values by field key, for binding. */
    public Map<String, Object> getValues() {
        return values;
    }

    /** The rows of a group, each a map by child key, for binding. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(String groupKey) {
        Object rows = values.get(groupKey);
        if (!(rows instanceof List)) {
            List<Map<String, Object>> created = new ArrayList<>();
            values.put(groupKey, created);
            return created;
        }
        return (List<Map<String, Object>>) rows;
    }

    /** A top-level date answer as day, month and year boxes ({@code #{model.date('key').day}}). */
    public DateParts date(String key) {
        return new DateParts(values, key);
    }

    /** A date answer in a group's row as day, month and year boxes. */
    public DateParts rowDate(String groupKey, int index, String childKey) {
        return new DateParts(rows(groupKey).get(index), childKey);
    }

    /** Adds an empty row at the end of a group. */
    public void addRow(String groupKey) {
        rows(groupKey).add(new LinkedHashMap<>());
    }

    /** Removes a group's row; nothing happens when there is no such row. */
    public void removeRow(String groupKey, int index) {
        List<Map<String, Object>> rows = rows(groupKey);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            errors.keySet().removeIf(path -> path.startsWith(groupKey + "["));
        }
    }

    /** Whether a row may be removed: only while the group has more rows than its minimum. */
    public boolean canRemoveRow(String groupKey) {
        Field group = definition().field(groupKey).orElseThrow();
        return rows(groupKey).size() > group.minRows();
    }

    /** Replaces every value with {@code answers}; clears the problems shown. */
    public final void load(Answers answers) {
        values.clear();
        errors.clear();
        JsonObject json = answers.toJson();
        JsonObjectBuilder rest = JSON.createObjectBuilder();
        Set<String> placed = new LinkedHashSet<>();
        for (Field field : definition().fields()) {
            JsonValue value = json.get(field.key());
            if (field.type() == FieldType.GROUP) {
                List<Map<String, Object>> rows = value == null ? new ArrayList<>() : rowsFrom(field, value);
                if (rows == null) {
                    continue;
                }
                while (rows.size() < field.minRows()) {
                    rows.add(new LinkedHashMap<>());
                }
                values.put(field.key(), rows);
                placed.add(field.key());
            } else if (value != null) {
                Object input = input(field, value);
                if (input != null) {
                    values.put(field.key(), input);
                    placed.add(field.key());
                }
            }
        }
        json.forEach((key, value) -> {
            if (!placed.contains(key)) {
                rest.add(key, value);
            }
        });
        JsonObject restJson = rest.build();
        kept = restJson.isEmpty() ? null : restJson.toString();
    }

    private static List<Map<String, Object>> rowsFrom(Field group, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonValue element : value.asJsonArray()) {
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                return null;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            JsonObjectBuilder rest = JSON.createObjectBuilder();
            element.asJsonObject().forEach((key, member) -> {
                Object input = group.field(key).filter(c -> c.type() != FieldType.GROUP).map(c -> input(c, member))
                        .orElse(null);
                if (input != null) {
                    row.put(key, input);
                } else {
                    rest.add(key, member);
                }
            });
            JsonObject restJson = rest.build();
            if (!restJson.isEmpty()) {
                row.put(ROW_KEPT, restJson.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The input value of an answer, or null when the answer's shape does not fit the field (it is then kept). */
    private static Object input(Field field, JsonValue value) {
        switch (field.type()) {
            case BOOLEAN:
                return value.getValueType() == JsonValue.ValueType.TRUE ? "true"
                        : value.getValueType() == JsonValue.ValueType.FALSE ? "false" : null;
            case NUMBER:
                return value.getValueType() == JsonValue.ValueType.NUMBER
                        ? ((JsonNumber) value).bigDecimalValue().toPlainString() : null;
            case MULTI_CHOICE:
                if (value.getValueType() != JsonValue.ValueType.ARRAY || !value.asJsonArray().stream()
                        .allMatch(v -> v instanceof JsonString s && field.option(s.getString()).isPresent())) {
                    return null;
                }
                return value.asJsonArray().stream().map(v -> ((JsonString) v).getString())
                        .collect(Collectors.toCollection(ArrayList::new));
            case GROUP:
                return null;
            case SINGLE_CHOICE:
                return value instanceof JsonString s && field.option(s.getString()).isPresent() ? s.getString() : null;
            case DATE:
                return value instanceof JsonString s && isDate(s.getString()) ? s.getString() : null;
            default:
                return value instanceof JsonString s ? s.getString() : null;
        }
    }

    private static boolean isDate(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The answers to save: every input's value, plus whatever was kept because it has no input. Always built afresh. */
    public Answers toAnswers() {
        return buildAnswers();
    }

    /**
     * The answers to the questions shown now, for a form recorded once (a closure): what the chosen options hide,
     * such as details typed before another reason was chosen, is not recorded.
     */
    public Answers toShownAnswers() {
        JsonObject all = buildAnswers().toJson();
        JsonObjectBuilder out = JSON.createObjectBuilder();
        all.forEach((key, value) -> {
            if (definition().field(key).isPresent() && shown(key)) {
                out.add(key, value);
            }
        });
        return Answers.fromJson(out.build());
    }

    /**
     * The answers for deciding what to show: rendering asks for them for every condition of every field, so they are
     * built again only when a value has changed. Never used for saving.
     */
    private Answers forDisplay() {
        int key = Objects.hash(values, kept);
        if (displayCache == null || displayCacheKey != key) {
            displayCache = buildAnswers();
            displayCacheKey = key;
        }
        return displayCache;
    }

    private transient Answers displayCache;
    private transient int displayCacheKey;

    private Answers buildAnswers() {
        JsonObjectBuilder out = kept == null ? JSON.createObjectBuilder()
                : JSON.createObjectBuilder(JSON.createReader(new java.io.StringReader(kept)).readObject());
        for (Field field : definition().fields()) {
            if (!values.containsKey(field.key())) {
                continue;
            }
            JsonValue json = field.type() == FieldType.GROUP ? rowsJson(field) : json(field, values.get(field.key()));
            if (json != null) {
                out.add(field.key(), json);
            }
        }
        return Answers.fromJson(out.build());
    }

    private JsonValue rowsJson(Field group) {
        List<JsonObject> rows = new ArrayList<>();
        for (Map<String, Object> row : rows(group.key())) {
            Object rest = row.get(ROW_KEPT);
            JsonObjectBuilder object = rest == null ? JSON.createObjectBuilder()
                    : JSON.createObjectBuilder(JSON.createReader(new java.io.StringReader(rest.toString())).readObject());
            for (Field child : group.fields()) {
                JsonValue json = json(child, row.get(child.key()));
                if (json != null) {
                    object.add(child.key(), json);
                }
            }
            rows.add(object.build());
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        if (rows.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        rows.forEach(array::add);
        return array.build();
    }

    /** An input value as JSON; null when it is not answered. */
    static JsonValue json(Field field, Object value) {
        if (value == null) {
            return null;
        }
        switch (field.type()) {
            case MULTI_CHOICE: {
                List<String> chosen = choices(value);
                if (chosen.isEmpty()) {
                    return null;
                }
                JsonArrayBuilder array = JSON.createArrayBuilder();
                chosen.forEach(array::add);
                return array.build();
            }
            case BOOLEAN:
                if (value instanceof Boolean b) {
                    return b ? JsonValue.TRUE : JsonValue.FALSE;
                }
                return "true".equals(value.toString()) ? JsonValue.TRUE
                        : "false".equals(value.toString()) ? JsonValue.FALSE
                        : value.toString().isBlank() ? null : JSON.createValue(value.toString());
            case NUMBER: {
                String text = value.toString().strip();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return JSON.createValue(new BigDecimal(text));
                } catch (NumberFormatException e) {
                    return JSON.createValue(value.toString());
                }
            }
            default: {
                String text = value.toString();
                return text.isBlank() ? null : JSON.createValue(text);
            }
        }
    }

    private static List<String> choices(Object value) {
        List<String> chosen = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> chosen.add(String.valueOf(v)));
        } else if (value instanceof Object[] array) {
            for (Object v : array) {
                chosen.add(String.valueOf(v));
            }
        } else if (!value.toString().isBlank()) {
            chosen.add(value.toString());
        }
        return chosen;
    }

    // ---------------------------------------------------------------- conditions

    /**
     * Whether a field is shown by its condition (and the conditions it depends on). {@code path} is a top-level key
     * or {@code group[i].child}.
     */
    public boolean shown(String path) {
        int bracket = path.indexOf('[');
        if (bracket < 0) {
            return definition().shown(path, forDisplay());
        }
        String group = path.substring(0, bracket);
        int index = Integer.parseInt(path.substring(bracket + 1, path.indexOf(']')));
        return shownInRow(group, index, path.substring(path.indexOf("].") + 2));
    }

    /** Whether a group's child field is shown in one row (and the group itself is shown). */
    public boolean shownInRow(String groupKey, int index, String childKey) {
        if (!shown(groupKey)) {
            return false;
        }
        List<Map<String, Object>> rows = rows(groupKey);
        if (index < 0 || index >= rows.size()) {
            return false;
        }
        Field group = definition().field(groupKey).orElseThrow();
        return definition().shown(groupKey + "." + childKey, rowAnswers(group, rows.get(index)));
    }

    private Answers rowAnswers(Field group, Map<String, Object> row) {
        Answers answers = Answers.empty();
        for (Field child : group.fields()) {
            JsonValue json = json(child, row.get(child.key()));
            if (json != null) {
                answers = answers.with(child.key(), json);
            }
        }
        return answers;
    }

    /** Whether other fields' conditions look at this one (so changing it must show or hide them). */
    public boolean controls(String key) {
        return definition().fields().stream().anyMatch(f -> f.condition().map(c -> c.field().equals(key)).orElse(false));
    }

    /** Whether a group child's value decides whether another child of the same group is shown. */
    public boolean controlsInGroup(String groupKey, String childKey) {
        return definition().field(groupKey).orElseThrow().fields().stream()
                .anyMatch(f -> f.condition().map(c -> c.field().equals(childKey)).orElse(false));
    }

    /**
     * The ids (relative to the composite, space separated) of the wrappers of the fields of {@code sectionKey} that
     * depend on {@code key}, directly or through a chain of conditions; {@code @none} when there are none.
     */
    public String dependents(String key, String sectionKey, String idPrefix) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> frontier = new LinkedHashSet<>(List.of(key));
        while (!frontier.isEmpty()) {
            Set<String> next = new LinkedHashSet<>();
            for (Field f : definition().fields()) {
                if (f.condition().isPresent() && frontier.contains(f.condition().get().field()) && found.add(f.key())) {
                    next.add(f.key());
                }
            }
            frontier = next;
        }
        Set<String> inSection = fields(sectionKey).stream().map(Field::key).collect(Collectors.toSet());
        String ids = found.stream().filter(inSection::contains).map(k -> idPrefix + k + "_w")
                .collect(Collectors.joining(" "));
        return ids.isEmpty() ? "@none" : ids;
    }

    /** Like {@link #dependents} for the children of one group (ids relative to the row). */
    public String rowDependents(String groupKey, String childKey, String idPrefix) {
        Field group = definition().field(groupKey).orElseThrow();
        Set<String> found = new LinkedHashSet<>();
        Set<String> frontier = new LinkedHashSet<>(List.of(childKey));
        while (!frontier.isEmpty()) {
            Set<String> next = new LinkedHashSet<>();
            for (Field f : group.fields()) {
                if (f.condition().isPresent() && frontier.contains(f.condition().get().field()) && found.add(f.key())) {
                    next.add(f.key());
                }
            }
            frontier = next;
        }
        String ids = found.stream().map(k -> idPrefix + k + "_w").collect(Collectors.joining(" "));
        return ids.isEmpty() ? "@none" : ids;
    }

    // ---------------------------------------------------------------- progress

    /** How much of a section is answered, and whether it is complete (every shown required answer given). */
    public Progress progress(String sectionKey) {
        Answers answers = forDisplay();
        List<ValidationProblem> problems = completionProblems(answers);
        int total = 0;
        int answered = 0;
        for (Field field : fields(sectionKey)) {
            if (!definition().shown(field.key(), answers)) {
                continue;
            }
            total++;
            if (answers.get(field.key()).isPresent()) {
                answered++;
            }
        }
        Set<String> keys = fields(sectionKey).stream().map(Field::key).collect(Collectors.toSet());
        int missing = (int) problems.stream().filter(p -> keys.contains(topKey(p.field()))).count();
        return new Progress(answered, total, missing);
    }

    private List<ValidationProblem> completionProblems(Answers answers) {
        if (!answers.equals(snapshotSource) || snapshotProblems == null) {
            snapshotProblems = FormValidator.validate(definition(), answers, ValidationStage.COMPLETE, LocalDate.now(LONDON))
                    .stream().filter(p -> ValidationProblem.REQUIRED.equals(p.code())
                            || ValidationProblem.TOO_FEW_ROWS.equals(p.code())).toList();
            snapshotSource = answers;
        }
        return snapshotProblems;
    }

    /** A section's progress: answered and shown top-level questions, and required answers still missing. */
    public static final class Progress implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int answered;
        private final int total;
        private final int missing;

        Progress(int answered, int total, int missing) {
            this.answered = answered;
            this.total = total;
            this.missing = missing;
        }

        public int getAnswered() {
            return answered;
        }

        public int getTotal() {
            return total;
        }

        public int getMissing() {
            return missing;
        }

        public boolean isComplete() {
            return missing == 0;
        }

        /** For example "4 of 6 answered". */
        public String getText() {
            return answered + " of " + total + " answered";
        }

        /**
         * "Complete", "Not started" or "Not complete"; a section of optional questions nobody has answered yet is
         * "Optional, not answered" (it was "Complete" with 0 answers, which read as a contradiction).
         */
        public String getStatus() {
            if (missing == 0) {
                return answered == 0 && total > 0 ? "Optional, not answered" : "Complete";
            }
            return answered == 0 ? "Not started" : "Not complete";
        }
    }

    // ---------------------------------------------------------------- prefilled answers

    /** Marks these top-level questions as filled in from what eCAF knows (shown until the answers are saved). */
    public void setPrefilled(java.util.Collection<String> keys) {
        prefilled.clear();
        prefilled.addAll(keys);
    }

    /** Whether a question was prefilled and has not been saved since. */
    public boolean prefilled(String key) {
        return prefilled.contains(key);
    }

    public void clearPrefilled() {
        prefilled.clear();
    }

    // ---------------------------------------------------------------- problems next to fields

    /** Shows problems next to their fields: answer path ({@code key}, {@code group[i].child}) to message. */
    public void setErrors(Map<String, String> byPath) {
        errors.clear();
        errors.putAll(byPath);
    }

    public void clearErrors() {
        errors.clear();
    }

    /** The problem with an answer path, or null. */
    public String error(String path) {
        return errors.get(path);
    }

    /** The problem with a group's child in one row, or null. */
    public String rowError(String groupKey, int index, String childKey) {
        return errors.get(groupKey + "[" + index + "]." + childKey);
    }

    /** The problems with a group as a whole or with whole rows of it, or null. */
    public String groupError(String groupKey) {
        if (groupKey == null) {
            return null;
        }
        String text = errors.entrySet().stream()
                .filter(e -> e.getKey().equals(groupKey) || e.getKey().matches(java.util.regex.Pattern.quote(groupKey) + "\\[\\d+]"))
                .map(Map.Entry::getValue).collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    // ---------------------------------------------------------------- ids and read-only text

    /**
     * The id to focus for an answer path (an error summary's link), relative to the composite: the input, or for a
     * list of radios or checkboxes its first one ({@code :0}), for a group its first entry's first input (or the
     * group's wrapper while it has no entry).
     */
    public String focusId(String idPrefix, String path) {
        String id = inputId(idPrefix, path);
        if (id.endsWith("_w")) {
            return id;
        }
        Field field = fieldAt(path);
        if (field != null && field.type() == FieldType.GROUP) {
            // "add at least one entry": the first entry's first input, or the group when it has no entry yet
            return rows(field.key()).isEmpty() ? id + "_w"
                    : id + ":0:" + idPrefix + field.fields().get(0).key();
        }
        return field != null && listOfChoices(field) ? id + ":0" : id;
    }

    /** The field an answer path names ({@code key} or {@code group[i].child}), or null. */
    private Field fieldAt(String path) {
        int bracket = path.indexOf('[');
        if (bracket < 0) {
            return definition().field(path).orElse(null);
        }
        int dot = path.indexOf("].");
        Field group = definition().field(path.substring(0, bracket)).orElse(null);
        if (group == null || dot < 0) {
            return null;
        }
        String child = path.substring(dot + 2);
        return group.fields().stream().filter(f -> f.key().equals(child)).findFirst().orElse(null);
    }

    /** Whether {@code <ecaf:formFields>} renders the field as a list of radios or checkboxes. */
    static boolean listOfChoices(Field field) {
        return field.type() == FieldType.BOOLEAN || field.type() == FieldType.MULTI_CHOICE
                || field.type() == FieldType.SINGLE_CHOICE && field.options().size() <= 6;
    }

    /**
     * The id of the input for an answer path, relative to the {@code <ecaf:formFields>} composite:
     * {@code idPrefix + key}, {@code idPrefix + group + ":" + row + ":" + idPrefix + child} for a child in a row, and
     * the group's wrapper ({@code idPrefix + group + "_w"}) for a group or a whole row.
     */
    public static String inputId(String idPrefix, String path) {
        int bracket = path.indexOf('[');
        if (bracket < 0) {
            int dot = path.indexOf('.');
            return idPrefix + (dot < 0 ? path : path.substring(0, dot)) + (dot < 0 ? "" : "_w");
        }
        String group = path.substring(0, bracket);
        int close = path.indexOf(']');
        if (close + 1 >= path.length()) {
            return idPrefix + group + "_w";
        }
        return idPrefix + group + ":" + path.substring(bracket + 1, close) + ":" + idPrefix + path.substring(close + 2);
    }

    /** The top-level key of an answer path. */
    public static String topKey(String path) {
        int end = path.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = path.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    /** A top-level answer in words (option labels, UK dates, Yes/No). */
    public String display(String key) {
        return FormText.display(definition().field(key).orElse(null), forDisplay().get(key).orElse(null));
    }

    /** A group child's answer in one row, in words; empty text when it is not answered. */
    public String rowDisplay(String groupKey, int index, String childKey) {
        List<Map<String, Object>> rows = rows(groupKey);
        if (index < 0 || index >= rows.size()) {
            return "";
        }
        Field child = definition().field(groupKey + "." + childKey).orElseThrow();
        JsonValue json = json(child, rows.get(index).get(childKey));
        return json == null ? "" : FormText.display(child, json);
    }

    /** Whether a top-level field has an answer. */
    public boolean answered(String key) {
        return forDisplay().get(key).isPresent();
    }

    /** Rows of a group that hold at least one answer (read-only views leave out empty padding rows). */
    public List<Integer> answeredRows(String groupKey) {
        List<Integer> indexes = new ArrayList<>();
        Field group = definition().field(groupKey).orElseThrow();
        List<Map<String, Object>> rows = rows(groupKey);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            if (row.containsKey(ROW_KEPT) || group.fields().stream().anyMatch(c -> json(c, row.get(c.key())) != null)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** The archived answers (from migrations), as label and text, in the order kept. */
    public List<Map.Entry<String, String>> archived() {
        JsonObject archive = forDisplay().archive();
        List<Map.Entry<String, String>> lines = new ArrayList<>();
        archive.forEach((fromVersion, answers) -> {
            if (answers.getValueType() == JsonValue.ValueType.OBJECT) {
                FormDefinition old = FormRegistry.builtIn().find(formId, parseVersion(fromVersion)).orElse(null);
                answers.asJsonObject().forEach((path, value) -> lines.add(Map.entry(
                        (old == null ? path : FormText.label(old, path.replaceAll("#\\d+$", "")))
                                + " (version " + parseVersion(fromVersion) + ")",
                        old == null ? FormText.display((Field) null, value) : FormText.display(old, path.replaceAll("#\\d+$", ""), value))));
            }
        });
        return lines;
    }

    private static int parseVersion(String key) {
        try {
            return Integer.parseInt(key.replace("v", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Problems keyed by path, from validation problems (for {@link #setErrors}). */
    public static Map<String, String> byPath(List<ValidationProblem> problems) {
        Map<String, String> map = new HashMap<>();
        problems.forEach(p -> map.merge(p.field(), p.message(), (a, b) -> a + " " + b));
        return map;
    }
}
