package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;

/** A team lead reads a submitted assessment and approves or returns it ({@code /cases/approval.xhtml}). */
public final class ApprovalPage extends Page {

    public static final String COMMENT = "decisionForm:comment";
    public static final String APPROVE = "decisionForm:approve";

    ApprovalPage(Browser browser) {
        super(browser);
    }

    static String path(long caseId) {
        return "/cases/approval.xhtml?id=" + caseId;
    }

    public static ApprovalPage open(Browser browser, long caseId) {
        browser.open(path(caseId));
        return new ApprovalPage(browser);
    }

    public String submittedBy() {
        return text("submittedBy");
    }

    public String childSeen() {
        return text("childSeen");
    }

    public String history() {
        return text("approvalHistory");
    }

    /** The assessment as the page shows it (every section's answers). */
    public String assessment() {
        return text("assessment");
    }

    /** Whether the assessment's tables have captions. */
    public boolean assessmentTablesHaveCaptions() {
        return !browser.driver().findElements(By.cssSelector("#assessment table caption")).isEmpty();
    }

    /** Who may not decide is told so ({@code notTeamLead}). */
    public String notTeamLead() {
        return text("notTeamLead");
    }

    /** Whether the decision form (comment, approve, return) is on the page. */
    public boolean offersDecision() {
        return has("decisionForm");
    }

    public ApprovalPage comment(String text) {
        browser.type(COMMENT, text);
        return this;
    }

    /** The comment box. */
    public org.openqa.selenium.WebElement commentBox() {
        return browser.byId(COMMENT);
    }

    public ApprovalPage approve() {
        browser.click(APPROVE);
        return this;
    }

    /** Presses "Return" (the method cannot be called {@code return}). */
    public ApprovalPage sendBack() {
        browser.click("decisionForm:return");
        return this;
    }

    /** The heading of the changes since the assessment was returned. */
    public String sinceReturnHeading() {
        return text("sinceReturnHeading");
    }

    /** The comment the return made, beside the changes. */
    public String returnedComment() {
        return text("returnedComment");
    }

    public String sinceReturn() {
        return text("sinceReturnTable");
    }

    public int sinceReturnRows() {
        return browser.driver().findElements(By.cssSelector("#sinceReturnTable tbody tr")).size();
    }
}
