package org.ecaf.web.testing.pages;

import java.time.LocalDate;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.WebElement;

/** A form's date question: day, month and year boxes; the day box has the question's id. */
public final class FormDates {

    private FormDates() {
    }

    /** Types a date as a person does (each box cleared, then typed). */
    public static void type(Browser browser, String id, LocalDate date) {
        type(browser, id, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** Types day, month and year (any text) into a date question's three boxes. */
    public static void type(Browser browser, String id, String day, String month, String year) {
        for (String[] box : new String[][] {{id, day}, {id + "_month", month}, {id + "_year", year}}) {
            WebElement input = browser.byId(box[0]);
            input.clear();
            input.sendKeys(box[1]);
        }
    }

    /** What a date question's three boxes show, as {@code yyyy-MM-dd} (unpadded parts padded). */
    public static String shown(Browser browser, String id) {
        String day = browser.byId(id).getAttribute("value");
        String month = browser.byId(id + "_month").getAttribute("value");
        String year = browser.byId(id + "_year").getAttribute("value");
        return year + "-" + (month.length() == 1 ? "0" + month : month) + "-" + (day.length() == 1 ? "0" + day : day);
    }
}
