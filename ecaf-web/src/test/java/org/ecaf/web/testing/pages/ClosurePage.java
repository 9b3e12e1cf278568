package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;

/** Closing a case on the closure form, and reopening it ({@code /cases/closure.xhtml}). */
public final class ClosurePage extends Page {

    /** The client-id prefix of the closure form's questions. */
    private static final String FIELDS = "closeForm:closure:f_";
    public static final String CLOSE = "closeForm:closeCase";
    public static final String REOPEN_REASON = "reopenForm:reopenReason";

    ClosurePage(Browser browser) {
        super(browser);
    }

    public static ClosurePage open(Browser browser, long caseId) {
        browser.open("/cases/closure.xhtml?id=" + caseId);
        return new ClosurePage(browser);
    }

    /** The client id of a question of the closure form, by its key ({@code closure_details}). */
    public static String field(String key) {
        return FIELDS + key;
    }

    /** The client id of an option of the reason for closure, counted from 0. */
    public static String reason(int option) {
        return field("closure_reason") + ":" + option;
    }

    public ClosurePage chooseReason(int option) {
        choose(reason(option));
        return this;
    }

    public ClosurePage type(String key, String text) {
        browser.type(field(key), text);
        return this;
    }

    /** Whether a question is on the page now (its condition holds). */
    public boolean asks(String key) {
        return has(field(key));
    }

    public boolean shows(String key) {
        return browser.byId(field(key)).isDisplayed();
    }

    /** The label of a question. */
    public String label(String key) {
        return browser.text(By.cssSelector("label[for='" + field(key) + "']"));
    }

    public boolean isChosen(int option) {
        return browser.byId(reason(option)).isSelected();
    }

    /** Presses "Close the case". */
    public ClosurePage close() {
        browser.click(CLOSE);
        return this;
    }

    /** The "Close the case" button. */
    public org.openqa.selenium.WebElement closeButton() {
        return browser.byId(CLOSE);
    }

    public ClosurePage reopenReason(String text) {
        browser.type(REOPEN_REASON, text);
        return this;
    }

    public ClosurePage reopen() {
        browser.click("reopenForm:reopenCase");
        return this;
    }

    public boolean offersClosing() {
        return has("closeForm");
    }

    public boolean offersReopening() {
        return has("reopenForm");
    }

    /** Why this person may not close the case. */
    public String mayNotClose() {
        return text("mayNotClose");
    }

    /** Why this person may not reopen the case. */
    public String mayNotReopen() {
        return text("mayNotReopen");
    }

    public String closuresHeading() {
        return text("closuresHeading");
    }

    /** Waits for the case page that closing or reopening leads to. */
    public CasePage awaitCase(long caseId) {
        CasePage page = new CasePage(browser);
        page.awaitPath(CasePage.path(caseId));
        return page;
    }

    /** The warning on the form that actions are still open. */
    public String openActionsWarning() {
        return text("openActionsWarning");
    }

    /** Waits for the interruption page (actions still open) after pressing Close. */
    public ClosurePage awaitInterruption() {
        until(d -> !d.findElements(By.id("interruptionHeading")).isEmpty());
        return this;
    }

    public String interruptionHeading() {
        return text("interruptionHeading");
    }

    /** The open actions the interruption lists. */
    public String openActions() {
        return text("openActions");
    }

    /** Goes back from the interruption to the form (what was typed kept). */
    public ClosurePage goBack() {
        browser.click("interruption:goBack");
        until(d -> !d.findElements(By.id(field("outcomes_summary"))).isEmpty());
        return this;
    }

    /** What a question's input holds. */
    public String value(String key) {
        return browser.byId(field(key)).getAttribute("value");
    }

    /** Closes the case anyway from the interruption and waits for the case page. */
    public CasePage closeAnyway() {
        until(d -> !d.findElements(By.id("interruption:closeAnyway")).isEmpty());
        browser.click("interruption:closeAnyway");
        until(d -> d.getCurrentUrl().contains("/cases/case.xhtml"));
        browser.awaitIdle();
        return new CasePage(browser);
    }

    /** Presses "Close the case anyway" on the interruption and waits for the page it leads to. */
    public ClosurePage pressCloseAnyway() {
        browser.clickAndWait("interruption:closeAnyway");
        return this;
    }
}
