package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;
import static org.ecaf.web.it.AssessmentSteps.latest;
import static org.ecaf.web.testing.pages.AssessmentPage.input;
import static org.ecaf.web.testing.pages.AssessmentPage.radio;

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
import org.ecaf.web.testing.pages.CasePage;
import org.ecaf.web.testing.pages.CheckAnswersPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Submitting from the assessment page, the read-only states, reassessment and migration to a newer form version. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class AssessmentSubmitIT {

    private Browser browser;
    @As("practitioner1")
    private Api api;
    @As("teamlead1")
    private Api lead;

    @Test
    void submittingBeforeTheChildIsSeenIsRefusedWithTheProblemLinkedThenSubmittedAfterwards() {
        long caseId = caseWithConsent(api);
        Journeys.expect(Journeys.save(api, caseId, null, Journeys.completeAnswers()), 200);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId, "section=conclusions");
        assessment.submit().awaitProblems();
        WebElement link = browser.find(By.cssSelector(".error-summary a"));
        assertThat(link.getText()).contains("Record that the child was seen");
        assertThat(link.getAttribute("href")).endsWith("/cases/case.xhtml?id=" + caseId + "#childSeen");
        assertThat(browser.currentPath()).startsWith("/cases/assessment.xhtml");
        assessment.assertAccessible();
        browser.screenshot("submit-01-child-not-seen");

        link.click();
        assessment.until(d -> d.getCurrentUrl().contains("case.xhtml"));
        browser.awaitIdle();
        assertThat(CasePage.of(browser).childSeenShown()).isTrue();

        Journeys.childSeen(api, caseId);
        assessment = AssessmentPage.open(browser, caseId);
        CheckAnswersPage check = assessment.submit().awaitCheckAnswers();
        assertThat(check.title()).startsWith("Check your answers before submitting");
        CasePage submitted = check.submit();
        assertThat(submitted.notice()).contains("submitted for approval");
        assertThat(submitted.caseState()).isEqualTo("Submitted for approval");
        browser.screenshot("submit-02-submitted");

        assessment = AssessmentPage.open(browser, caseId);
        assertThat(assessment.statusNotice()).matches("(?s)Submitted on \\d\\d/\\d\\d/\\d{4} – waiting for approval.*");
        assertThat(assessment.offersSave()).isFalse();
        assertThat(assessment.asks("child_given_names")).isFalse();
        assertThat(assessment.answers()).contains("Given name(s)").contains("Zoë");
        assessment.assertAccessible();
        browser.screenshot("submit-03-read-only");

        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Thorough").build()), 200);
        assessment = AssessmentPage.open(browser, caseId);
        assertThat(assessment.statusNotice()).contains("Approved on").contains("start a reassessment");
        assessment.assertAccessible();
        browser.screenshot("submit-04-approved");
        assessment.reassess();
        assertThat(assessment.notice()).contains("Reassessment 2 has started");
        assertThat(assessment.value("child_given_names")).isEqualTo("Zoë");
        assertThat(latest(api, caseId).getInt("assessment")).isEqualTo(2);
        assessment.assertAccessible();
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
        AssessmentPage assessment = AssessmentPage.open(browser, caseId, "section=conclusions");
        assessment.submit().awaitProblems();
        List<WebElement> links = browser.driver().findElements(By.cssSelector(".error-summary a"));
        assertThat(links).extracting(WebElement::getText).containsExactly(
                "Housing (strength or need): choose an answer before the form can be completed.",
                "Summary of conclusions: answer this question before the form can be completed.");
        assertThat(links.get(0).getAttribute("href"))
                .endsWith("/cases/assessment.xhtml?id=" + caseId + "&section=family_environment&field=housing_rating");
        assertThat(links.get(1).getAttribute("href")).endsWith("#" + input("conclusions"));
        assertThat(assessment.errorFor("conclusions")).contains("answer this question");
        assessment.assertAccessible();
        browser.screenshot("submit-06-missing-answers");

        links.get(1).click();
        assertThat(assessment.focusedId()).isEqualTo(input("conclusions"));
        assessment.followFirstError();
        assessment.until(d -> d.getCurrentUrl().contains("section=family_environment"));
        browser.awaitIdle();
        assertThat(assessment.focusedId()).isEqualTo(radio("housing_rating", 0));
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
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        assertThat(assessment.migrationNotice()).contains("This draft is on version 1").contains("kept in the archive");
        assessment.assertAccessible();
        browser.screenshot("migrate-01-offered");

        assessment.migrate();
        assertThat(assessment.notice()).contains("now on version 2");
        assertThat(assessment.offersMigration()).isFalse();
        assertThat(assessment.value("child_main_language")).isEqualTo("Welsh");
        assertThat(assessment.archive()).contains("07700 900123").contains("(version 1)");
        JsonObject migrated = latest(api, caseId);
        assertThat(migrated.getInt("formVersion")).isEqualTo(2);
        assessment.assertAccessible();
        browser.screenshot("migrate-02-archive");
    }
}
