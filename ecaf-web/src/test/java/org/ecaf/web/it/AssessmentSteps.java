package org.ecaf.web.it;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.function.Function;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.AssessmentPage;
import org.ecaf.web.testing.pages.FormDates;
import org.ecaf.web.testing.pages.Page;
import org.openqa.selenium.WebDriver;

/** Steps the assessment and history browser tests share: cases through the API, inputs by answer path, waits. */
final class AssessmentSteps {

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

    /** The client id of the input of a top-level field, or of a group child in a row (see AssessmentPage). */
    static String input(String key) {
        return AssessmentPage.input(key);
    }

    static String rowInput(String group, int row, String child) {
        return AssessmentPage.rowInput(group, row, child);
    }

    /** The radio of a choice: the option's position in the list, counted from 0. */
    static String radio(String key, int option) {
        return AssessmentPage.radio(key, option);
    }

    static void until(Browser browser, Function<WebDriver, Boolean> condition) {
        Page.of(browser).until(condition);
    }

    /** Waits for the polite status to say a revision was saved (autosave after the idle time, or Save). */
    static String awaitSaved(Browser browser) {
        return AssessmentPage.of(browser).awaitSaved();
    }

    /** Waits for the polite status to say that revision {@code number} was saved. */
    static String awaitSaved(Browser browser, int number) {
        return AssessmentPage.of(browser).awaitSaved(number);
    }

    /** Types a date into a form's day, month and year boxes ({@code isoDate} is {@code yyyy-MM-dd}); see FormDates. */
    static void setDate(Browser browser, String id, String isoDate) {
        FormDates.type(browser, id, LocalDate.parse(isoDate));
    }

    /** Types day, month and year (any text) into a date field's three boxes. */
    static void typeDate(Browser browser, String id, String day, String month, String year) {
        FormDates.type(browser, id, day, month, year);
    }

    /** What a date field's three boxes show, as {@code yyyy-MM-dd} (unpadded parts padded). */
    static String dateShown(Browser browser, String id) {
        return FormDates.shown(browser, id);
    }

    /** Follows a section link in the navigation and waits for that section's page. */
    static void goToSection(Browser browser, String key) {
        AssessmentPage.of(browser).goToSection(key);
    }

    static Object js(Browser browser, String script, Object... args) {
        return Page.of(browser).script(script, args);
    }

    /** No serious or critical axe violations on the page as it is now. */
    static void accessible(Browser browser) {
        Page.of(browser).assertAccessible();
    }

    /** The latest revision of the case's assessment through the API. */
    static JsonObject latest(Api api, long caseId) {
        return Journeys.expect(api.get("/api/v1/cases/" + caseId + "/assessment"), 200).json();
    }

    static jakarta.json.JsonArray revisions(Api api, long caseId) {
        return Journeys.expect(api.get("/api/v1/cases/" + caseId + "/assessment/revisions"), 200).array();
    }
}
