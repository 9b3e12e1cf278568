package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.TeamLeadSupport.UK;
import static org.ecaf.web.it.TeamLeadSupport.accessible;
import static org.ecaf.web.it.TeamLeadSupport.cell;
import static org.ecaf.web.it.TeamLeadSupport.figure;
import static org.ecaf.web.it.TeamLeadSupport.reference;
import static org.ecaf.web.it.TeamLeadSupport.screenshot;
import static org.ecaf.web.it.TeamLeadSupport.today;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
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

/**
 * Journey 9, the team dashboard, for the School Nursing Team (teamlead2, practitioner3). The server is shared with
 * other tests, so the figures are read before and after this test's cases are made and the differences compared.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class TeamLeadDashboardIT {

    private static final String NURSE = "Siobhán Murphy";

    private Browser browser;
    private Api nurse;
    private Api lead;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.browser = browser;
        nurse = Api.as(server, "practitioner3");
        lead = Api.as(server, "teamlead2");
    }

    @Test
    void theDashboardShowsTheTeamsFigures() {
        TeamLeadSupport.signIn(browser, "teamlead2");
        browser.click("navDashboard");
        TeamLeadSupport.awaitPath(browser, "/team/dashboard.xhtml");
        assertThat(browser.title()).isEqualTo("Team dashboard – eCAF");
        Figures before = Figures.read(browser);

        long agency = Journeys.firstAgencyId(nurse);
        long waiting = Journeys.submittedCase(nurse, agency);
        long approved = Journeys.submittedCase(nurse, agency);
        expect(lead.post("/api/v1/cases/" + approved + "/assessment/approval", Json.createObjectBuilder().build()), 200);
        expect(lead.put("/api/v1/cases/" + approved + "/lead-professional", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(lead, "practitioner3")).build(), Map.of()), 200);
        expect(nurse.post("/api/v1/cases/" + approved + "/actions", Json.createObjectBuilder()
                .add("what", "Asthma review at the clinic").add("who", NURSE)
                .add("byWhen", today().minusDays(2).toString()).build()), 201);
        expect(nurse.post("/api/v1/cases/" + approved + "/actions", Json.createObjectBuilder()
                .add("what", "Check inhaler technique").add("who", NURSE)
                .add("byWhen", today().plusDays(5).toString()).build()), 201);

        browser.open("/team/dashboard.xhtml");
        long millis = TeamLeadSupport.serverMillis(browser);
        Figures after = Figures.read(browser);

        assertThat(after.open - before.open).isEqualTo(2);
        assertThat(after.awaiting - before.awaiting).isEqualTo(1);
        assertThat(after.overdueActions - before.overdueActions).isEqualTo(1);
        assertThat(after.nurseOpen - before.nurseOpen).isEqualTo(2);
        assertThat(after.nurseLead - before.nurseLead).isEqualTo(1);
        assertThat(after.nurseAwaiting - before.nurseAwaiting).isEqualTo(1);
        assertThat(after.submitted - before.submitted).isEqualTo(1);
        assertThat(after.approved - before.approved).isEqualTo(1);

        String waitingReference = reference(nurse, waiting);
        String approvedReference = reference(nurse, approved);
        assertThat(TeamLeadSupport.row(browser, "awaitingTable", Journeys.expect(nurse.get("/api/v1/cases/" + waiting), 200)
                .json().getJsonObject("child").getString("displayName")).getText())
                .contains(waitingReference).contains(NURSE).contains(today().format(UK)).contains("0 days");
        assertThat(browser.find(By.xpath("//table[@id='overdueActionsTable']//tr[th='Asthma review at the clinic']"))
                .getText()).contains(NURSE).contains(today().minusDays(2).format(UK)).contains("2 days")
                .contains(approvedReference);
        assertThat(browser.find(By.xpath("//table[@id='overdueActionsTable']//tr[th='Asthma review at the clinic']//a"))
                .getAttribute("href")).endsWith("/cases/plan.xhtml?id=" + approved);
        assertThat(browser.pageSource()).doesNotContain("Check inhaler technique");
        assertThat(browser.find(By.xpath("//table[@id='approvalTimesTable']//tr[td[starts-with(normalize-space(), '"
                + approvedReference + "')]]")).getText()).contains(today().format(UK)).contains("Łucja Nowak");
        assertThat(browser.text(By.id("figMedian"))).matches("\\d+(\\.\\d)? days?");
        assertThat(browser.byId("caseloadChart_canvas").getAttribute("aria-label"))
                .startsWith("Bar chart of open cases per practitioner")
                .contains(NURSE + " " + after.nurseOpen + " open, lead professional for " + after.nurseLead);
        assertThat(browser.byId("stateChart_canvas").getAttribute("aria-label"))
                .contains("Submitted for approval " + after.submitted).contains("Assessment approved " + after.approved);
        assertThat(browser.pageSource()).doesNotContain("Early Help Team North");
        accessible(browser);
        screenshot(browser, "teamlead-dashboard-01-figures");
        assertThat(millis).as("server time for the dashboard, ms").isLessThan(2000);
        System.out.println("Team dashboard answered in " + millis + " ms");
    }

    /** The figures the test compares, read from the page. */
    private record Figures(int open, int awaiting, int overdueActions, int nurseOpen, int nurseLead, int nurseAwaiting,
                           int submitted, int approved) {
        static Figures read(Browser browser) {
            return new Figures(figure(browser, "figOpen"), figure(browser, "figAwaiting"),
                    figure(browser, "figOverdueActions"), cell(browser, "caseloadTable", NURSE, 2),
                    cell(browser, "caseloadTable", NURSE, 3), cell(browser, "caseloadTable", NURSE, 4),
                    cell(browser, "stateTable", "Submitted for approval", 2),
                    cell(browser, "stateTable", "Assessment approved", 2));
        }
    }
}
