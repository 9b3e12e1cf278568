package org.ecaf.web.application.view;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.AnswerWords;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Section;

/**
 * A set of answers to a form laid out for reading: section by section, each question with its label and the answer
 * in words (option labels, UK dates, yes or no), a strengths-and-needs rating beside the element it rates, and
 * repeating groups as tables. Questions hidden by their condition are left out; unanswered ones say so.
 */
public record AnswerSheet(String formId, int formVersion, String formTitle, List<SheetSection> sections) implements java.io.Serializable {

    /** The suffix of a rating field that belongs to the element before it ({@code general_health_rating}). */
    static final String RATING_SUFFIX = "_rating";

    /** One section: its title and its questions in order. */
    public record SheetSection(String key, String title, List<SheetItem> items) implements java.io.Serializable {
    }

    /**
     * One question. {@code answer} is null when it was not answered; {@code rating} and {@code ratingValue} hold the
     * rating of a strengths-and-needs element (label and stored value, e.g. "Need" and {@code need}); {@code table}
     * is set for a group.
     */
    public record SheetItem(String key, String label, String answer, String rating, String ratingValue,
                            SheetTable table) implements java.io.Serializable {

        public boolean answered() {
            return answer != null || (table != null && !table.rows().isEmpty());
        }
    }

    /** The rows of a group: column headings (the group's questions) and one line of answers per row. */
    public record SheetTable(List<String> columns, List<List<String>> rows) implements java.io.Serializable {
    }

    /** The sheet of {@code answers} on {@code definition}. */
    public static AnswerSheet of(FormDefinition definition, JsonObject answers) {
        Answers all = Answers.fromJson(answers == null ? JsonValue.EMPTY_JSON_OBJECT : answers);
        List<SheetSection> sections = new ArrayList<>();
        for (Section section : definition.sections()) {
            Set<String> ratings = new HashSet<>();
            List<SheetItem> items = new ArrayList<>();
            for (Field field : section.fields()) {
                if (ratings.contains(field.key()) || !definition.shown(field.key(), all)) {
                    continue;
                }
                Optional<Field> rating = ratingOf(section, field);
                rating.ifPresent(r -> ratings.add(r.key()));
                String ratingLabel = rating.flatMap(r -> all.get(r.key())).map(v -> format(rating.get(), v)).orElse(null);
                String ratingValue = rating.flatMap(r -> all.get(r.key())).filter(v -> v instanceof JsonString)
                        .map(v -> ((JsonString) v).getString()).orElse(null);
                if (field.type() == FieldType.GROUP) {
                    items.add(new SheetItem(field.key(), field.label(), null, null, null,
                            table(definition, field, all.get(field.key()).orElse(null))));
                } else {
                    items.add(new SheetItem(field.key(), field.label(),
                            all.get(field.key()).map(v -> format(field, v)).orElse(null), ratingLabel, ratingValue,
                            null));
                }
            }
            sections.add(new SheetSection(section.key(), section.title(), List.copyOf(items)));
        }
        return new AnswerSheet(definition.id(), definition.version(), definition.title(), List.copyOf(sections));
    }

    /** The rating question that follows a text element in the same section ({@code x} and {@code x_rating}). */
    private static Optional<Field> ratingOf(Section section, Field field) {
        if (field.type() != FieldType.TEXT && field.type() != FieldType.LONG_TEXT) {
            return Optional.empty();
        }
        return section.field(field.key() + RATING_SUFFIX).filter(r -> r.type() == FieldType.SINGLE_CHOICE);
    }

    private static SheetTable table(FormDefinition definition, Field group, JsonValue value) {
        List<String> columns = group.fields().stream().map(Field::label).toList();
        List<List<String>> rows = new ArrayList<>();
        if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue row : value.asJsonArray()) {
                if (row.getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                Answers cells = Answers.fromJson(row.asJsonObject());
                List<String> line = new ArrayList<>();
                for (Field child : group.fields()) {
                    boolean shown = definition.shown(group.key() + "." + child.key(), cells);
                    line.add(shown ? cells.get(child.key()).map(v -> format(child, v)).orElse("–") : "–");
                }
                rows.add(List.copyOf(line));
            }
        }
        return new SheetTable(columns, List.copyOf(rows));
    }

    /** An answer in words: option labels, a UK date, yes or no; a wrong answer is shown as it was given. */
    static String format(Field field, JsonValue value) {
        return AnswerWords.of(field, value);
    }
}
