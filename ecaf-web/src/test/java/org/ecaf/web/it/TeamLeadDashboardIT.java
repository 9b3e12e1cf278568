package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.TeamLeadSupport.UK;
import static org.ecaf.web.it.TeamLeadSupport.reference;
import static org.ecaf.web.it.TeamLeadSupport.today;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import java.util.Map;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.DashboardPage;
import org.ecaf.web.testing.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 9, the team dashboard, for the School Nursing Team (teamlead2, practitioner3). The server is shared with
 * other tests, so the figures are read before and after this test's cases are made and the differences compared.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class TeamLeadDashboardIT {

    private static final String NURSE = "Siobhán Murphy";

    private Browser browser;
    @As("practitioner3")
    private Api nurse;
    @As("teamlead2")
    private Api lead;

    @Test
    void theDashboardShowsTheTeamsFigures() {
        DashboardPage dashboard = SignInPage.signIn(browser, "teamlead2").goToDashboard();
        assertThat(dashboard.title()).isEqualTo("Team dashboard – eCAF");
        Figures before = Figures.read(dashboard);

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

        dashboard = DashboardPage.open(browser);
        long millis = dashboard.serverMillis();
        Figures after = Figures.read(dashboard);

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
        assertThat(dashboard.row("awaitingTable", Journeys.expect(nurse.get("/api/v1/cases/" + waiting), 200)
                .json().getJsonObject("child").getString("displayName")).getText())
                .contains(waitingReference).contains(NURSE).contains(today().format(UK)).contains("0 days");
        assertThat(dashboard.overdueAction("Asthma review at the clinic").getText()).contains(NURSE)
                .contains(today().minusDays(2).format(UK)).contains("2 days").contains(approvedReference);
        assertThat(dashboard.overdueActionLink("Asthma review at the clinic")).endsWith("/cases/plan.xhtml?id=" + approved);
        assertThat(browser.pageSource()).doesNotContain("Check inhaler technique");
        assertThat(dashboard.approvalTime(approvedReference).getText()).contains(today().format(UK)).contains("Łucja Nowak");
        assertThat(dashboard.medianTime()).matches("\\d+(\\.\\d)? days?");
        assertThat(dashboard.chartLabel("caseloadChart"))
                .startsWith("Bar chart of open cases per practitioner")
                .contains(NURSE + " " + after.nurseOpen + " open, lead professional for " + after.nurseLead);
        assertThat(dashboard.chartLabel("stateChart"))
                .contains("Submitted for approval " + after.submitted).contains("Assessment approved " + after.approved);
        assertThat(browser.pageSource()).doesNotContain("Early Help Team North");
        dashboard.assertAccessible();
        dashboard.screenshot("teamlead-dashboard-01-figures");
        // the time is reported, not asserted (speed targets live in benchmarks, not in tests)
        System.out.println("Team dashboard answered in " + millis + " ms");
    }

    /** The figures the test compares, read from the page. */
    private record Figures(int open, int awaiting, int overdueActions, int nurseOpen, int nurseLead, int nurseAwaiting,
                           int submitted, int approved) {
        static Figures read(DashboardPage page) {
            return new Figures(page.figure("figOpen"), page.figure("figAwaiting"),
                    page.figure("figOverdueActions"), page.cell("caseloadTable", NURSE, 2),
                    page.cell("caseloadTable", NURSE, 3), page.cell("caseloadTable", NURSE, 4),
                    page.cell("stateTable", "Submitted for approval", 2),
                    page.cell("stateTable", "Assessment approved", 2));
        }
    }
}
