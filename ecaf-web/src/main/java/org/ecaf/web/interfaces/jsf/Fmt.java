package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import org.ecaf.forms.UkTime;

/** Dates and times as people in England read them: 21/11/2026, 21/11/2026 09:30 (London time). */
@Named
@ApplicationScoped
public class Fmt {

    private static final ZoneId LONDON = UkTime.ZONE;
    private static final DateTimeFormatter DATE = UkTime.DATE;
    private static final DateTimeFormatter DATE_TIME = UkTime.DATE_TIME;

    public String date(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof OffsetDateTime t) {
            return DATE.format(t.atZoneSameInstant(LONDON));
        }
        if (value instanceof LocalDateTime t) {
            return DATE.format(t);
        }
        if (value instanceof String s && s.length() >= 10) {
            try {
                return DATE.format(LocalDate.parse(s.substring(0, 10)));
            } catch (RuntimeException e) {
                return s;
            }
        }
        return value.toString();
    }

    public String dateTime(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof OffsetDateTime t) {
            return DATE_TIME.format(t.atZoneSameInstant(LONDON));
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (value instanceof Temporal) {
            return date(value);
        }
        return value.toString();
    }

    /** The CSS class of a case state's badge. */
    public String stateClass(Object state) {
        return state == null ? "badge" : "badge badge-" + state.toString().toLowerCase().replace('_', '-');
    }

    /** A number of whole days in words: "0 days", "1 day", "12 days". */
    public String days(Number value) {
        if (value == null) {
            return "–";
        }
        long n = value.longValue();
        return n + (n == 1 ? " day" : " days");
    }

    public String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }
}
