package org.ecaf.web.interfaces.jsf;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date and time typed the way people in England write them: 27/03/2027 14:30 (the date as {@link UkDateConverter}
 * takes it, then the time on the 24-hour clock, with a colon or a dot), shown as 27/03/2027 14:30. A plain text box,
 * never the browser's date and time picker, whose order depends on the browser's language.
 */
@FacesConverter("ecaf.ukDateTime")
public class UkDateTimeConverter implements Converter<LocalDateTime> {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replaceAll("\\s+", " ");
        int space = text.lastIndexOf(' ');
        String date = space < 0 ? text : text.substring(0, space);
        String time = space < 0 ? "" : text.substring(space + 1).replace('.', ':');
        try {
            return LocalDateTime.parse(date.replace('-', '/').replace('.', '/') + " " + time, TYPED);
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Enter the date and time as day/month/year and hours:minutes, for example 27/03/2027 14:30.", null),
                    e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : SHOWN.format(value);
    }
}
