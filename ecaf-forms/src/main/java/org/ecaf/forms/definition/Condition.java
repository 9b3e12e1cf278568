package org.ecaf.forms.definition;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;
import org.ecaf.forms.answers.Answers;

/**
 * When a field is shown: another field in the same scope has one of the values ({@code "in"}),
 * or has none of them ({@code "notIn"}, which also holds while that field is unanswered).
 * A field that is not shown is never required.
 *
 * <p>Values are compared as text: a boolean answer matches {@code "true"} or {@code "false"}, a number its plain
 * decimal form, and a multiChoice answer matches when any chosen value is listed.
 */
public record Condition(String field, List<String> values, boolean negated) {

    /** Checks the parts and copies the values. */
    public Condition {
        Objects.requireNonNull(field, "field");
        values = List.copyOf(values);
    }

    /** Shown when {@code field} has one of {@code values}. */
    public static Condition in(String field, String... values) {
        return new Condition(field, List.of(values), false);
    }

    /** Shown unless {@code field} has one of {@code values}. */
    public static Condition notIn(String field, String... values) {
        return new Condition(field, List.of(values), true);
    }

    /** Whether the condition holds for the answers of its scope (the whole form, or one group row). */
    public boolean holds(Answers scope) {
        boolean matches = scope.get(field).map(this::matches).orElse(false);
        return matches != negated;
    }

    private boolean matches(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                return values.contains(((JsonString) value).getString());
            case TRUE:
                return values.contains("true");
            case FALSE:
                return values.contains("false");
            case NUMBER:
                return values.contains(((JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString());
            case ARRAY:
                return value.asJsonArray().stream().anyMatch(v -> v instanceof JsonString && values.contains(((JsonString) v).getString()));
            default:
                return false;
        }
    }

    /** The field this condition looks at (bean accessor). */
    public String getField() {
        return field;
    }

    /** The values compared against (bean accessor). */
    public List<String> getValues() {
        return values;
    }

    /** Whether this is a {@code notIn} condition (bean accessor). */
    public boolean isNegated() {
        return negated;
    }

    /** This condition as it is written in definition files. */
    public JsonObject toJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return JSON.createObjectBuilder().add("field", field).add(negated ? "notIn" : "in", array).build();
    }
}
