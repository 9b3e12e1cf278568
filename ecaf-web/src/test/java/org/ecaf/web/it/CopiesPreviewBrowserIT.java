package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.CopiesPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
/**
 * The copies page: "Preview" shows what the father who does not live with the child would receive (the mother's
 * housing answer left out, with the reason) without issuing anything; ticking an answer to hold back without a reason
 * is refused next to it; with a reason the copy is issued and the history shows what was held back and why.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class CopiesPreviewBrowserIT {

    private Browser browser;
    @As("practitioner1")
    private Api aisha;

    private int disclosures(Api api, long caseId) {
        return expect(api.get("/api/v1/cases/" + caseId + "/disclosures"), 200).array().size();
    }

    @Test
    void aPractitionerPreviewsTheFathersCopyHoldsBackAnAnswerWithAReasonAndIssuesIt() {
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
        CopiesPage copies = CopiesPage.open(browser, caseId).previewFamilyCopy(fatherName + " (Father)");
        assertThat(copies.previewHeading()).contains(fatherName);
        String leftOut = copies.previewLeftOut();
        assertThat(leftOut).contains("Housing").contains(motherName + " (mother), who has not agreed to share it with "
                + fatherName);
        String included = copies.previewIncluded();
        assertThat(included).contains("Child or young person's comments on the assessment").doesNotContain("Housing");
        assertThat(copies.previewFileName()).contains("-family-copy-minh-");
        assertThat(disclosures(aisha, caseId)).as("a preview issues nothing").isZero();
        copies.assertAccessible();
        browser.screenshot("copies-preview-01-father");

        List<WebElement> rows = copies.previewRows();
        int views = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains("Child or young person's comments on the assessment")) {
                views = i;
            }
        }
        assertThat(views).isNotNegative();
        copies.holdBack(views).issuePreviewedAndWait();
        assertThat(copies.errorSummary()).contains("at least 10 characters");
        assertThat(disclosures(aisha, caseId)).as("nothing issued on a refused hold-back").isZero();
        browser.screenshot("copies-preview-02-reason-missing");

        copies.holdBackReason(views, "Zoë wants to tell her father herself").issuePreviewed();
        browser.waitFor(Duration.ofSeconds(30)).until(d -> disclosures(aisha, caseId) == 1);
        JsonObject logged = expect(aisha.get("/api/v1/cases/" + caseId + "/disclosures"), 200).array().getJsonObject(0);
        assertThat(logged.getString("recipientName")).isEqualTo(fatherName);
        assertThat(logged.getJsonArray("withheld").stream().map(JsonValue::asJsonObject)
                .map(w -> w.getString("item") + ": " + w.getString("reason")).toList())
                .containsExactly("child_views: Zoë wants to tell her father herself");

        copies = CopiesPage.open(browser, caseId);
        assertThat(copies.disclosures()).contains("Held back: Child or young person's comments on the "
                + "assessment").contains("(Zoë wants to tell her father herself)");
        copies.assertAccessible();
        browser.screenshot("copies-preview-03-history");
    }
}
