package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A practitioner in the browser: find a child, register one (a likely duplicate shown side by side first,
 * registering anyway with a reason), add a family member, open a case, record consent and its withdrawal, record
 * the child seen, issue copies and see a refusal with its reason; a shielded child shows only what the rules
 * allow. axe-core on every page, a screenshot per step.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class PractitionerRecordsBrowserIT {

    private Browser browser;
    private EcafServer server;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    private void accessible() {
        List<String> violations = Accessibility.seriousViolations(browser.driver());
        assertThat(violations).as("axe-core on " + browser.currentPath()).isEmpty();
    }

    @Test
    void registerAChildCheckingLikelyDuplicatesThenOpenACaseAndRecordConsent() {
        String family = Journeys.randomName();
        Api aisha = Api.as(server, "practitioner1");
        expect(aisha.post("/api/v1/children", jakarta.json.Json.createObjectBuilder().add("givenNames", "Mohammed")
                .add("familyName", family).add("dateOfBirth", "2016-03-04").add("postcode", "NB3 4QR")
                .add("notDuplicateReason", "fixture").build()), 201);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.clickAndWait("navChildren");
        browser.type("search:query", family);
        browser.click("search:searchButton");
        assertThat(browser.text(By.id("resultsHeading"))).isEqualTo("1 child found");
        assertThat(browser.text(By.id("resultTable"))).contains("Mohammed " + family).contains("04/03/2016");
        accessible();
        browser.screenshot("practitioner-01-search");

        browser.clickAndWait("registerLink");
        browser.type("child:givenNames", "Muhammad");
        browser.type("child:familyName", family);
        browser.setDate("child:dateOfBirth", LocalDate.of(2016, 4, 3));
        new Select(browser.byId("child:gender")).selectByValue("male");
        browser.type("child:address", "4 Quay Road, Northbridge");
        browser.type("child:postcode", "nb3 4qr");
        accessible();
        browser.click("child:register");
        String comparison = browser.text(By.id("duplicates"));
        assertThat(comparison).contains("Is this child already known?").contains("Mohammed " + family)
                .contains("Date of birth 03/04/2016 could be 04/03/2016 with day and month swapped")
                .contains("Same postcode NB3 4QR");
        accessible();
        browser.screenshot("practitioner-02-likely-duplicate");

        browser.click("child:registerAnyway");
        assertThat(browser.text(By.className("error-summary"))).contains("Say why this is a different child");
        browser.type("child:reason", "Twin brother of the other record's child; confirmed with the school office.");
        browser.clickAndWait("child:registerAnyway");
        assertThat(browser.currentPath()).startsWith("/children/child.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Muhammad " + family);
        accessible();

        browser.type("family:memberName", "Amina " + family);
        new Select(browser.byId("family:relationship")).selectByValue("MOTHER");
        new Select(browser.byId("family:pr")).selectByVisibleText("Yes");
        browser.byId("family:livesWith").click();
        browser.click("family:addMember");
        assertThat(browser.text(By.id("familyTable"))).contains("Amina " + family).contains("Mother");
        browser.screenshot("practitioner-03-child-record");

        browser.clickAndWait("openCase:open");
        assertThat(browser.currentPath()).startsWith("/cases/case.xhtml");
        assertThat(browser.text(By.id("caseState"))).isEqualTo("Pre-assessment");
        assertThat(browser.text(By.id("nextStepList"))).contains("Record the family's consent");
        accessible();
        browser.screenshot("practitioner-04-new-case");

        browser.find(By.linkText("Consent")).click();
        browser.awaitIdle();
        new Select(browser.byId("consent:giver")).selectByVisibleText("Amina " + family + " (Mother)");
        browser.byId("consent:toShare").click();
        browser.find(By.xpath("//table[@id='consent:agencies']//label[normalize-space()='Northbridge Community Health NHS Trust']")).click();
        accessible();
        browser.click("consent:recordConsent");
        assertThat(browser.text(By.id("consentTable"))).contains("Amina " + family).contains("In force")
                .contains("Northbridge Community Health NHS Trust");
        browser.screenshot("practitioner-05-consent");

        browser.find(By.xpath("//button[contains(@aria-label,'Withdraw the consent')]")).click();
        browser.awaitIdle();
        browser.click("withdrawal:confirmWithdrawal");
        assertThat(browser.text(By.id("consentTable"))).contains("Withdrawn on");
        accessible();
        browser.screenshot("practitioner-06-consent-withdrawn");
    }

    @Test
    void recordTheChildSeenAndIssueCopiesWithARefusalExplained() {
        Api aisha = Api.as(server, "practitioner1");
        long health = Journeys.agencyId(aisha, "NBH-CHS");
        long childId = Journeys.registerChild(aisha, 13, false).getJsonNumber("id").longValue();
        JsonObject mother = Journeys.addParent(aisha, childId, "Jane " + Journeys.randomName(), true, true);
        long caseId = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();
        long motherId = mother.getJsonNumber("id").longValue();
        Journeys.consent(aisha, caseId, motherId, new long[] {health}, new long[] {motherId});
        expect(Journeys.save(aisha, caseId, null, Journeys.completeAnswers()), 200);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("nextStepList"))).contains("Record that the child was seen");
        browser.type("childSeenForm:seenLocation", "Northbridge Academy");
        browser.byId("childSeenForm:seenAlone").click();
        browser.click("childSeenForm:recordSeen");
        assertThat(browser.text(By.className("notice-success"))).contains("Recorded that the child was seen");
        assertThat(browser.pageSource()).contains("Northbridge Academy, seen alone");
        assertThat(browser.driver().findElements(By.id("nextStepList"))).isEmpty();
        accessible();
        browser.screenshot("practitioner-07-child-seen");

        browser.open("/cases/copies.xhtml?id=" + caseId);
        accessible();
        new Select(browser.byId("agency:agencyChoice")).selectByVisibleText("Northbridge Community Health NHS Trust");
        browser.click("agency:issueAgency");
        assertThat(browser.text(By.className("error-summary"))).contains("still a draft");
        browser.screenshot("practitioner-08-copy-refused");

        new Select(browser.byId("family:recipient")).selectByVisibleText(mother.getString("name") + " (Mother)");
        browser.byId("family:largePrint").click();
        browser.byId("family:issueFamily").click();
        // the PDF is the answer to that request (a download); the disclosure history shows it was issued
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> aisha.get("/api/v1/cases/" + caseId
                + "/disclosures").array().stream().anyMatch(x -> x.asJsonObject().getString("outcome").startsWith("ALLOWED")));
        browser.open("/cases/copies.xhtml?id=" + caseId);
        String history = browser.text(By.id("disclosures"));
        assertThat(history).contains("Family, large print").contains(mother.getString("name")).contains("Issued under")
                .contains("Refused: The assessment is still a draft");
        accessible();
        browser.screenshot("practitioner-09-disclosure-history");
    }

    @Test
    void thePreAssessmentChecklistRecordsItsDecision() {
        Api aisha = Api.as(server, "practitioner1");
        long childId = Journeys.registerChild(aisha, 7, false).getJsonNumber("id").longValue();
        long caseId = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/case.xhtml?id=" + caseId);
        browser.find(By.linkText("Pre-assessment checklist")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.currentPath()
                .startsWith("/cases/pre-assessment.xhtml"));
        browser.awaitIdle();
        assertThat(browser.byId("checklist:child:f_child_given_names").getAttribute("value")).isNotBlank();
        accessible();
        browser.clickAndWait("checklist:save");
        assertThat(browser.text(By.className("error-summary"))).contains("There is a problem");
        for (String question : List.of("healthy", "safe_from_harm", "learning_developing", "positive_contribution",
                "free_from_poverty")) {
            browser.byId("checklist:checklist:f_" + question + ":0").click();
        }
        browser.byId("checklist:existing_support:f_significant_harm:1").click();
        browser.byId("checklist:existing_support:f_existing_caf_checked:0").click();
        browser.awaitIdle();
        browser.byId("checklist:existing_support:f_existing_caf:1").click();
        browser.byId("checklist:decision:f_decision:3").click();
        browser.type("checklist:decision:f_decision_reason", "Needs across school and home; the family want help.");
        accessible();
        browser.screenshot("practitioner-11-pre-assessment");
        browser.clickAndWait("checklist:save");
        assertThat(browser.currentPath()).startsWith("/cases/case.xhtml");
        assertThat(browser.text(By.className("notice-success"))).contains("pre-assessment checklist is recorded");
        assertThat(browser.text(By.id("timeline"))).contains("Pre-assessment checklist recorded: Carry out a full");
    }

    @Test
    void aShieldedChildShowsOnlyNameAgeBandAndWhoToContact() {
        Api aisha = Api.as(server, "practitioner1");
        JsonObject child = Journeys.registerChild(aisha, 12, true);
        long childId = child.getJsonNumber("id").longValue();
        long caseId = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();

        browser.signIn("practitioner2", Api.DEMO_PASSWORD);
        browser.open("/children/child.xhtml?id=" + childId);
        assertThat(browser.text(By.id("restrictedNotice"))).contains("You do not work with this child")
                .contains("Not shown");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address")).doesNotContain("NB9 9ZZ");
        accessible();
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("restricted"))).contains("You do not work on this case").contains("11 to 15");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address"));
        assertThat(browser.driver().findElements(By.id("timeline"))).isEmpty();
        accessible();
        browser.screenshot("practitioner-10-shielded");
        browser.open("/cases/consent.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("refusal"))).contains("You do not work on this case");
    }
}
