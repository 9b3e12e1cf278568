package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.AssessmentPage;
import org.ecaf.web.testing.pages.HistoryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/** The history page: every revision, one revision read-only, and the changes between two. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class HistoryBrowserIT {

    private Browser browser;
    @As("practitioner1")
    private Api aisha;
    @As("practitioner2")
    private Api tom;

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
        HistoryPage history = HistoryPage.open(browser, caseId);
        assertThat(history.title()).startsWith("History of the assessment");
        List<WebElement> rows = history.revisions();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("Aisha Khan");
        assertThat(rows.get(1).getText()).contains("Tom Evans");
        assertThat(rows.get(2).getText()).contains("Added the grandmother").containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        history.assertAccessible();
        browser.screenshot("history-01-revisions");

        history.view(1);
        assertThat(history.shownHeading()).startsWith("Revision 1, saved by Aisha Khan");
        String shown = history.shownRevision();
        assertThat(shown).contains("Identifying details of the child or young person").contains("Given name(s)")
                .contains("Zoë").contains("Housing (strength or need)").contains("Neither strength nor need");
        assertThat(history.shownRevisionHasTables()).isTrue();
        assertThat(history.shownRevisionHasInputs()).isFalse();
        history.assertAccessible();
        browser.screenshot("history-02-revision-1");

        history.compare(1, 3);
        String diff = history.diff();
        assertThat(diff).contains("Housing (strength or need) Changed Neither strength nor need Need");
        assertThat(diff).contains("The family were served notice on their flat.");
        assertThat(diff).contains("People present at the assessment, entry").contains("Added").contains("Nan Nguyễn");
        assertThat(diff).contains("Removed");
        history.assertAccessible();
        browser.screenshot("history-03-diff");

        history.changesOf(2);
        assertThat(history.diffHeading()).isEqualTo("Changes from revision 1 to revision 2");
        assertThat(history.diffRows()).hasSize(2);
    }

    @Test
    void aCaseWithoutAnAssessmentHasNoHistoryYet() {
        long caseId = caseWithConsent(aisha);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        HistoryPage history = HistoryPage.open(browser, caseId);
        assertThat(history.noRevisions()).contains("has not been started");
        history.assertAccessible();
    }

    @Test
    void someoneOutsideTheTeamSeesNoHistory() {
        long caseId = caseWithConsent(aisha);
        Journeys.expect(Journeys.save(aisha, caseId, null, Journeys.completeAnswers()), 200);
        browser.signIn("practitioner3", Api.DEMO_PASSWORD);
        HistoryPage history = HistoryPage.open(browser, caseId);
        assertThat(history.heading()).isEqualTo("History not available");
        assertThat(browser.pageSource()).doesNotContain("Zoë");
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        assertThat(assessment.heading()).isEqualTo("Assessment not available");
        assertThat(browser.pageSource()).doesNotContain("Zoë");
        assessment.assertAccessible();
    }
}
