package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.ApprovalPage;
import org.ecaf.web.testing.pages.ApprovalsPage;
import org.ecaf.web.testing.pages.DashboardPage;
import org.ecaf.web.testing.pages.HomePage;
import org.ecaf.web.testing.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The team lead's pages refuse everyone else with a plain message, never an error page or a stack trace. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class TeamLeadAccessIT {

    private Browser browser;
    @As("practitioner1")
    private Api practitioner;

    @Test
    void aPractitionerIsRefusedTheApprovalQueueAndTheDashboard() {
        HomePage home = SignInPage.signIn(browser, "practitioner1");
        assertThat(home.linksToApprovals()).isFalse();
        assertThat(home.linksToDashboard()).isFalse();

        ApprovalsPage approvals = ApprovalsPage.open(browser);
        assertThat(approvals.title()).isEqualTo("Not allowed – eCAF");
        assertThat(approvals.heading()).isEqualTo("Not allowed");
        assertThat(approvals.refusal())
                .isEqualTo("Only a team lead can see their team's approvals, caseload and dashboard.");
        assertThat(approvals.showsQueue()).isFalse();
        assertThat(browser.pageSource()).doesNotContain("Exception").doesNotContain("AccessDenied");
        approvals.assertAccessible();
        approvals.screenshot("teamlead-access-01-practitioner-approvals");

        DashboardPage dashboard = DashboardPage.open(browser);
        assertThat(dashboard.heading()).isEqualTo("Not allowed");
        assertThat(dashboard.refusal())
                .isEqualTo("Only a team lead can see their team's approvals, caseload and dashboard.");
        assertThat(dashboard.showsCaseload()).isFalse();
        assertThat(browser.pageSource()).doesNotContain("Exception");
        dashboard.assertAccessible();
        dashboard.screenshot("teamlead-access-02-practitioner-dashboard");
    }

    @Test
    void aPractitionerReadsTheSubmittedAssessmentButCannotDecide() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        SignInPage.signIn(browser, "practitioner2");
        ApprovalPage approval = ApprovalPage.open(browser, caseId);
        assertThat(approval.notTeamLead()).isEqualTo("Only a team lead of Early Help Team North can approve "
                + "or return this assessment.");
        assertThat(approval.offersDecision()).isFalse();
        approval.assertAccessible();
        approval.screenshot("teamlead-access-03-practitioner-approval-page");
    }

    @Test
    void anAdministratorSeesNoTeamFigures() {
        SignInPage.signIn(browser, "admin");
        DashboardPage dashboard = DashboardPage.open(browser);
        assertThat(dashboard.heading()).isEqualTo("Not allowed");
        ApprovalsPage approvals = ApprovalsPage.open(browser);
        assertThat(approvals.heading()).isEqualTo("Not allowed");
        approvals.assertAccessible();
    }
}
