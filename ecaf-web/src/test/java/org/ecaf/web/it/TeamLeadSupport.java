package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.LONDON;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.ecaf.web.testing.Accessibility;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.Journeys;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps the team-lead browser tests share: cases in a given state through the API, axe, screenshots. */
final class TeamLeadSupport {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TeamLeadSupport() {
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** A case submitted by {@code practitioner}, approved by {@code lead}. */
    static long approvedCase(Api practitioner, Api lead) {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Approved for the test").build()), 200);
        return caseId;
    }

    /** An approved case with {@code leadProfessional} and a review date in four weeks, its plan made active. */
    static long activeCase(Api practitioner, Api lead, String leadProfessional) {
        long caseId = approvedCase(practitioner, lead);
        expect(lead.put("/api/v1/cases/" + caseId + "/lead-professional", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(lead, leadProfessional)).build(), Map.of()), 200);
        expect(lead.put("/api/v1/cases/" + caseId + "/review-date", Json.createObjectBuilder()
                .add("reviewDate", today().plusWeeks(4).toString()).build(), Map.of()), 200);
        expect(lead.post("/api/v1/cases/" + caseId + "/plan-activation", null), 200);
        return caseId;
    }

    static JsonObject caseOf(Api api, long caseId) {
        return expect(api.get("/api/v1/cases/" + caseId), 200).json();
    }

    static String childName(Api api, long caseId) {
        return caseOf(api, caseId).getJsonObject("child").getString("displayName");
    }

    static String reference(Api api, long caseId) {
        return caseOf(api, caseId).getString("reference");
    }

    static String state(Api api, long caseId) {
        return caseOf(api, caseId).getString("state");
    }

    /** Signs in and waits until the signed-in page has loaded (the sign-out button), so the next step cannot race it. */
    static void signIn(Browser browser, String username) {
        browser.signIn(username, Api.DEMO_PASSWORD);
        browser.find(By.id("userForm:logout"));
    }

    /** Waits until the browser is at a path starting with {@code prefix} (after a redirect) and the page is idle. */
    static void awaitPath(Browser browser, String prefix) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.currentPath().startsWith(prefix));
        browser.awaitIdle();
    }

    /** No serious or critical axe-core violations on the page as it is now. */
    static void accessible(Browser browser) {
        List<String> violations = Accessibility.seriousViolations(browser.driver());
        assertThat(violations).as("axe-core on " + browser.currentPath()).isEmpty();
    }

    /** A screenshot of the page, up to 3,000 pixels tall (the window stretched to it), then the window as it was. */
    static Path screenshot(Browser browser, String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Dimension before = browser.driver().manage().window().getSize();
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 3000)));
        try {
            return browser.screenshot(name);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    /** The text of the error summary (waits for it). */
    static String errorSummary(Browser browser) {
        return browser.text(By.className("error-summary"));
    }

    /** The links of the error summary: where each message points. */
    static List<String> errorTargets(Browser browser) {
        return browser.find(By.className("error-summary")).findElements(By.tagName("a")).stream()
                .map(a -> a.getAttribute("href").substring(a.getAttribute("href").indexOf('#') + 1)).toList();
    }

    static String notice(Browser browser) {
        return browser.text(By.className("notice-success"));
    }

    /** Clicks a radio button or checkbox by id (the label would do as well). */
    static void choose(Browser browser, String id) {
        browser.byId(id).click();
        browser.awaitIdle();
    }

    static WebElement row(Browser browser, String tableId, String firstCell) {
        return browser.find(By.xpath("//table[@id='" + tableId + "']//tr[*[1][normalize-space()=\"" + firstCell + "\"]]"));
    }

    /** The whole number in a cell of a table row whose first cell is {@code firstCell}; {@code column} counts from 1. */
    static int cell(Browser browser, String tableId, String firstCell, int column) {
        return Integer.parseInt(row(browser, tableId, firstCell).findElements(By.xpath("./*")).get(column - 1).getText().strip());
    }

    static int figure(Browser browser, String id) {
        return Integer.parseInt(browser.text(By.id(id)).strip());
    }

    /** How long the server took to answer the page's main request, from the browser's Navigation Timing. */
    static long serverMillis(Browser browser) {
        Object ms = ((JavascriptExecutor) browser.driver()).executeScript(
                "var n = performance.getEntriesByType('navigation')[0]; return Math.round(n.responseStart - n.requestStart);");
        return ((Number) ms).longValue();
    }
}
