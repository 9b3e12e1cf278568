package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The team lead's case list in Chromium (issue 12): from the dashboard's overdue figure to the cases behind it, a
 * reassignment with its message, the phone layout, and the page refusing another team's lead and a practitioner.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class TeamCasesBrowserIT {

    private Browser browser;
    private Api aisha;
    private Api grace;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.browser = browser;
        aisha = Api.as(server, "practitioner1");
        grace = Api.as(server, "teamlead1");
    }

    /** A Team A case opened by practitioner1 with an action three days overdue; its reference. */
    private String caseWithOverdueAction(String given, String family) {
        JsonObject child = expect(aisha.post("/api/v1/children", Json.createObjectBuilder().add("givenNames", given)
                .add("familyName", family).add("dateOfBirth", today().minusYears(8).toString()).add("gender", "male")
                .add("address", "5 Mill Lane, Northbridge").add("postcode", "NB9 9ZZ").add("shielded", false)
                .add("notDuplicateReason", "Test fixture: a distinct child").build()), 201).json();
        long caseId = Journeys.openCase(aisha, child.getJsonNumber("id").longValue()).getJsonNumber("id").longValue();
        expect(aisha.post("/api/v1/cases/" + caseId + "/actions", Json.createObjectBuilder()
                .add("what", "Speak to the school about attendance").add("who", "Aisha Khan")
                .add("byWhen", today().minusDays(3).toString()).build()), 201);
        return expect(grace.get("/api/v1/cases/" + caseId), 200).json().getString("reference");
    }

    @Test
    void aTeamLeadOpensTheOverdueFigureSeesThoseCasesAndReassignsOne() {
        String family = "Tcb" + Journeys.randomName().toLowerCase();
        String reference = caseWithOverdueAction("Osian", family);
        TeamLeadSupport.signIn(browser, "teamlead1");

        browser.click("navDashboard");
        TeamLeadSupport.awaitPath(browser, "/team/dashboard.xhtml");
        int overdueActions = TeamLeadSupport.figure(browser, "figOverdueActions");
        assertThat(overdueActions).isPositive();
        browser.clickAndWait("linkOverdueActions");

        assertThat(browser.currentPath()).isEqualTo("/team/cases.xhtml?due=actions");
        assertThat(browser.title()).isEqualTo("Your team's cases – eCAF");
        List<String> shown = browser.driver().findElements(By.cssSelector("#teamCases tbody tr > th")).stream()
                .map(WebElement::getText).toList();
        List<String> expected = expect(grace.get("/api/v1/team/cases?due=actions"), 200).json().getJsonArray("rows")
                .stream().map(v -> v.asJsonObject().getString("reference")).toList();
        assertThat(shown).containsExactlyElementsOf(expected).contains(reference);
        assertThat(browser.driver().findElements(By.cssSelector("#teamCases tbody tr"))).allSatisfy(row ->
                assertThat(row.getText()).containsPattern("\\d+ actions? overdue"));
        assertThat(new Select(browser.byId("due")).getFirstSelectedOption().getText()).isEqualTo("Overdue plan actions");
        WebElement row = TeamLeadSupport.row(browser, "teamCases", reference);
        assertThat(row.getText()).contains("Osian " + family).contains("Pre-assessment").contains("Aisha Khan")
                .contains(today().minusDays(3).format(TeamLeadSupport.UK)).contains("1 action overdue");
        TeamLeadSupport.accessible(browser);
        TeamLeadSupport.screenshot(browser, "caselist-01-team-cases");

        WebElement reassign = row.findElement(By.xpath(".//a[starts-with(normalize-space(.), 'Reassign')]"));
        assertThat(reassign.getAttribute("textContent")).isEqualTo("Reassign " + reference);
        String before = browser.currentPath();
        reassign.click();
        browser.find(By.id("reassignHeading"));
        assertThat(browser.text(By.id("reassignHeading"))).isEqualTo("Reassign " + reference + " (Osian " + family + ")");
        assertThat(browser.text(By.id("currentHolder"))).isEqualTo("Allocated to Aisha Khan.");
        browser.clickAndWait("reassignForm:saveAllocation");
        assertThat(TeamLeadSupport.errorSummary(browser)).contains("The case is already allocated to Aisha Khan.");
        assertThat(TeamLeadSupport.errorTargets(browser)).containsExactly("reassignForm:practitioner");
        assertThat(browser.text(By.id("reassignHeading"))).isEqualTo("Reassign " + reference + " (Osian " + family + ")");
        TeamLeadSupport.accessible(browser);
        new Select(browser.byId("reassignForm:practitioner")).selectByVisibleText("Tom Evans, Early help practitioner");
        browser.type("reassignForm:reason", "Tom knows the family from the school");
        browser.clickAndWait("reassignForm:saveAllocation");

        assertThat(TeamLeadSupport.notice(browser))
                .isEqualTo(reference + " (Osian " + family + ") is now allocated to Tom Evans.");
        assertThat(browser.currentPath()).isEqualTo(before);
        assertThat(TeamLeadSupport.row(browser, "teamCases", reference).getText()).contains("Tom Evans")
                .doesNotContain("Aisha Khan");
        TeamLeadSupport.accessible(browser);
        JsonObject found = expect(grace.get("/api/v1/team/cases?q=" + reference), 200).json().getJsonArray("rows")
                .getJsonObject(0);
        assertThat(found.getJsonObject("allocatedTo").getString("username")).isEqualTo("practitioner2");

        browser.clickAndWait("navTeamCases");
        assertThat(browser.currentPath()).isEqualTo("/team/cases.xhtml");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/team/cases.xhtml?q=" + family);
        assertThat(TeamLeadSupport.row(browser, "teamCases", reference).getText()).contains("Tom Evans");
        fitsAPhone();
        TeamLeadSupport.screenshot(browser, "caselist-02-phone");
        browser.open("/team/dashboard.xhtml");
        fitsAPhone();
    }

    @Test
    void theCasePageSaysWhoHoldsTheCaseAndTheNewHolderFindsItOnTheirHomePage() {
        String family = "Tcd" + Journeys.randomName().toLowerCase();
        String reference = caseWithOverdueAction("Nia", family);
        long caseId = expect(grace.get("/api/v1/team/cases?q=" + reference), 200).json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("caseId").longValue();
        expect(grace.put("/api/v1/cases/" + caseId + "/allocation", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(grace, "practitioner2")).build(), Map.of()), 200);

        TeamLeadSupport.signIn(browser, "practitioner2");
        assertThat(browser.text(By.id("trayAllocated"))).contains("Nia " + family + " (" + reference + ")")
                .contains("Allocated to Tom Evans by Grace Okafor (previously Aisha Khan)");
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("allocatedTo"))).isEqualTo("Tom Evans");
        TeamLeadSupport.accessible(browser);
    }

    @Test
    void anotherTeamsLeadAndAPractitionerAreRefusedByThePage() {
        String family = "Tce" + Journeys.randomName().toLowerCase();
        String reference = caseWithOverdueAction("Efa", family);
        long caseId = expect(grace.get("/api/v1/team/cases?q=" + reference), 200).json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("caseId").longValue();

        TeamLeadSupport.signIn(browser, "teamlead2");
        browser.open("/team/cases.xhtml?q=" + family + "&reassign=" + caseId);
        assertThat(browser.text(By.id("listHeading"))).isEqualTo("0 cases match the filters");
        assertThat(TeamLeadSupport.errorSummary(browser)).contains("There is no case " + caseId + ".");
        assertThat(browser.driver().findElements(By.id("reassignForm"))).isEmpty();
        assertThat(browser.pageSource()).doesNotContain(reference).doesNotContain("Efa").doesNotContain("Aisha Khan");
        browser.signOut();

        TeamLeadSupport.signIn(browser, "practitioner1");
        assertThat(browser.driver().findElements(By.id("navTeamCases"))).isEmpty();
        browser.open("/team/cases.xhtml");
        assertThat(browser.text(By.id("refusal"))).isEqualTo("Only a team lead can see the list of their team's cases.");
        assertThat(browser.pageSource()).doesNotContain(reference);
        assertThat(expect(grace.get("/api/v1/cases/" + caseId), 200).json().getJsonObject("allocatedTo")
                .getString("username")).isEqualTo("practitioner1");
    }

    private void fitsAPhone() {
        long inner = ((Number) AssessmentSteps.js(browser, "return window.innerWidth;")).longValue();
        long scroll = ((Number) AssessmentSteps.js(browser, "return document.documentElement.scrollWidth;")).longValue();
        assertThat(inner).as("window width").isBetween(300L, 400L);
        assertThat(scroll).as(browser.currentPath() + " scrolls sideways").isLessThanOrEqualTo(inner);
        TeamLeadSupport.accessible(browser);
    }

    private static LocalDate today() {
        return LocalDate.now(Journeys.LONDON);
    }
}
