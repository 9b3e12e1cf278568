package org.ecaf.forms.definition;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonObject;
import java.util.Objects;

/** One choice of a singleChoice or multiChoice field: the stored value, the practitioner's label and the family's wording. */
public record Option(String value, String label, String familyLabel) {

    /** Checks that every part is present. */
    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(familyLabel, "familyLabel");
    }

    /** The value stored in answers (bean accessor). */
    public String getValue() {
        return value;
    }

    /** The label practitioners see (bean accessor). */
    public String getLabel() {
        return label;
    }

    /** The plain-language label printed on a family's copy (bean accessor). */
    public String getFamilyLabel() {
        return familyLabel;
    }

    /** This option as it is written in definition files. */
    public JsonObject toJson() {
        return JSON.createObjectBuilder().add("value", value).add("label", label).add("familyLabel", familyLabel).build();
    }
}
