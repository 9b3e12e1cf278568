package org.ecaf.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one time zone and the two date formats eCAF shows: England's days begin and end in London, and people read
 * dates as day/month/year. The screens, the copies, the domain's messages and the clock all take them from here.
 */
public final class UkTime {

    /** Where eCAF's days begin and end. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** {@code 21/05/2027}. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** {@code 21/05/2027 14:05}, London time. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private UkTime() {
    }

    /** The day, or "" when there is none. */
    public static String date(LocalDate day) {
        if (day == null) {
            return "";
        }
        int year = day.getYear();
        if (year < 1000 || year > 9999) {
            return DATE.format(day);
        }
        // as DATE writes it, without a formatter: the duplicate check explains dates for every pair it compares
        int d = day.getDayOfMonth();
        int m = day.getMonthValue();
        return new String(new char[] {(char) ('0' + d / 10), (char) ('0' + d % 10), '/', (char) ('0' + m / 10),
            (char) ('0' + m % 10), '/', (char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
            (char) ('0' + year / 10 % 10), (char) ('0' + year % 10)});
    }

    /** The moment as London's date and time, or "" when there is none. */
    public static String dateTime(OffsetDateTime at) {
        return at == null ? "" : DATE_TIME.format(at.atZoneSameInstant(ZONE));
    }

    /** A local date and time (already London's), or "" when there is none. */
    public static String dateTime(LocalDateTime at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    /** The moment's day in London, or "" when there is none. */
    public static String dateOf(OffsetDateTime at) {
        return at == null ? "" : DATE.format(at.atZoneSameInstant(ZONE));
    }
}
