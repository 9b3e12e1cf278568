package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.TeamLeadSupport.accessible;
import static org.ecaf.web.it.TeamLeadSupport.screenshot;

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

/** The team lead's pages refuse everyone else with a plain message, never an error page or a stack trace. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class TeamLeadAccessIT {

    private Browser browser;
    private Api practitioner;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.browser = browser;
        practitioner = Api.as(server, "practitioner1");
    }

    @Test
    void aPractitionerIsRefusedTheApprovalQueueAndTheDashboard() {
        TeamLeadSupport.signIn(browser, "practitioner1");
        assertThat(browser.driver().findElements(By.id("navApprovals"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("navDashboard"))).isEmpty();

        browser.open("/team/approvals.xhtml");
        assertThat(browser.title()).isEqualTo("Not allowed – eCAF");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not allowed");
        assertThat(browser.text(By.id("refusal")))
                .isEqualTo("Only a team lead can see their team's approvals, caseload and dashboard.");
        assertThat(browser.driver().findElements(By.id("queue"))).isEmpty();
        assertThat(browser.pageSource()).doesNotContain("Exception").doesNotContain("AccessDenied");
        accessible(browser);
        screenshot(browser, "teamlead-access-01-practitioner-approvals");

        browser.open("/team/dashboard.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not allowed");
        assertThat(browser.text(By.id("refusal")))
                .isEqualTo("Only a team lead can see their team's approvals, caseload and dashboard.");
        assertThat(browser.driver().findElements(By.id("caseloadTable"))).isEmpty();
        assertThat(browser.pageSource()).doesNotContain("Exception");
        accessible(browser);
        screenshot(browser, "teamlead-access-02-practitioner-dashboard");
    }

    @Test
    void aPractitionerReadsTheSubmittedAssessmentButCannotDecide() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        TeamLeadSupport.signIn(browser, "practitioner2");
        browser.open("/cases/approval.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("notTeamLead"))).isEqualTo("Only a team lead of Early Help Team North can approve "
                + "or return this assessment.");
        assertThat(browser.driver().findElements(By.id("decisionForm"))).isEmpty();
        accessible(browser);
        screenshot(browser, "teamlead-access-03-practitioner-approval-page");
    }

    @Test
    void anAdministratorSeesNoTeamFigures() {
        TeamLeadSupport.signIn(browser, "admin");
        browser.open("/team/dashboard.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not allowed");
        browser.open("/team/approvals.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not allowed");
        accessible(browser);
    }
}
