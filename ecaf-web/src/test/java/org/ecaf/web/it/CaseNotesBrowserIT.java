package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.accessible;
import static org.ecaf.web.it.AssessmentSteps.until;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Case notes on the case page in Chromium: a practitioner writes a phone-call note, sees it in the list and the
 * timeline, corrects it and sees both; Enter in the date field adds the note and submits no other form; a future date
 * is marked and stores nothing; the page fits a phone; another team sees nothing of the notes.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class CaseNotesBrowserIT {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Browser browser;
    private Api api;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.browser = browser;
        api = Api.as(server, "practitioner1");
    }

    private static LocalDate today() {
        return LocalDate.now(Journeys.LONDON);
    }

    private List<JsonObject> notes(long caseId) {
        return Journeys.expect(api.get("/api/v1/cases/" + caseId + "/notes"), 200).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private void fillNote(String kind, LocalDate on, String time, String text) {
        new Select(browser.byId("noteForm:noteKind")).selectByValue(kind);
        browser.type("noteForm:noteOn", UK.format(on));
        browser.type("noteForm:noteAt", time);
        browser.type("noteForm:noteText", text);
    }

    /** Scrolls the element with {@code id} to the top of the window, for a screenshot of what follows it. */
    private void scrollTo(String id) {
        AssessmentSteps.js(browser, "document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    @Test
    void aPractitionerAddsAPhoneCallNoteSeesItInTheListAndTimelineThenCorrectsItAndSeesBoth() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        LocalDate yesterday = today().minusDays(1);
        String text = "Phoned Zoë's mother: attendance is better this week, she will call the school on Friday.";
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("noNotes"))).isEqualTo("No notes yet.");

        fillNote("PHONE_CALL", yesterday, "14:30", text);
        browser.click("noteForm:addNote");
        until(browser, d -> d.findElement(By.id("notesList")).getText().contains(text));

        String list = browser.text(By.id("notesList"));
        assertThat(list).contains("Phone call on " + UK.format(yesterday) + " at 14:30").contains("Written by Aisha Khan");
        assertThat(browser.text(By.id("timeline"))).contains("Phone call on " + UK.format(yesterday) + " at 14:30")
                .contains("attendance is better");
        assertThat(browser.byId("noteForm:noteText").getAttribute("value")).isEmpty();
        List<JsonObject> stored = notes(caseId);
        assertThat(stored).hasSize(1);
        long first = stored.get(0).getJsonNumber("id").longValue();

        browser.click("noteForm:noteRows:0:correctNote");
        until(browser, d -> d.findElement(By.id("noteFormHeading")).getText().equals("Correct the note"));
        assertThat(browser.byId("noteForm:noteText").getAttribute("value")).isEqualTo(text);
        assertThat(new Select(browser.byId("noteForm:noteKind")).getFirstSelectedOption().getText()).isEqualTo("Phone call");
        assertThat(browser.byId("noteForm:noteOn").getAttribute("value")).isEqualTo(UK.format(yesterday));
        String corrected = text.replace("Friday", "Thursday");
        browser.type("noteForm:noteText", corrected);
        browser.type("noteForm:noteReason", "The mother said Thursday, not Friday");
        browser.click("noteForm:addNote");
        until(browser, d -> d.findElement(By.id("notesList")).getText().contains("Thursday"));

        list = browser.text(By.id("notesList"));
        assertThat(list).contains(text).contains(corrected)
                .contains("Corrects the note of " + UK.format(yesterday) + ": The mother said Thursday, not Friday")
                .contains("Corrected by the note written on");
        assertThat(browser.find(By.id("note-" + first)).getAttribute("class")).contains("note-corrected");
        assertThat(browser.driver().findElements(By.cssSelector("#note-" + first + " button"))).isEmpty();
        assertThat(browser.text(By.id("timeline"))).contains("Note of " + UK.format(yesterday) + " corrected by Aisha Khan");
        assertThat(browser.text(By.id("noteFormHeading"))).isEqualTo("Add a note");
        stored = notes(caseId);
        assertThat(stored).hasSize(2);
        assertThat(stored.stream().filter(n -> n.getJsonNumber("id").longValue() == first).findFirst().orElseThrow()
                .getString("text")).isEqualTo(text);
        accessible(browser);
        scrollTo("noteForm:noteText");
        browser.screenshot("notes-01-case-notes");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/cases/case.xhtml?id=" + caseId);
        long inner = ((Number) AssessmentSteps.js(browser, "return window.innerWidth;")).longValue();
        long scroll = ((Number) AssessmentSteps.js(browser, "return document.documentElement.scrollWidth;")).longValue();
        assertThat(inner).isBetween(300L, 400L);
        assertThat(scroll).as("page width at " + inner + " px").isLessThanOrEqualTo(inner);
        accessible(browser);
        scrollTo("notesList");
        browser.screenshot("notes-02-phone");
    }

    @Test
    void pressingEnterInTheDateFieldAddsTheNoteAndSubmitsNoOtherForm() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/case.xhtml?id=" + caseId);
        browser.type("childSeenForm:seenLocation", "School");
        fillNote("HOME_VISIT", today(), "", "Visited at home, met both parents.");

        browser.byId("noteForm:noteOn").sendKeys(Keys.ENTER);
        until(browser, d -> !d.findElements(By.id("notesList")).isEmpty());
        browser.awaitIdle();

        assertThat(notes(caseId)).extracting(n -> n.getString("text")).containsExactly("Visited at home, met both parents.");
        JsonObject theCase = Journeys.expect(api.get("/api/v1/cases/" + caseId), 200).json();
        assertThat(theCase.getJsonArray("childSeen")).isEmpty();
        assertThat(browser.byId("childSeenForm:seenLocation").getAttribute("value")).isEqualTo("School");
    }

    @Test
    void aFutureDateIsMarkedNextToTheFieldKeepsTheTextAndStoresNothing() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/case.xhtml?id=" + caseId);
        fillNote("MEETING", today().plusDays(2), "10:00", "Meeting at school about the plan.");

        browser.click("noteForm:addNote");
        until(browser, d -> !d.findElements(By.className("error-summary")).isEmpty());

        assertThat(browser.text(By.className("error-summary"))).contains("cannot be in the future");
        assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#noteForm:noteOn");
        assertThat(browser.byId("noteForm:noteOn").getAttribute("class")).contains("input-error");
        assertThat(browser.byId("noteForm:noteText").getAttribute("value")).isEqualTo("Meeting at school about the plan.");
        assertThat(notes(caseId)).isEmpty();
        accessible(browser);
    }

    @Test
    void anotherTeamsPractitionerAndTeamLeadSeeNothingOfTheNotesOnTheCasePage() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        String secret = "Mother spoke about " + Journeys.randomName();
        Journeys.expect(api.post("/api/v1/cases/" + caseId + "/notes", Json.createObjectBuilder().add("kind", "CONTACT")
                .add("happenedOn", today().toString()).add("text", secret).build()), 201);

        for (String attacker : List.of("practitioner3", "teamlead2")) {
            browser.signIn(attacker, Api.DEMO_PASSWORD);
            browser.open("/cases/case.xhtml?id=" + caseId);
            assertThat(browser.text(By.cssSelector("main"))).contains("Case not available");
            assertThat(browser.pageSource()).doesNotContain(secret);
            assertThat(browser.driver().findElements(By.id("noteForm"))).isEmpty();
            browser.signOut();
        }
        assertThat(notes(caseId)).hasSize(1);
    }
}
