package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.ecaf.web.testing.Accessibility;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The copies page: "Preview" shows what the father who does not live with the child would receive (the mother's
 * housing answer left out, with the reason) without issuing anything; ticking an answer to hold back without a reason
 * is refused next to it; with a reason the copy is issued and the history shows what was held back and why.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class CopiesPreviewBrowserIT {

    private Browser browser;
    private EcafServer server;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    private void accessible() {
        assertThat(Accessibility.seriousViolations(browser.driver())).as("axe-core on " + browser.currentPath()).isEmpty();
    }

    private int disclosures(Api api, long caseId) {
        return expect(api.get("/api/v1/cases/" + caseId + "/disclosures"), 200).array().size();
    }

    @Test
    void aPractitionerPreviewsTheFathersCopyHoldsBackAnAnswerWithAReasonAndIssuesIt() {
        Api aisha = Api.as(server, "practitioner1");
        long child = Journeys.registerChild(aisha, 12, false).getJsonNumber("id").longValue();
        String motherName = "Lan " + Journeys.randomName();
        String fatherName = "Minh " + Journeys.randomName();
        long mother = Journeys.addParent(aisha, child, motherName, true, true).getJsonNumber("id").longValue();
        expect(aisha.post("/api/v1/children/" + child + "/family-members", Json.createObjectBuilder()
                .add("name", fatherName).add("relationship", "FATHER").add("parentalResponsibility", true)
                .add("livesWithChild", false).build()), 201);
        long caseId = Journeys.openCase(aisha, child).getJsonNumber("id").longValue();
        Journeys.consent(aisha, caseId, mother, new long[0], new long[0]);
        expect(Journeys.save(aisha, caseId, null, Json.createObjectBuilder(Journeys.completeAnswers())
                .add("housing", "The family have rent arrears.").build()), 200);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/copies.xhtml?id=" + caseId);
        new Select(browser.byId("family:recipient")).selectByVisibleText(fatherName + " (Father)");
        browser.clickAndWait("family:previewFamily");
        assertThat(browser.text(By.id("previewHeading"))).contains(fatherName);
        String leftOut = browser.text(By.id("previewLeftOut"));
        assertThat(leftOut).contains("Housing").contains(motherName + " (mother), who has not agreed to share it with "
                + fatherName);
        String included = browser.text(By.id("previewIncluded"));
        assertThat(included).contains("Child or young person's comments on the assessment").doesNotContain("Housing");
        assertThat(browser.text(By.id("previewFileName"))).contains("-family-copy-minh-");
        assertThat(disclosures(aisha, caseId)).as("a preview issues nothing").isZero();
        accessible();
        browser.screenshot("copies-preview-01-father");

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#previewIncluded tbody tr"));
        int views = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains("Child or young person's comments on the assessment")) {
                views = i;
            }
        }
        assertThat(views).isNotNegative();
        browser.byId("preview:held:" + views + ":withheld").click();
        browser.clickAndWait("preview:issuePreviewed");
        assertThat(browser.text(By.className("error-summary"))).contains("at least 10 characters");
        assertThat(disclosures(aisha, caseId)).as("nothing issued on a refused hold-back").isZero();
        browser.screenshot("copies-preview-02-reason-missing");

        browser.type("preview:held:" + views + ":reason", "Zoë wants to tell her father herself");
        browser.byId("preview:issuePreviewed").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> disclosures(aisha, caseId) == 1);
        JsonObject logged = expect(aisha.get("/api/v1/cases/" + caseId + "/disclosures"), 200).array().getJsonObject(0);
        assertThat(logged.getString("recipientName")).isEqualTo(fatherName);
        assertThat(logged.getJsonArray("withheld").stream().map(JsonValue::asJsonObject)
                .map(w -> w.getString("item") + ": " + w.getString("reason")).toList())
                .containsExactly("child_views: Zoë wants to tell her father herself");

        browser.open("/cases/copies.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("disclosures"))).contains("Held back: Child or young person's comments on the "
                + "assessment").contains("(Zoë wants to tell her father herself)");
        accessible();
        browser.screenshot("copies-preview-03-history");
    }
}
