package org.ecaf.forms.definition;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.forms.UkTime;

/**
 * An answer as people read it: a choice by its label (or its family wording), a date in UK form, true and false as
 * "Yes" and "No", a number without trailing zeros, several choices separated by commas. An answer that does not fit
 * its field (a stored value no option has, a date that is not ISO) is shown as it was given rather than hidden.
 * The one place answers become words, for the screens and the printed copies alike; group rows are laid out by the
 * caller (as a table or a list), each cell through this class.
 */
public final class AnswerWords {

    private static final DateTimeFormatter UK_DATE = UkTime.DATE;

    private AnswerWords() {
    }

    /** {@code value} in a practitioner's words; {@code field} may be null when the form no longer has it. */
    public static String of(Field field, JsonValue value) {
        return of(field, value, false);
    }

    /**
     * {@code value} in words, in the family's plain wording when {@code familyWording} is set and the option has one.
     * Empty for a missing or null answer.
     */
    public static String of(Field field, JsonValue value, boolean familyWording) {
        if (value == null) {
            return "";
        }
        switch (value.getValueType()) {
            case NULL:
                return "";
            case TRUE:
                return "Yes";
            case FALSE:
                return "No";
            case NUMBER:
                return ((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString();
            case STRING:
                return text(field, ((JsonString) value).getString(), familyWording);
            case ARRAY:
                List<String> parts = new ArrayList<>();
                for (JsonValue element : value.asJsonArray()) {
                    parts.add(of(field, element, familyWording));
                }
                return String.join(", ", parts);
            default:
                return value.toString();
        }
    }

    /** The question as printed: the family's wording when asked for and the field has one, else its label. */
    public static String label(Field field, boolean familyWording) {
        return familyWording && field.familyLabel() != null && !field.familyLabel().isBlank() ? field.familyLabel()
                : field.label();
    }

    /** An ISO date ({@code 2015-03-27}) as 27/03/2015; anything else as it was given. */
    public static String date(String iso) {
        try {
            return UK_DATE.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A date as 27/03/2015; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : UK_DATE.format(date);
    }

    private static String text(Field field, String text, boolean familyWording) {
        if (field == null) {
            return text;
        }
        if (field.type().isChoice()) {
            return field.option(text).map(o -> familyWording && !o.familyLabel().isBlank() ? o.familyLabel() : o.label())
                    .orElse(text);
        }
        return field.type() == FieldType.DATE ? date(text) : text;
    }
}
