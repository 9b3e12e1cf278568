package org.ecaf.web.interfaces.jsf.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date answer as GOV.UK's day–month–year input edits it: three boxes bound to {@link #getDay()},
 * {@link #getMonth()} and {@link #getYear()}, written through to the answer they belong to (a top-level value or
 * a group row's value, by key). A real date is kept as {@code yyyy-MM-dd}; anything else that was typed is kept as
 * typed ({@code year-month-day}), so the draft keeps it, the form's validation names it ("enter a real date") and
 * the boxes show it again until it is put right. Three empty boxes are no answer.
 *
 * <p>Made afresh for each EL evaluation; the answer itself lives in the {@link FormModel}.
 */
public final class DateParts {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final int DAY = 2;
    private static final int MONTH = 1;
    private static final int YEAR = 0;

    private final Map<String, Object> target;
    private final String key;

    DateParts(Map<String, Object> target, String key) {
        this.target = target;
        this.key = key;
    }

    public String getDay() {
        return parts()[DAY];
    }

    public void setDay(String day) {
        set(DAY, day);
    }

    public String getMonth() {
        return parts()[MONTH];
    }

    public void setMonth(String month) {
        set(MONTH, month);
    }

    public String getYear() {
        return parts()[YEAR];
    }

    public void setYear(String year) {
        set(YEAR, year);
    }

    /** The three parts (year, month, day) of the answer: a real date without leading zeros, or as typed. */
    private String[] parts() {
        Object value = target.get(key);
        String text = value == null ? "" : value.toString();
        if (text.isEmpty()) {
            return new String[] {"", "", ""};
        }
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return new String[] {iso.group(1), unpadded(iso.group(2)), unpadded(iso.group(3))};
        }
        String[] typed = text.split("-", 3);
        return typed.length == 3 ? typed : new String[] {"", "", text};
    }

    private void set(int part, String typed) {
        String[] parts = parts();
        parts[part] = typed == null ? "" : typed.strip();
        target.put(key, combine(parts[YEAR], parts[MONTH], parts[DAY]));
    }

    /**
     * The answer for three typed parts: null when all are empty, {@code yyyy-MM-dd} for a real date (day and month
     * with or without a leading zero, a four-digit year), otherwise the parts as typed joined by hyphens.
     */
    static String combine(String year, String month, String day) {
        if (year.isEmpty() && month.isEmpty() && day.isEmpty()) {
            return null;
        }
        if (year.length() == 4 && NUMBER.matcher(year).matches() && NUMBER.matcher(month).matches()
                && NUMBER.matcher(day).matches() && month.length() <= 2 && day.length() <= 2) {
            try {
                return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
            } catch (DateTimeException notADate) {
                // kept as typed below: validation says it is not a real date
            }
        }
        return year + "-" + month + "-" + day;
    }

    private static String unpadded(String number) {
        return String.valueOf(Integer.parseInt(number));
    }
}
