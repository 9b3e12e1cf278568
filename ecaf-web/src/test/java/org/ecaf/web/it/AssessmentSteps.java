package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;
import org.ecaf.web.testing.Accessibility;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.Journeys;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps the assessment and history browser tests share: cases through the API, inputs by answer path, waits. */
final class AssessmentSteps {

    static final String FIELDS = "assessment:fields:f_";

    private AssessmentSteps() {
    }

    /** A new child, their mother (with parental responsibility, living with them) and a case with her consent. */
    record ConsentedCase(JsonObject child, JsonObject mother, long caseId) {
        long childId() {
            return child.getJsonNumber("id").longValue();
        }

        long motherId() {
            return mother.getJsonNumber("id").longValue();
        }
    }

    /**
     * A case of a new child with the mother's consent to record in force (and, with {@code sharedWithMother}, to share
     * with her, so she may receive a family copy).
     */
    static ConsentedCase consentedCase(Api api, boolean sharedWithMother) {
        JsonObject child = Journeys.registerChild(api, 9, false);
        long childId = child.getJsonNumber("id").longValue();
        JsonObject mother = Journeys.addParent(api, childId, "Parent " + Journeys.randomName(), true, true);
        long caseId = Journeys.openCase(api, childId).getJsonNumber("id").longValue();
        long motherId = mother.getJsonNumber("id").longValue();
        Journeys.consent(api, caseId, motherId, new long[0], sharedWithMother ? new long[] {motherId} : new long[0]);
        return new ConsentedCase(child, mother, caseId);
    }

    /** A case of a new child with consent to record in force; returns the case id. */
    static long caseWithConsent(Api api) {
        return consentedCase(api, false).caseId();
    }

    /** The client id of the input of a top-level field, or of a group child in a row. */
    static String input(String key) {
        return FIELDS + key;
    }

    static String rowInput(String group, int row, String child) {
        return FIELDS + group + ":" + row + ":" + FIELDS.substring(FIELDS.lastIndexOf(':') + 1) + child;
    }

    /** The radio of a choice: the option's position in the list, counted from 0. */
    static String radio(String key, int option) {
        return FIELDS + key + ":" + option;
    }

    static void until(Browser browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(25))
                .ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** Waits for the polite status to say a revision was saved (autosave after the idle time, or Save). */
    static String awaitSaved(Browser browser) {
        until(browser, d -> d.findElement(By.id("assessment:saveStatus")).getText().startsWith("Saved revision"));
        browser.awaitIdle();
        return browser.byId("assessment:saveStatus").getText();
    }

    /** Waits for the polite status to say that revision {@code number} was saved. */
    static String awaitSaved(Browser browser, int number) {
        until(browser, d -> d.findElement(By.id("assessment:saveStatus")).getText().startsWith("Saved revision " + number + " "));
        browser.awaitIdle();
        return browser.byId("assessment:saveStatus").getText();
    }

    /** Sets a native date input the way the date picker does, firing input and change. */
    /**
     * Types a date into a form's day, month and year boxes as a person does (each box cleared, then typed);
     * {@code isoDate} is {@code yyyy-MM-dd}. The day box has the field's id.
     */
    static void setDate(Browser browser, String id, String isoDate) {
        LocalDate date = LocalDate.parse(isoDate);
        typeDate(browser, id, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** Types day, month and year (any text) into a date field's three boxes. */
    static void typeDate(Browser browser, String id, String day, String month, String year) {
        for (String[] box : new String[][] {{id, day}, {id + "_month", month}, {id + "_year", year}}) {
            WebElement input = browser.byId(box[0]);
            input.clear();
            input.sendKeys(box[1]);
        }
    }

    /** What a date field's three boxes show, as {@code yyyy-MM-dd} (unpadded parts padded). */
    static String dateShown(Browser browser, String id) {
        String day = browser.byId(id).getAttribute("value");
        String month = browser.byId(id + "_month").getAttribute("value");
        String year = browser.byId(id + "_year").getAttribute("value");
        return year + "-" + (month.length() == 1 ? "0" + month : month) + "-" + (day.length() == 1 ? "0" + day : day);
    }

    /** Follows a section link in the navigation and waits for that section's page. */
    static void goToSection(Browser browser, String key) {
        browser.byId("nav-" + key).click();
        until(browser, d -> d.getCurrentUrl().contains("section=" + key)
                && !d.findElements(By.cssSelector(".section-list li.current #nav-" + key)).isEmpty());
        browser.awaitIdle();
    }

    static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** No serious or critical axe violations on the page as it is now. */
    static void accessible(Browser browser) {
        assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
    }

    /** The latest revision of the case's assessment through the API. */
    static JsonObject latest(Api api, long caseId) {
        return Journeys.expect(api.get("/api/v1/cases/" + caseId + "/assessment"), 200).json();
    }

    static jakarta.json.JsonArray revisions(Api api, long caseId) {
        return Journeys.expect(api.get("/api/v1/cases/" + caseId + "/assessment/revisions"), 200).array();
    }
}
