package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.accessible;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;
import static org.ecaf.web.it.AssessmentSteps.until;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The history page: every revision, one revision read-only, and the changes between two. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class HistoryBrowserIT {

    private Browser browser;
    private Api aisha;
    private Api tom;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.browser = browser;
        aisha = Api.as(server, "practitioner1");
        tom = Api.as(server, "practitioner2");
    }

    @Test
    void revisionsCanBeReadAndCompared() {
        long caseId = caseWithConsent(aisha);
        JsonObject first = Journeys.completeAnswers();
        Journeys.expect(Journeys.save(aisha, caseId, null, first), 200);
        JsonObject second = Json.createObjectBuilder(first).add("housing_rating", "need")
                .add("housing", "The family were served notice on their flat.").build();
        Journeys.expect(Journeys.save(tom, caseId, 1, second), 200);
        JsonObject third = Json.createObjectBuilder(second).remove("parent_views")
                .add("people_present", Json.createArrayBuilder(second.getJsonArray("people_present"))
                        .add(Json.createObjectBuilder().add("name", "Nan Nguyễn").add("role", "Grandmother"))).build();
        Journeys.expect(aisha.put("/api/v1/cases/" + caseId + "/assessment", Json.createObjectBuilder()
                .add("answers", third).add("reason", "Added the grandmother").build(), java.util.Map.of("If-Match", "\"2\"")), 200);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/history.xhtml?id=" + caseId);
        assertThat(browser.title()).startsWith("History of the assessment");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#revisions tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("Aisha Khan");
        assertThat(rows.get(1).getText()).contains("Tom Evans");
        assertThat(rows.get(2).getText()).contains("Added the grandmother").containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        accessible(browser);
        browser.screenshot("history-01-revisions");

        browser.click("view-1");
        until(browser, d -> d.getCurrentUrl().contains("revision=1"));
        browser.awaitIdle();
        assertThat(browser.text(By.id("shownHeading"))).startsWith("Revision 1, saved by Aisha Khan");
        String shown = browser.text(By.id("shownRevision"));
        assertThat(shown).contains("Identifying details of the child or young person").contains("Given name(s)")
                .contains("Zoë").contains("Housing (strength or need)").contains("Neither strength nor need");
        assertThat(browser.driver().findElements(By.cssSelector("#shownRevision table.rows-table"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#shownRevision input"))).isEmpty();
        accessible(browser);
        browser.screenshot("history-02-revision-1");

        new Select(browser.byId("from")).selectByValue("1");
        new Select(browser.byId("to")).selectByValue("3");
        browser.click("compare");
        until(browser, d -> d.getCurrentUrl().contains("from=1") && d.getCurrentUrl().contains("to=3"));
        browser.awaitIdle();
        String diff = browser.text(By.id("diffTable"));
        assertThat(diff).contains("Housing (strength or need) Changed Neither strength nor need Need");
        assertThat(diff).contains("The family were served notice on their flat.");
        assertThat(diff).contains("People present at the assessment, entry").contains("Added").contains("Nan Nguyễn");
        assertThat(diff).contains("Removed");
        accessible(browser);
        browser.screenshot("history-03-diff");

        browser.click("changes-2");
        until(browser, d -> d.getCurrentUrl().contains("to=2"));
        browser.awaitIdle();
        assertThat(browser.text(By.id("diffHeading"))).isEqualTo("Changes from revision 1 to revision 2");
        assertThat(browser.driver().findElements(By.cssSelector("#diffTable tbody tr"))).hasSize(2);
    }

    @Test
    void aCaseWithoutAnAssessmentHasNoHistoryYet() {
        long caseId = caseWithConsent(aisha);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/history.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("noRevisions"))).contains("has not been started");
        accessible(browser);
    }

    @Test
    void someoneOutsideTheTeamSeesNoHistory() {
        long caseId = caseWithConsent(aisha);
        Journeys.expect(Journeys.save(aisha, caseId, null, Journeys.completeAnswers()), 200);
        browser.signIn("practitioner3", Api.DEMO_PASSWORD);
        browser.open("/cases/history.xhtml?id=" + caseId);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("History not available");
        assertThat(browser.pageSource()).doesNotContain("Zoë");
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Assessment not available");
        assertThat(browser.pageSource()).doesNotContain("Zoë");
        accessible(browser);
    }
}
