package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.CasePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * Case notes on the case page in Chromium: a practitioner writes a phone-call note, sees it in the list and the
 * timeline, corrects it and sees both; Enter in the date field adds the note and submits no other form; a future date
 * is marked and stores nothing; the page fits a phone; another team sees nothing of the notes.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class CaseNotesBrowserIT {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Browser browser;
    @As("practitioner1")
    private Api api;

    private static LocalDate today() {
        return LocalDate.now(Journeys.LONDON);
    }

    private List<JsonObject> notes(long caseId) {
        return Journeys.expect(api.get("/api/v1/cases/" + caseId + "/notes"), 200).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    @Test
    void aPractitionerAddsAPhoneCallNoteSeesItInTheListAndTimelineThenCorrectsItAndSeesBoth() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        LocalDate yesterday = today().minusDays(1);
        String text = "Phoned Zoë's mother: attendance is better this week, she will call the school on Friday.";
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        CasePage casePage = CasePage.open(browser, caseId);
        assertThat(casePage.noNotes()).isEqualTo("No notes yet.");

        casePage.fillNote("PHONE_CALL", UK.format(yesterday), "14:30", text).addNote().awaitNote(text);

        String list = casePage.notes();
        assertThat(list).contains("Phone call on " + UK.format(yesterday) + " at 14:30").contains("Written by Aisha Khan");
        assertThat(casePage.timeline()).contains("Phone call on " + UK.format(yesterday) + " at 14:30")
                .contains("attendance is better");
        assertThat(casePage.noteTextTyped()).isEmpty();
        List<JsonObject> stored = notes(caseId);
        assertThat(stored).hasSize(1);
        long first = stored.get(0).getJsonNumber("id").longValue();

        casePage.correctNote(0);
        assertThat(casePage.noteTextTyped()).isEqualTo(text);
        assertThat(casePage.noteKindShown()).isEqualTo("Phone call");
        assertThat(casePage.noteOnTyped()).isEqualTo(UK.format(yesterday));
        String corrected = text.replace("Friday", "Thursday");
        casePage.noteText(corrected).noteReason("The mother said Thursday, not Friday").addNote().awaitNote("Thursday");

        list = casePage.notes();
        assertThat(list).contains(text).contains(corrected)
                .contains("Corrects the note of " + UK.format(yesterday) + ": The mother said Thursday, not Friday")
                .contains("Corrected by the note written on");
        assertThat(casePage.note(first).getAttribute("class")).contains("note-corrected");
        assertThat(casePage.noteHasButtons(first)).isFalse();
        assertThat(casePage.timeline()).contains("Note of " + UK.format(yesterday) + " corrected by Aisha Khan");
        assertThat(casePage.noteFormHeading()).isEqualTo("Add a note");
        stored = notes(caseId);
        assertThat(stored).hasSize(2);
        assertThat(stored.stream().filter(n -> n.getJsonNumber("id").longValue() == first).findFirst().orElseThrow()
                .getString("text")).isEqualTo(text);
        casePage.assertAccessible();
        casePage.scrollToNoteText();
        browser.screenshot("notes-01-case-notes");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        casePage = CasePage.open(browser, caseId);
        long inner = casePage.windowWidth();
        long scroll = casePage.pageWidth();
        assertThat(inner).isBetween(300L, 400L);
        assertThat(scroll).as("page width at " + inner + " px").isLessThanOrEqualTo(inner);
        casePage.assertAccessible();
        casePage.scrollToNotes();
        browser.screenshot("notes-02-phone");
    }

    @Test
    void pressingEnterInTheDateFieldAddsTheNoteAndSubmitsNoOtherForm() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        CasePage casePage = CasePage.open(browser, caseId);
        casePage.seenAt("School").fillNote("HOME_VISIT", UK.format(today()), "", "Visited at home, met both parents.");

        casePage.noteOnBox().sendKeys(Keys.ENTER);
        casePage.until(d -> casePage.listsNotes());
        browser.awaitIdle();

        assertThat(notes(caseId)).extracting(n -> n.getString("text")).containsExactly("Visited at home, met both parents.");
        JsonObject theCase = Journeys.expect(api.get("/api/v1/cases/" + caseId), 200).json();
        assertThat(theCase.getJsonArray("childSeen")).isEmpty();
        assertThat(casePage.seenAtTyped()).isEqualTo("School");
    }

    @Test
    void aFutureDateIsMarkedNextToTheFieldKeepsTheTextAndStoresNothing() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        CasePage casePage = CasePage.open(browser, caseId);
        casePage.fillNote("MEETING", UK.format(today().plusDays(2)), "10:00", "Meeting at school about the plan.");

        casePage.addNote();
        casePage.until(d -> !d.findElements(By.className("error-summary")).isEmpty());

        assertThat(casePage.errorSummary()).contains("cannot be in the future");
        assertThat(casePage.firstErrorLink()).endsWith("#" + CasePage.noteOnId());
        assertThat(casePage.noteOnBox().getAttribute("class")).contains("input-error");
        assertThat(casePage.noteTextTyped()).isEqualTo("Meeting at school about the plan.");
        assertThat(notes(caseId)).isEmpty();
        casePage.assertAccessible();
    }

    @Test
    void anotherTeamsPractitionerAndTeamLeadSeeNothingOfTheNotesOnTheCasePage() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        String secret = "Mother spoke about " + Journeys.randomName();
        Journeys.expect(api.post("/api/v1/cases/" + caseId + "/notes", Json.createObjectBuilder().add("kind", "CONTACT")
                .add("happenedOn", today().toString()).add("text", secret).build()), 201);

        for (String attacker : List.of("practitioner3", "teamlead2")) {
            browser.signIn(attacker, Api.DEMO_PASSWORD);
            CasePage casePage = CasePage.open(browser, caseId);
            assertThat(browser.text(By.cssSelector("main"))).contains("Case not available");
            assertThat(browser.pageSource()).doesNotContain(secret);
            assertThat(casePage.offersNotes()).isFalse();
            browser.signOut();
        }
        assertThat(notes(caseId)).hasSize(1);
    }
}
