package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;

/** The home page: a practitioner's work tray, a team lead's assessments awaiting approval and caseload. */
public final class HomePage extends Page {

    HomePage(Browser browser) {
        super(browser);
    }

    /** The home page the browser shows now (after signing in). */
    public static HomePage of(Browser browser) {
        return new HomePage(browser);
    }

    public static HomePage open(Browser browser) {
        browser.open("/index.xhtml");
        return new HomePage(browser);
    }

    /** The requests this person made to work with a child, and what became of them. */
    public String requestsMade() {
        return text("requestsMade");
    }

    /** The requests a team lead is to decide. */
    public String requestsToDecide() {
        return text("requestsToDecide");
    }

    /** The team lead's list of assessments awaiting approval. */
    public String awaiting() {
        return text("awaiting");
    }

    /** The team lead's caseload table. */
    public String caseload() {
        return text("caseload");
    }

    /** Whether the main navigation links to the approval queue (a team lead's). */
    public boolean linksToApprovals() {
        return has("navApprovals");
    }

    /** Whether the main navigation links to the team dashboard (a team lead's). */
    public boolean linksToDashboard() {
        return has("navDashboard");
    }

    /** Whether the main navigation links to the team's cases (a team lead's). */
    public boolean linksToTeamCases() {
        return has("navTeamCases");
    }

    /** The practitioner's work tray: cases newly allocated to them. */
    public String allocatedToMe() {
        return text("trayAllocated");
    }

    public ApprovalsPage goToApprovals() {
        browser.click("navApprovals");
        ApprovalsPage page = new ApprovalsPage(browser);
        page.awaitPath(ApprovalsPage.PATH);
        return page;
    }

    public DashboardPage goToDashboard() {
        browser.click("navDashboard");
        DashboardPage page = new DashboardPage(browser);
        page.awaitPath(DashboardPage.PATH);
        return page;
    }

    /** The practitioner's work tray. */
    public String workTray() {
        return text("workTray");
    }
}
