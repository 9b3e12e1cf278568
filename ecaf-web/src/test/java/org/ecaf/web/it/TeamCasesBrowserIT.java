package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.CasePage;
import org.ecaf.web.testing.pages.DashboardPage;
import org.ecaf.web.testing.pages.HomePage;
import org.ecaf.web.testing.pages.Page;
import org.ecaf.web.testing.pages.SignInPage;
import org.ecaf.web.testing.pages.TeamCasesPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The team lead's case list in Chromium (issue 12): from the dashboard's overdue figure to the cases behind it, a
 * reassignment with its message, the phone layout, and the page refusing another team's lead and a practitioner.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class TeamCasesBrowserIT {

    private Browser browser;
    @As("practitioner1")
    private Api aisha;
    @As("teamlead1")
    private Api grace;

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
        DashboardPage dashboard = SignInPage.signIn(browser, "teamlead1").goToDashboard();

        int overdueActions = dashboard.figure("figOverdueActions");
        assertThat(overdueActions).isPositive();
        TeamCasesPage cases = dashboard.openOverdueActions();

        assertThat(browser.currentPath()).isEqualTo("/team/cases.xhtml?due=actions");
        assertThat(cases.title()).isEqualTo("Your team's cases – eCAF");
        List<String> shown = cases.references();
        List<String> expected = expect(grace.get("/api/v1/team/cases?due=actions"), 200).json().getJsonArray("rows")
                .stream().map(v -> v.asJsonObject().getString("reference")).toList();
        assertThat(shown).containsExactlyElementsOf(expected).contains(reference);
        assertThat(cases.rows()).allSatisfy(row ->
                assertThat(row.getText()).containsPattern("\\d+ actions? overdue"));
        assertThat(cases.dueFilter()).isEqualTo("Overdue plan actions");
        WebElement row = cases.row(reference);
        assertThat(row.getText()).contains("Osian " + family).contains("Pre-assessment").contains("Aisha Khan")
                .contains(today().minusDays(3).format(TeamLeadSupport.UK)).contains("1 action overdue");
        cases.assertAccessible();
        cases.screenshot("caselist-01-team-cases");

        assertThat(cases.reassignLink(row).getAttribute("textContent")).isEqualTo("Reassign " + reference);
        String before = browser.currentPath();
        cases.reassign(row);
        assertThat(cases.reassignHeading()).isEqualTo("Reassign " + reference + " (Osian " + family + ")");
        assertThat(cases.currentHolder()).isEqualTo("Allocated to Aisha Khan.");
        cases.saveAllocation();
        assertThat(cases.errorSummary()).contains("The case is already allocated to Aisha Khan.");
        assertThat(cases.errorTargets()).containsExactly(TeamCasesPage.HOLDER);
        assertThat(cases.reassignHeading()).isEqualTo("Reassign " + reference + " (Osian " + family + ")");
        cases.assertAccessible();
        cases.chooseHolder("Tom Evans, Early help practitioner").reason("Tom knows the family from the school")
                .saveAllocation();

        assertThat(cases.notice())
                .isEqualTo(reference + " (Osian " + family + ") is now allocated to Tom Evans.");
        assertThat(browser.currentPath()).isEqualTo(before);
        assertThat(cases.row(reference).getText()).contains("Tom Evans")
                .doesNotContain("Aisha Khan");
        cases.assertAccessible();
        JsonObject found = expect(grace.get("/api/v1/team/cases?q=" + reference), 200).json().getJsonArray("rows")
                .getJsonObject(0);
        assertThat(found.getJsonObject("allocatedTo").getString("username")).isEqualTo("practitioner2");

        cases.goToTeamCases();
        assertThat(browser.currentPath()).isEqualTo("/team/cases.xhtml");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        cases = TeamCasesPage.open(browser, "q=" + family);
        assertThat(cases.row(reference).getText()).contains("Tom Evans");
        fitsAPhone(cases);
        cases.screenshot("caselist-02-phone");
        fitsAPhone(DashboardPage.open(browser));
    }

    @Test
    void theCasePageSaysWhoHoldsTheCaseAndTheNewHolderFindsItOnTheirHomePage() {
        String family = "Tcd" + Journeys.randomName().toLowerCase();
        String reference = caseWithOverdueAction("Nia", family);
        long caseId = expect(grace.get("/api/v1/team/cases?q=" + reference), 200).json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("caseId").longValue();
        expect(grace.put("/api/v1/cases/" + caseId + "/allocation", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(grace, "practitioner2")).build(), Map.of()), 200);

        HomePage home = SignInPage.signIn(browser, "practitioner2");
        assertThat(home.allocatedToMe()).contains("Nia " + family + " (" + reference + ")")
                .contains("Allocated to Tom Evans by Grace Okafor (previously Aisha Khan)");
        CasePage casePage = CasePage.open(browser, caseId);
        assertThat(casePage.allocatedTo()).isEqualTo("Tom Evans");
        casePage.assertAccessible();
    }

    @Test
    void anotherTeamsLeadAndAPractitionerAreRefusedByThePage() {
        String family = "Tce" + Journeys.randomName().toLowerCase();
        String reference = caseWithOverdueAction("Efa", family);
        long caseId = expect(grace.get("/api/v1/team/cases?q=" + reference), 200).json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("caseId").longValue();

        SignInPage.signIn(browser, "teamlead2");
        TeamCasesPage cases = TeamCasesPage.open(browser, "q=" + family + "&reassign=" + caseId);
        assertThat(cases.listHeading()).isEqualTo("0 cases match the filters");
        assertThat(cases.errorSummary()).contains("There is no case " + caseId + ".");
        assertThat(cases.offersReassignment()).isFalse();
        assertThat(browser.pageSource()).doesNotContain(reference).doesNotContain("Efa").doesNotContain("Aisha Khan");
        browser.signOut();

        HomePage home = SignInPage.signIn(browser, "practitioner1");
        assertThat(home.linksToTeamCases()).isFalse();
        cases = TeamCasesPage.open(browser, "");
        assertThat(cases.refusal()).isEqualTo("Only a team lead can see the list of their team's cases.");
        assertThat(browser.pageSource()).doesNotContain(reference);
        assertThat(expect(grace.get("/api/v1/cases/" + caseId), 200).json().getJsonObject("allocatedTo")
                .getString("username")).isEqualTo("practitioner1");
    }

    private void fitsAPhone(Page page) {
        long inner = page.windowWidth();
        long scroll = page.pageWidth();
        assertThat(inner).as("window width").isBetween(300L, 400L);
        assertThat(scroll).as(browser.currentPath() + " scrolls sideways").isLessThanOrEqualTo(inner);
        page.assertAccessible();
    }

    private static LocalDate today() {
        return LocalDate.now(Journeys.LONDON);
    }
}
