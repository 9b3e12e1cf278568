package org.ecaf.forms.validation;

import java.util.stream.Collectors;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Option;

/** The plain-English messages of validation problems; each starts with the field's label. */
final class ValidationMessages {

    private static final String TO_COMPLETE = " before the form can be completed.";

    private ValidationMessages() {
    }

    static String required(String label, Field field) {
        switch (field.type()) {
            case GROUP:
                return label + ": add at least one entry" + TO_COMPLETE;
            case SINGLE_CHOICE:
            case MULTI_CHOICE:
                return label + ": choose an answer" + TO_COMPLETE;
            case BOOLEAN:
                return label + ": answer yes or no" + TO_COMPLETE;
            case DATE:
                return label + ": enter a date" + TO_COMPLETE;
            default:
                return label + ": answer this question" + TO_COMPLETE;
        }
    }

    static String tooLong(String label, int max, int actual) {
        return label + ": use " + max + " characters or fewer (this answer has " + actual + ").";
    }

    static String notADate(String label) {
        return label + ": enter a real date (a day, month and year that exist).";
    }

    static String dateInFuture(String label) {
        return label + ": enter today's date or an earlier date.";
    }

    static String unknownOption(String label, String value, Field field) {
        return label + ": \"" + shorten(value) + "\" is not one of the choices; choose from "
                + field.options().stream().map(Option::label).collect(Collectors.joining(", ")) + ".";
    }

    static String notANumber(String label) {
        return label + ": enter a number, for example 3.";
    }

    static String notABoolean(String label) {
        return label + ": answer yes or no.";
    }

    static String wrongType(String label, Field field) {
        switch (field.type()) {
            case GROUP:
                return label + ": this answer is not in the right form; it should be a list of entries.";
            case MULTI_CHOICE:
                return label + ": this answer is not in the right form; choose from the list.";
            case SINGLE_CHOICE:
                return label + ": this answer is not in the right form; choose one of the choices.";
            default:
                return label + ": this answer is not in the right form; enter text.";
        }
    }

    static String wrongRow(String rowLabel) {
        return rowLabel + ": this entry is not in the right form; enter it again.";
    }

    static String tooManyRows(String label, int max, int actual) {
        return label + ": at most " + max + " entries can be recorded (there are " + actual + ").";
    }

    static String tooFewRows(String label, int min, int actual) {
        return label + ": add at least " + min + " entries" + TO_COMPLETE.substring(0, TO_COMPLETE.length() - 1)
                + " (there " + (actual == 1 ? "is 1" : "are " + actual) + ").";
    }

    static String unknownField(String key, FormDefinition definition) {
        return "\"" + shorten(key) + "\" is not a question on " + definition.title() + " version " + definition.version()
                + "; remove this answer.";
    }

    static String unknownRowField(String rowLabel, String key) {
        return rowLabel + ": \"" + shorten(key) + "\" is not a question in this part of the form; remove this answer.";
    }

    /** A row's label: the group's label and the row's number counted from 1. */
    static String rowLabel(String groupLabel, int index) {
        return groupLabel + ", entry " + (index + 1);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
