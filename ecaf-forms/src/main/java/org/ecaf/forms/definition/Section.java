package org.ecaf.forms.definition;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One part of a form: a stable key, practitioner and family titles, guidance, and its fields in order. */
public record Section(String key, String title, String familyTitle, String helpText, List<Field> fields) {

    /** Checks that every part is present and copies the fields. */
    public Section {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(familyTitle, "familyTitle");
        helpText = helpText == null ? "" : helpText;
        fields = List.copyOf(fields);
    }

    /** The top-level field of this section with the given key, if there is one. */
    public Optional<Field> field(String fieldKey) {
        return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
    }

    /** The stable key (bean accessor). */
    public String getKey() {
        return key;
    }

    /** The title practitioners see (bean accessor). */
    public String getTitle() {
        return title;
    }

    /** The plain-language title printed on a family's copy (bean accessor). */
    public String getFamilyTitle() {
        return familyTitle;
    }

    /** Guidance for practitioners, possibly empty (bean accessor). */
    public String getHelpText() {
        return helpText;
    }

    /** The fields in order (bean accessor). */
    public List<Field> getFields() {
        return fields;
    }

    /** This section as it is written in definition files. */
    public JsonObject toJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        fields.forEach(f -> array.add(f.toJson()));
        return JSON.createObjectBuilder()
                .add("key", key)
                .add("title", title)
                .add("familyTitle", familyTitle)
                .add("helpText", helpText)
                .add("fields", array)
                .build();
    }
}
