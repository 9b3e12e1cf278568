package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;

/** The team lead's queue of assessments awaiting approval. */
public final class ApprovalsPage extends Page {

    static final String PATH = "/team/approvals.xhtml";

    ApprovalsPage(Browser browser) {
        super(browser);
    }

    public static ApprovalsPage open(Browser browser) {
        browser.open(PATH);
        return new ApprovalsPage(browser);
    }

    /** Waits until the browser has come to the queue (after a decision). */
    public static ApprovalsPage await(Browser browser) {
        ApprovalsPage page = new ApprovalsPage(browser);
        page.awaitPath(PATH);
        return page;
    }

    /** The queue's table. */
    public String queue() {
        return text("queue");
    }

    /** Whether the queue (the table) is shown: not to someone refused. */
    public boolean showsQueue() {
        return has("queue");
    }

    /** Opens the approval page of a case by its child's name in the queue. */
    public ApprovalPage openCaseOf(String childName, long caseId) {
        browser.find(By.linkText(childName)).click();
        browser.awaitIdle();
        ApprovalPage page = new ApprovalPage(browser);
        page.awaitPath(ApprovalPage.path(caseId));
        return page;
    }
}
