package org.ecaf.forms.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.FormDefinition;

/**
 * Checks answers against a definition and returns every problem at once, in form order then unknown fields.
 * DRAFT checks types, lengths, options, future dates and unknown fields; COMPLETE adds required fields (only while
 * shown by their conditions) and minimum rows.
 */
public final class FormValidator {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final FormDefinition definition;
    private final ValidationStage stage;
    private final LocalDate today;
    private final List<ValidationProblem> problems = new ArrayList<>();

    private FormValidator(FormDefinition definition, ValidationStage stage, LocalDate today) {
        this.definition = definition;
        this.stage = stage;
        this.today = today;
    }

    /** Every problem of {@code answers} against {@code definition} at {@code stage}; {@code today} decides future dates. */
    public static List<ValidationProblem> validate(FormDefinition definition, Answers answers, ValidationStage stage, LocalDate today) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(today, "today");
        FormValidator validator = new FormValidator(definition, stage, today);
        validator.top(answers);
        return List.copyOf(validator.problems);
    }

    private void top(Answers answers) {
        for (Field field : definition.fields()) {
            boolean shown = definition.shown(field.key(), answers);
            field(field, field.key(), field.label(), answers.get(field.key()), shown, answers);
        }
        for (String key : answers.keys()) {
            if (definition.topLevelField(key).isEmpty()) {
                add(key, ValidationProblem.UNKNOWN_FIELD, ValidationMessages.unknownField(key, definition));
            }
        }
    }

    private void field(Field field, String path, String label, Optional<JsonValue> value, boolean shown, Answers scope) {
        if (value.isPresent()) {
            draft(field, path, label, value.get(), shown, scope);
        }
        if (stage != ValidationStage.COMPLETE || !shown) {
            return;
        }
        boolean answered = value.isPresent() && !blank(value.get());
        if (field.required() && !answered) {
            add(path, ValidationProblem.REQUIRED, ValidationMessages.required(label, field));
        } else if (field.type() == FieldType.GROUP && answered && value.get().getValueType() == JsonValue.ValueType.ARRAY) {
            int rows = value.get().asJsonArray().size();
            if (rows < field.minRows()) {
                add(path, ValidationProblem.TOO_FEW_ROWS, ValidationMessages.tooFewRows(label, field.minRows(), rows));
            }
        }
    }

    private void draft(Field field, String path, String label, JsonValue value, boolean shown, Answers scope) {
        switch (field.type()) {
            case TEXT:
            case LONG_TEXT:
                text(field, path, label, value);
                break;
            case DATE:
                date(field, path, label, value);
                break;
            case BOOLEAN:
                if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                    add(path, ValidationProblem.NOT_A_BOOLEAN, ValidationMessages.notABoolean(label));
                }
                break;
            case NUMBER:
                if (value.getValueType() != JsonValue.ValueType.NUMBER) {
                    add(path, ValidationProblem.NOT_A_NUMBER, ValidationMessages.notANumber(label));
                }
                break;
            case SINGLE_CHOICE:
                singleChoice(field, path, label, value);
                break;
            case MULTI_CHOICE:
                multiChoice(field, path, label, value);
                break;
            default:
                group(field, path, label, value, shown, scope);
        }
    }

    private void text(Field field, String path, String label, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            add(path, ValidationProblem.WRONG_TYPE, ValidationMessages.wrongType(label, field));
            return;
        }
        String text = ((JsonString) value).getString();
        int length = text.codePointCount(0, text.length());
        if (field.effectiveMaxLength().isPresent() && length > field.effectiveMaxLength().getAsInt()) {
            add(path, ValidationProblem.TOO_LONG, ValidationMessages.tooLong(label, field.effectiveMaxLength().getAsInt(), length));
        }
    }

    private void date(Field field, String path, String label, JsonValue value) {
        if (blank(value)) {
            return;
        }
        Optional<LocalDate> date = value.getValueType() == JsonValue.ValueType.STRING
                ? parseDate(((JsonString) value).getString()) : Optional.empty();
        if (date.isEmpty()) {
            add(path, ValidationProblem.NOT_A_DATE, ValidationMessages.notADate(label));
        } else if (!field.allowsFutureDate() && date.get().isAfter(today)) {
            add(path, ValidationProblem.DATE_IN_FUTURE, ValidationMessages.dateInFuture(label));
        }
    }

    /** The date written as {@code yyyy-MM-dd}, if it is a real date. */
    static Optional<LocalDate> parseDate(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void singleChoice(Field field, String path, String label, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            add(path, ValidationProblem.WRONG_TYPE, ValidationMessages.wrongType(label, field));
            return;
        }
        String chosen = ((JsonString) value).getString();
        if (!chosen.isBlank() && field.option(chosen).isEmpty()) {
            add(path, ValidationProblem.UNKNOWN_OPTION, ValidationMessages.unknownOption(label, chosen, field));
        }
    }

    private void multiChoice(Field field, String path, String label, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY
                || value.asJsonArray().stream().anyMatch(v -> v.getValueType() != JsonValue.ValueType.STRING)) {
            add(path, ValidationProblem.WRONG_TYPE, ValidationMessages.wrongType(label, field));
            return;
        }
        for (JsonValue element : value.asJsonArray()) {
            String chosen = ((JsonString) element).getString();
            if (field.option(chosen).isEmpty()) {
                add(path, ValidationProblem.UNKNOWN_OPTION, ValidationMessages.unknownOption(label, chosen, field));
            }
        }
    }

    private void group(Field group, String path, String label, JsonValue value, boolean shown, Answers scope) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            add(path, ValidationProblem.WRONG_TYPE, ValidationMessages.wrongType(label, group));
            return;
        }
        JsonArray raw = value.asJsonArray();
        if (raw.size() > group.maxRows()) {
            add(path, ValidationProblem.TOO_MANY_ROWS, ValidationMessages.tooManyRows(label, group.maxRows(), raw.size()));
            return;
        }
        List<Answers> rows = scope.rows(group.key());
        for (int i = 0; i < raw.size(); i++) {
            String rowPath = path + "[" + i + "]";
            String rowLabel = ValidationMessages.rowLabel(label, i);
            if (raw.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                add(rowPath, ValidationProblem.WRONG_TYPE, ValidationMessages.wrongRow(rowLabel));
                continue;
            }
            Answers row = rows.get(i);
            for (Field child : group.fields()) {
                boolean childShown = shown && definition.shown(group.key() + "." + child.key(), row);
                field(child, rowPath + "." + child.key(), rowLabel + ", " + child.label(), row.get(child.key()), childShown, row);
            }
            for (String key : new TreeSet<>(raw.get(i).asJsonObject().keySet())) {
                if (group.field(key).isEmpty()) {
                    add(rowPath + "." + key, ValidationProblem.UNKNOWN_FIELD, ValidationMessages.unknownRowField(rowLabel, key));
                }
            }
        }
    }

    private static boolean blank(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                return ((JsonString) value).getString().isBlank();
            case ARRAY:
                return value.asJsonArray().isEmpty();
            default:
                return false;
        }
    }

    private void add(String path, String code, String message) {
        problems.add(new ValidationProblem(path, code, message));
    }
}
