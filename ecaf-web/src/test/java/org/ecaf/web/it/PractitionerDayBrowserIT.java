package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.accessible;
import static org.ecaf.web.it.AssessmentSteps.input;
import static org.ecaf.web.it.AssessmentSteps.radio;
import static org.ecaf.web.it.AssessmentSteps.until;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A practitioner's and a team lead's day in Chromium, as issue 12 reported it: each test is named after what the
 * user did and asserts what they should have seen. One class, so the server and the browser start once.
 */
@ExtendWith(EcafServerExtension.class)
class PractitionerDayBrowserIT {

    private Browser browser;
    private Api api;
    private EcafServer server;

    @BeforeEach
    void open(EcafServer server) {
        this.server = server;
        browser = new Browser(server.baseUrl());
        api = Api.as(server, "practitioner1");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** A case whose assessment is complete except the consent section's sharing answers; the child was seen. */
    private long caseReadyButForSharing() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        var answers = Json.createObjectBuilder(Journeys.completeAnswers());
        answers.remove("consent_services");
        answers.remove("consent_to_share");
        Journeys.expect(Journeys.save(api, caseId, null, answers.build()), 200);
        Journeys.childSeen(api, caseId);
        return caseId;
    }

    @Test
    void submittingFromTheLastSectionListsTheProblemsInsteadOfCrashing() {
        long caseId = caseReadyButForSharing();
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&section=consent");
        browser.click(radio("consent_to_share", 0));
        browser.click("assessment:submit");
        until(browser, d -> !d.findElements(By.className("error-summary")).isEmpty());
        assertThat(browser.title()).doesNotContain("went wrong");
        String summary = browser.text(By.className("error-summary"));
        assertThat(summary).contains("Services the information may be shared with");
        assertThat(browser.pageSource()).doesNotContain("Something went wrong");
        assertThat(AssessmentSteps.latest(api, caseId).getString("status")).isEqualTo("IN_PROGRESS");
        accessible(browser);
        browser.screenshot("day-01-submit-from-last-section");
    }
}
