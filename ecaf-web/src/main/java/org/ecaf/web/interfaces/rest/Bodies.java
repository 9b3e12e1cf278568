package org.ecaf.web.interfaces.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;

/** Small checks of request bodies and parameters that end in a precise 422 rather than a null pointer. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw InvalidInput.of(RefusalCode.BODY_REQUIRED, "Send the request's details as a JSON object.", null);
        }
        return body;
    }

    static LocalDate date(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(RefusalCode.NOT_A_DATE,
                    parameter + " must be a date written as yyyy-MM-dd, for example 2015-03-27.",
                    parameter);
        }
    }

    static OffsetDateTime instant(String text, String parameter) {
        try {
            return OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInput.of(RefusalCode.NOT_AN_INSTANT,
                    parameter + " must be an ISO date and time with its offset, for "
                    + "example 2026-11-21T10:15:00Z.", parameter);
        }
    }

    static Integer number(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace("\"", "").replace("W/", ""));
        } catch (NumberFormatException e) {
            throw InvalidInput.of(RefusalCode.NOT_A_NUMBER, parameter + " must be a whole number.", parameter);
        }
    }
}
