package org.ecaf.pdf;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.forms.Field;
import org.ecaf.forms.FieldType;
import org.ecaf.forms.Option;

/** An answer as words on a copy: choices by their label (or family wording), dates in UK form, yes or no. */
final class AnswerText {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AnswerText() {
    }

    static String of(Field field, JsonValue value, boolean familyWording) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        FieldType type = field.type();
        return switch (type) {
            case BOOLEAN -> value == JsonValue.TRUE ? "Yes" : value == JsonValue.FALSE ? "No" : raw(value);
            case DATE -> date(raw(value));
            case SINGLE_CHOICE -> option(field, raw(value), familyWording);
            case MULTI_CHOICE -> {
                List<String> labels = new ArrayList<>();
                if (value.getValueType() == JsonValue.ValueType.ARRAY) {
                    for (JsonValue item : value.asJsonArray()) {
                        labels.add(option(field, raw(item), familyWording));
                    }
                }
                yield String.join(", ", labels);
            }
            default -> raw(value);
        };
    }

    static String label(Field field, boolean familyWording) {
        return familyWording && field.familyLabel() != null && !field.familyLabel().isBlank() ? field.familyLabel()
                : field.label();
    }

    static String date(String iso) {
        try {
            return UK.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    static String date(LocalDate date) {
        return date == null ? "" : UK.format(date);
    }

    private static String option(Field field, String value, boolean familyWording) {
        return field.option(value).map(o -> optionLabel(o, familyWording)).orElse(value);
    }

    private static String optionLabel(Option option, boolean familyWording) {
        return familyWording && option.familyLabel() != null && !option.familyLabel().isBlank() ? option.familyLabel()
                : option.label();
    }

    private static String raw(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue().stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
