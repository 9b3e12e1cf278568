package org.ecaf.forms.definition;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** The fixed set of answer types a form field can have, with their names in definition files. */
public enum FieldType {
    /** One line of text. */
    TEXT("text", 500),
    /** Several paragraphs of text. */
    LONG_TEXT("longText", 20_000),
    /** A calendar date, stored as {@code yyyy-MM-dd}. */
    DATE("date", 0),
    /** Yes or no, stored as a JSON boolean. */
    BOOLEAN("boolean", 0),
    /** Exactly one of the field's options, stored as the option's value. */
    SINGLE_CHOICE("singleChoice", 0),
    /** Any of the field's options, stored as an array of option values. */
    MULTI_CHOICE("multiChoice", 0),
    /** A number, stored as a JSON number. */
    NUMBER("number", 0),
    /** Repeating rows, each with the group's own fields, stored as an array of objects. */
    GROUP("group", 0);

    private final String jsonName;
    private final int defaultMaxLength;

    FieldType(String jsonName, int defaultMaxLength) {
        this.jsonName = jsonName;
        this.defaultMaxLength = defaultMaxLength;
    }

    /** The name used for this type in definition files, e.g. {@code longText}. */
    public String jsonName() {
        return jsonName;
    }

    /** The name used for this type in definition files (bean accessor). */
    public String getJsonName() {
        return jsonName;
    }

    /** Whether answers are chosen from the field's options. */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }

    /** Whether answers are free text, limited in length. */
    public boolean isText() {
        return this == TEXT || this == LONG_TEXT;
    }

    /** The length limit that applies when a text field declares no {@code maxLength}. */
    public OptionalInt defaultMaxLength() {
        return defaultMaxLength > 0 ? OptionalInt.of(defaultMaxLength) : OptionalInt.empty();
    }

    /** The type with the given definition-file name; IllegalArgumentException naming the known types if there is none. */
    public static FieldType fromJson(String name) {
        for (FieldType type : values()) {
            if (type.jsonName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown type '" + name + "'; use one of: " + knownNames());
    }

    /** The definition-file names of all types, comma separated. */
    static String knownNames() {
        return Arrays.stream(values()).map(FieldType::jsonName).collect(Collectors.joining(", "));
    }
}
