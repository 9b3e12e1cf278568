package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.accessible;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;
import static org.ecaf.web.it.AssessmentSteps.input;
import static org.ecaf.web.it.AssessmentSteps.latest;
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

/** Submitting from the assessment page, the read-only states, reassessment and migration to a newer form version. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class AssessmentSubmitIT {

    private Browser browser;
    private Api api;
    private Api lead;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.browser = browser;
        api = Api.as(server, "practitioner1");
        lead = Api.as(server, "teamlead1");
    }

    @Test
    void submittingBeforeTheChildIsSeenIsRefusedWithTheProblemLinkedThenSubmittedAfterwards() {
        long caseId = caseWithConsent(api);
        Journeys.expect(Journeys.save(api, caseId, null, Journeys.completeAnswers()), 200);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&section=conclusions");
        browser.click("assessment:submit");
        until(browser, d -> !d.findElements(By.className("error-summary")).isEmpty());
        WebElement link = browser.find(By.cssSelector(".error-summary a"));
        assertThat(link.getText()).contains("Record that the child was seen");
        assertThat(link.getAttribute("href")).endsWith("/cases/case.xhtml?id=" + caseId + "#childSeen");
        assertThat(browser.currentPath()).startsWith("/cases/assessment.xhtml");
        accessible(browser);
        browser.screenshot("submit-01-child-not-seen");

        link.click();
        until(browser, d -> d.getCurrentUrl().contains("case.xhtml"));
        browser.awaitIdle();
        assertThat(browser.byId("childSeen").isDisplayed()).isTrue();

        Journeys.childSeen(api, caseId);
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        browser.click("assessment:submit");
        until(browser, d -> d.getCurrentUrl().contains("/cases/check-answers.xhtml"));
        browser.awaitIdle();
        assertThat(browser.title()).startsWith("Check your answers before submitting");
        browser.click("checkAnswers:submit");
        until(browser, d -> d.getCurrentUrl().contains("/cases/case.xhtml"));
        browser.awaitIdle();
        assertThat(browser.text(By.className("notice-success"))).contains("submitted for approval");
        assertThat(browser.text(By.id("caseState"))).isEqualTo("Submitted for approval");
        browser.screenshot("submit-02-submitted");

        browser.open("/cases/assessment.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("statusNotice"))).matches("(?s)Submitted on \\d\\d/\\d\\d/\\d{4} – waiting for approval.*");
        assertThat(browser.driver().findElements(By.id("assessment:save"))).isEmpty();
        assertThat(browser.driver().findElements(By.id(input("child_given_names")))).isEmpty();
        assertThat(browser.text(By.className("form-answers"))).contains("Given name(s)").contains("Zoë");
        accessible(browser);
        browser.screenshot("submit-03-read-only");

        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Thorough").build()), 200);
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("statusNotice"))).contains("Approved on").contains("start a reassessment");
        accessible(browser);
        browser.screenshot("submit-04-approved");
        browser.click("reassessForm:reassess");
        until(browser, d -> !d.findElements(By.id(input("child_given_names"))).isEmpty());
        browser.awaitIdle();
        assertThat(browser.text(By.className("notice-success"))).contains("Reassessment 2 has started");
        assertThat(browser.byId(input("child_given_names")).getAttribute("value")).isEqualTo("Zoë");
        assertThat(latest(api, caseId).getInt("assessment")).isEqualTo(2);
        accessible(browser);
        browser.screenshot("submit-05-reassessment");
    }

    @Test
    void missingAnswersAreEachLinkedToTheirFieldInWhicheverSection() {
        long caseId = caseWithConsent(api);
        JsonObject partial = Json.createObjectBuilder(Journeys.completeAnswers())
                .remove("housing_rating").remove("conclusions").build();
        Journeys.expect(Journeys.save(api, caseId, null, partial), 200);
        Journeys.childSeen(api, caseId);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&section=conclusions");
        browser.click("assessment:submit");
        until(browser, d -> !d.findElements(By.className("error-summary")).isEmpty());
        List<WebElement> links = browser.driver().findElements(By.cssSelector(".error-summary a"));
        assertThat(links).extracting(WebElement::getText).containsExactly(
                "Housing (strength or need): choose an answer before the form can be completed.",
                "Summary of conclusions: answer this question before the form can be completed.");
        assertThat(links.get(0).getAttribute("href"))
                .endsWith("/cases/assessment.xhtml?id=" + caseId + "&section=family_environment&field=housing_rating");
        assertThat(links.get(1).getAttribute("href")).endsWith("#" + input("conclusions"));
        assertThat(browser.text(By.id(input("conclusions") + "_error"))).contains("answer this question");
        accessible(browser);
        browser.screenshot("submit-06-missing-answers");

        links.get(1).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(input("conclusions"));
        browser.find(By.cssSelector(".error-summary a")).click();
        until(browser, d -> d.getCurrentUrl().contains("section=family_environment"));
        browser.awaitIdle();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(input("housing_rating") + ":0");
        browser.screenshot("submit-07-linked-field");
    }

    @Test
    void aDraftOnAnOlderVersionMovesToTheLatestKeepingDroppedAnswersReadOnly() {
        long caseId = caseWithConsent(api);
        JsonObject v1 = Json.createObjectBuilder().add("child_given_names", "Eira").add("child_telephone", "07700 900123")
                .add("child_first_language", "Welsh").build();
        Journeys.expect(api.put("/api/v1/cases/" + caseId + "/assessment", Json.createObjectBuilder().add("answers", v1)
                .add("formVersion", 1).build(), java.util.Map.of()), 200);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("migrationNotice"))).contains("This draft is on version 1").contains("kept in the archive");
        accessible(browser);
        browser.screenshot("migrate-01-offered");

        browser.click("migrateForm:migrate");
        until(browser, d -> d.findElements(By.id("migrationNotice")).isEmpty());
        browser.awaitIdle();
        assertThat(browser.text(By.className("notice-success"))).contains("now on version 2");
        assertThat(browser.driver().findElements(By.id("migrationNotice"))).isEmpty();
        assertThat(browser.byId(input("child_main_language")).getAttribute("value")).isEqualTo("Welsh");
        assertThat(browser.text(By.id("archive"))).contains("07700 900123").contains("(version 1)");
        JsonObject migrated = latest(api, caseId);
        assertThat(migrated.getInt("formVersion")).isEqualTo(2);
        accessible(browser);
        browser.screenshot("migrate-02-archive");
    }
}
