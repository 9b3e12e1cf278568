package org.ecaf.forms.definition;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One question of a form: a stable key, a type, practitioner and family wording, a sensitivity tag, whether it is
 * needed to complete, options (choices), child fields and minimum rows (groups), an optional length limit, an optional
 * condition and, for dates, whether a future date is allowed. Instances are immutable.
 */
public record Field(
        String key,
        FieldType type,
        String label,
        String familyLabel,
        String helpText,
        Sensitivity sensitivity,
        boolean required,
        List<Option> options,
        List<Field> fields,
        int minRows,
        OptionalInt maxLength,
        Optional<Condition> condition,
        boolean allowsFutureDate) {

    /** Checks that every part is present and copies the lists. */
    public Field {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(familyLabel, "familyLabel");
        helpText = helpText == null ? "" : helpText;
        Objects.requireNonNull(sensitivity, "sensitivity");
        options = List.copyOf(options);
        fields = List.copyOf(fields);
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(condition, "condition");
    }

    /** The option with the given stored value, if this field has it. */
    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /** The child field of this group with the given key, if there is one. */
    public Optional<Field> field(String childKey) {
        return fields.stream().filter(f -> f.key().equals(childKey)).findFirst();
    }

    /**
     * The most rows a repeating group may have (the CAF's longest lists — people present, actions — have a dozen;
     * a limit keeps one save from storing an unbounded array).
     */
    public static final int MAX_ROWS = 100;

    /** The most rows this group may have. */
    public int maxRows() {
        return MAX_ROWS;
    }

    /** The length limit that applies: the declared {@code maxLength}, else the type's default (text fields only). */
    public OptionalInt effectiveMaxLength() {
        return maxLength.isPresent() ? maxLength : type.defaultMaxLength();
    }

    /** The stable key (bean accessor). */
    public String getKey() {
        return key;
    }

    /** The type (bean accessor). */
    public FieldType getType() {
        return type;
    }

    /** The label practitioners see (bean accessor). */
    public String getLabel() {
        return label;
    }

    /** The plain-language label printed on a family's copy (bean accessor). */
    public String getFamilyLabel() {
        return familyLabel;
    }

    /** Guidance for practitioners, possibly empty (bean accessor). */
    public String getHelpText() {
        return helpText;
    }

    /** The sensitivity tag (bean accessor). */
    public Sensitivity getSensitivity() {
        return sensitivity;
    }

    /** Whether an answer is needed to complete the form while the field is shown (bean accessor). */
    public boolean isRequired() {
        return required;
    }

    /** The choices of a choice field (bean accessor). */
    public List<Option> getOptions() {
        return options;
    }

    /** The child fields of a group (bean accessor). */
    public List<Field> getFields() {
        return fields;
    }

    /** The minimum number of rows of a group at completion (bean accessor). */
    public int getMinRows() {
        return minRows;
    }

    /** The length limit that applies, or 0 when there is none (bean accessor). */
    public int getEffectiveMaxLength() {
        return effectiveMaxLength().orElse(0);
    }

    /** The condition, or null when the field is always shown (bean accessor). */
    public Condition getCondition() {
        return condition.orElse(null);
    }

    /** Whether a date may lie in the future (bean accessor). */
    public boolean isAllowsFutureDate() {
        return allowsFutureDate;
    }

    /** This field as it is written in definition files. */
    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("key", key)
                .add("type", type.jsonName())
                .add("label", label)
                .add("familyLabel", familyLabel)
                .add("helpText", helpText)
                .add("sensitivity", sensitivity.name())
                .add("required", required);
        if (type.isChoice()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            options.forEach(o -> array.add(o.toJson()));
            json.add("options", array);
        }
        if (type == FieldType.GROUP) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            fields.forEach(f -> array.add(f.toJson()));
            json.add("fields", array);
            json.add("minRows", minRows);
        }
        maxLength.ifPresent(max -> json.add("maxLength", max));
        if (allowsFutureDate) {
            json.add("allowFuture", true);
        }
        condition.ifPresent(c -> json.add("condition", c.toJson()));
        return json.build();
    }
}
