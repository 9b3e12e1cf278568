package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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

/**
 * Access that follows the child's relationships, in the browser: another team finds a child, sees who holds them and
 * how to reach them (never an address), and asks to join the Team Around the Child or for a transfer; the holding
 * team's lead decides on the case page; a record outside someone's reach is not shown; family members are corrected
 * and ended with their history; the consent page says what a withdrawal stops before it is confirmed.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class AccessBrowserIT {

    private Browser browser;
    private EcafServer server;
    private Api aisha;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.server = server;
        this.aisha = Api.as(server, "practitioner1");
        this.browser = browser;
    }

    private void accessible() {
        List<String> violations = Accessibility.seriousViolations(browser.driver());
        assertThat(violations).as("axe-core on " + browser.currentPath()).isEmpty();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** Searches by family name and chooses the child's "Ask to work with this child". */
    private void findAndChoose(String familyName) {
        browser.open("/children/search.xhtml");
        browser.type("search:query", familyName);
        browser.click("search:searchButton");
        browser.find(By.xpath("//button[.//span[normalize-space()='Ask to work with this child']]")).click();
        browser.awaitIdle();
    }

    @Test
    void anotherTeamAsksToJoinTheTeamAroundTheChildAndTheHoldingTeamLeadAcceptsOnTheCasePage() {
        JsonObject child = Journeys.registerChild(aisha, 10, true);
        long childId = id(child);
        long caseId = id(Journeys.openCase(aisha, childId));
        String family = child.getString("familyName");

        browser.signIn("practitioner3", Api.DEMO_PASSWORD);
        browser.open("/children/child.xhtml?id=" + childId);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Record not available");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address"));
        findAndChoose(family);
        String row = browser.text(By.id("resultTable"));
        assertThat(row).contains("Open CAF held by Early Help Team North").contains("Grace Okafor");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address")).doesNotContain("NB9 9ZZ");
        browser.find(By.xpath("//textarea[contains(@id,'waysForward:reason')]")).sendKeys("I am her school nurse");
        browser.find(By.xpath("//input[contains(@id,'waysForward:role')]")).sendKeys("School nurse");
        accessible();
        browser.screenshot("access-01-ask-to-join");
        browser.find(By.xpath("//button[.//span[normalize-space()='Ask to join the Team Around the Child']]")).click();
        browser.awaitIdle();
        assertThat(browser.text(By.className("notice-success"))).contains("request to join the Team Around the Child");
        browser.open("/index.xhtml");
        assertThat(browser.text(By.id("requestsMade"))).contains("waiting for a decision");
        browser.signOut();

        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        assertThat(browser.text(By.id("requestsToDecide"))).contains("Siobhán Murphy").contains("join the Team Around");
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("requests"))).contains("I am her school nurse").contains("School nurse");
        browser.type("requestsForm:requestRows:0:comment", "Welcome: TAC meeting on Thursday");
        accessible();
        browser.screenshot("access-02-team-lead-decides");
        browser.click("requestsForm:requestRows:0:accept");
        assertThat(browser.text(By.className("notice-success"))).contains("was accepted");
        assertThat(browser.text(By.id("timeline"))).contains("Siobhán Murphy (School nurse) joined the Team Around the Child");
        browser.signOut();

        browser.signIn("practitioner3", Api.DEMO_PASSWORD);
        assertThat(browser.text(By.id("requestsMade"))).contains("accepted").contains("Welcome: TAC meeting on Thursday");
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("caseState"))).isNotEmpty();
        assertThat(browser.pageSource()).contains(child.getString("address"));
        browser.screenshot("access-03-member-sees-the-case");
    }

    @Test
    void anotherTeamsLeadAsksForATransferAndTheFormerTeamKeepsOnlyTheSummary() {
        JsonObject child = Journeys.registerChild(aisha, 8, false);
        long childId = id(child);
        long caseId = id(Journeys.openCase(aisha, childId));

        browser.signIn("teamlead2", Api.DEMO_PASSWORD);
        findAndChoose(child.getString("familyName"));
        browser.find(By.xpath("//textarea[contains(@id,'waysForward:reason')]"))
                .sendKeys("The family moved into our area; we see the children every week");
        browser.find(By.xpath("//button[.//span[normalize-space()='Ask for a transfer to my team']]")).click();
        browser.awaitIdle();
        assertThat(browser.text(By.className("notice-success"))).contains("transferred to your team");
        browser.signOut();

        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        browser.open("/cases/case.xhtml?id=" + caseId);
        browser.click("requestsForm:requestRows:0:decline");
        assertThat(browser.text(By.className("error-summary"))).contains("Say why the request is declined");
        browser.click("requestsForm:requestRows:0:accept");
        assertThat(browser.text(By.id("restricted"))).contains("You do not work on this case")
                .contains("School Nursing Team");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address"));
        accessible();
        browser.screenshot("access-04-transferred-away");
        browser.signOut();

        browser.signIn("practitioner3", Api.DEMO_PASSWORD);
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("transfers"))).contains("from Early Help Team North to School Nursing Team");
        assertThat(browser.pageSource()).contains(child.getString("address"));
    }

    @Test
    void aFamilyMemberIsCorrectedAndEndedAndTheRecordKeepsItsHistory() {
        JsonObject child = Journeys.registerChild(aisha, 6, false);
        long childId = id(child);
        Journeys.openCase(aisha, childId);
        expect(aisha.post("/api/v1/children/" + childId + "/family-members", Json.createObjectBuilder()
                .add("name", "Dan Smiht").add("relationship", "FATHER").add("parentalResponsibility", true)
                .add("livesWithChild", false).add("phone", "07700 900555").build()), 201);

        browser.signIn("practitioner2", Api.DEMO_PASSWORD);
        browser.open("/children/child.xhtml?id=" + childId);
        browser.find(By.xpath("//table[@id='familyTable']//button[.//span[normalize-space()='Correct']]")).click();
        browser.awaitIdle();
        browser.type("family:memberName", "Dan Smith");
        browser.click("family:addMember");
        assertThat(browser.text(By.className("notice-success"))).contains("Dan Smith's details are corrected");
        assertThat(browser.text(By.id("familyTable"))).contains("Dan Smith").doesNotContain("Smiht");
        browser.find(By.xpath("//table[@id='familyTable']//button[.//span[normalize-space()='End']]")).click();
        browser.awaitIdle();
        browser.click("ending:confirmEnd");
        assertThat(browser.text(By.className("error-summary"))).contains("Say why");
        browser.type("ending:endReason", "Moved abroad; no longer in contact");
        browser.click("ending:confirmEnd");
        assertThat(browser.text(By.id("familyTable"))).contains("ended").contains("Moved abroad");
        assertThat(browser.text(By.id("recordChanges"))).contains("Family member Dan Smith corrected by Tom Evans: name")
                .contains("Family member Dan Smith ended by Tom Evans");
        browser.find(By.id("editStart:edit")).click();
        browser.awaitIdle();
        browser.type("particulars:firstLanguage", "Welsh");
        browser.click("particulars:save");
        assertThat(browser.text(By.id("particulars"))).contains("Welsh");
        assertThat(browser.text(By.id("recordChanges"))).contains("Child's record changed by Tom Evans: first language");
        accessible();
        browser.screenshot("access-05-record-history");
    }

    @Test
    void theConsentPageSaysWhatAWithdrawalStopsBeforeItIsConfirmed() {
        JsonObject child = Journeys.registerChild(aisha, 9, false);
        long childId = id(child);
        JsonObject mother = Journeys.addParent(aisha, childId, "Ruth " + Journeys.randomName(), true, true);
        long caseId = id(Journeys.openCase(aisha, childId));
        Journeys.consent(aisha, caseId, id(mother), new long[0], new long[] {id(mother)});

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/consent.xhtml?id=" + caseId);
        browser.find(By.xpath("//button[contains(@aria-label,'Withdraw the consent')]")).click();
        browser.awaitIdle();
        assertThat(browser.text(By.id("withdrawalConsequences"))).contains("every other consent the same person gave")
                .contains("no copy can be sent to anyone");
        accessible();
        browser.screenshot("access-06-withdrawal-consequences");
        browser.click("withdrawal:confirmWithdrawal");
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("nextStepList"))).contains("Consent to record was withdrawn");
    }

    @Test
    void anAdministratorIsNotOfferedToRegisterAChild() {
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/children/search.xhtml");
        assertThat(browser.driver().findElements(By.id("registerLink"))).isEmpty();
    }
}
