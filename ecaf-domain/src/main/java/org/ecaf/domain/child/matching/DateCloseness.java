package org.ecaf.domain.child.matching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one rule for when two dates of birth are the same, swapped or close, shared by {@link DuplicateMatcher}
 * (which explains it) and {@link MatchKeys} (which fetches on it), so that the two cannot drift apart.
 */
final class DateCloseness {

    /** How two dates of birth relate, strongest first. */
    enum Kind { SAME, DAY_MONTH_SWAPPED, DAYS_APART, ONE_DIGIT, DIGITS_SWAPPED, YEAR_ONE_OUT, NONE }

    /** Days either side that still count as close. */
    static final int DAYS_CLOSE = 3;

    private DateCloseness() {
    }

    static Kind of(LocalDate mine, LocalDate theirs) {
        if (mine.equals(theirs)) {
            return Kind.SAME;
        }
        if (mine.getYear() == theirs.getYear() && mine.getDayOfMonth() == theirs.getMonthValue()
                && mine.getMonthValue() == theirs.getDayOfMonth()) {
            return Kind.DAY_MONTH_SWAPPED;
        }
        if (Math.abs(ChronoUnit.DAYS.between(mine, theirs)) <= DAYS_CLOSE) {
            return Kind.DAYS_APART;
        }
        String a = digits(mine);
        String b = digits(theirs);
        if (a.length() == b.length()) {
            int differing = 0;
            int first = -1;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    differing++;
                    first = first < 0 ? i : first;
                }
            }
            if (differing == 1) {
                return Kind.ONE_DIGIT;
            }
            if (differing == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first)) {
                return Kind.DIGITS_SWAPPED;
            }
        }
        if (mine.getDayOfMonth() == theirs.getDayOfMonth() && mine.getMonth() == theirs.getMonth()
                && Math.abs(mine.getYear() - theirs.getYear()) == 1) {
            return Kind.YEAR_ONE_OUT;
        }
        return Kind.NONE;
    }

    /** {@code date} and every date whose {@link #of} with it is not {@link Kind#NONE}, in date order. */
    static List<LocalDate> near(LocalDate date) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (int days = -DAYS_CLOSE; days <= DAYS_CLOSE; days++) {
            dates.add(date.plusDays(days));
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        int year = date.getYear();
        addIfDate(dates, month, day, year);
        addIfDate(dates, day, month, year - 1);
        addIfDate(dates, day, month, year + 1);
        String digits = digits(date);
        if (digits.length() == 8) {
            for (int i = 0; i < 8; i++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != digits.charAt(i)) {
                        addIfDate(dates, digits.substring(0, i) + digit + digits.substring(i + 1));
                    }
                }
                if (i < 7 && digits.charAt(i) != digits.charAt(i + 1)) {
                    addIfDate(dates, digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i)
                            + digits.substring(i + 2));
                }
            }
        }
        return List.copyOf(dates);
    }

    /** The date as the digits of dd/MM/yyyy, "04032015". */
    static String digits(LocalDate date) {
        StringBuilder out = new StringBuilder(8);
        pad(out, date.getDayOfMonth(), 2);
        pad(out, date.getMonthValue(), 2);
        pad(out, date.getYear(), 4);
        return out.toString();
    }

    private static void pad(StringBuilder out, int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        out.append(text);
    }

    private static void addIfDate(SortedSet<LocalDate> dates, String ddMMyyyy) {
        addIfDate(dates, Integer.parseInt(ddMMyyyy.substring(0, 2)), Integer.parseInt(ddMMyyyy.substring(2, 4)),
                Integer.parseInt(ddMMyyyy.substring(4)));
    }

    private static void addIfDate(SortedSet<LocalDate> dates, int day, int month, int year) {
        if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
            dates.add(LocalDate.of(year, month, day));
        }
    }
}
