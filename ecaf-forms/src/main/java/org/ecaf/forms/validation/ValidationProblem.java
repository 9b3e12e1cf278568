package org.ecaf.forms.validation;

import java.util.Objects;
import org.ecaf.forms.definition.Field;

/**
 * One problem with an answer: the field's key (or path in a group row, e.g. {@code household[1].name}, rows counted
 * from 0), a stable code, and a plain-English message naming the field by its label.
 */
public record ValidationProblem(String field, String code, String message) {

    /** A required field (shown by its condition) has no answer at completion. */
    public static final String REQUIRED = "REQUIRED";
    /** Text is longer than the field allows. */
    public static final String TOO_LONG = "TOO_LONG";
    /** A date answer is not a real date written as {@code yyyy-MM-dd}. */
    public static final String NOT_A_DATE = "NOT_A_DATE";
    /** A date lies after today on a field that does not allow future dates. */
    public static final String DATE_IN_FUTURE = "DATE_IN_FUTURE";
    /** A choice answer is not one of the field's options. */
    public static final String UNKNOWN_OPTION = "UNKNOWN_OPTION";
    /** An answer has a key that is not a field of the form (or of the group row). */
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    /** A number field's answer is not a JSON number. */
    public static final String NOT_A_NUMBER = "NOT_A_NUMBER";
    /** A yes/no field's answer is not true or false. */
    public static final String NOT_A_BOOLEAN = "NOT_A_BOOLEAN";
    /** An answer has the wrong JSON shape for its field (e.g. a number for a text field, an object for a group). */
    public static final String WRONG_TYPE = "WRONG_TYPE";
    /** A group has fewer rows than its {@code minRows} at completion. */
    public static final String TOO_FEW_ROWS = "TOO_FEW_ROWS";
    /** A repeating group has more rows than {@link Field#MAX_ROWS}. */
    public static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";

    /** Checks that every part is present. */
    public ValidationProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The field key or row path (bean accessor). */
    public String getField() {
        return field;
    }

    /** The stable code (bean accessor). */
    public String getCode() {
        return code;
    }

    /** The practitioner's message (bean accessor). */
    public String getMessage() {
        return message;
    }
}
