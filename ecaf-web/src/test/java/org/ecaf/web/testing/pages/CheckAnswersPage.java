package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;

/** "Check your answers" before submitting an assessment ({@code /cases/check-answers.xhtml}). */
public final class CheckAnswersPage extends Page {

    CheckAnswersPage(Browser browser) {
        super(browser);
    }

    /** The check page the browser shows now. */
    public static CheckAnswersPage of(Browser browser) {
        return new CheckAnswersPage(browser);
    }

    public static CheckAnswersPage open(Browser browser, long caseId) {
        browser.open("/cases/check-answers.xhtml?id=" + caseId);
        return new CheckAnswersPage(browser);
    }

    /** Submits the assessment and waits for the case page it leads to. */
    public CasePage submit() {
        browser.click("checkAnswers:submit");
        until(d -> d.getCurrentUrl().contains("/cases/case.xhtml"));
        browser.awaitIdle();
        return new CasePage(browser);
    }

    /** Presses Submit and waits for the page to be replaced. */
    public void submitAndWait() {
        browser.clickAndWait("checkAnswers:submit");
    }

    /** Where a section's "Change" link leads. */
    public String changeLink(String section) {
        return browser.byId("change-" + section).getAttribute("href");
    }

    /** Follows a section's "Change" link back to the assessment. */
    public AssessmentPage change(String section) {
        browser.byId("change-" + section).click();
        until(d -> d.getCurrentUrl().contains("section=" + section));
        browser.awaitIdle();
        return AssessmentPage.of(browser);
    }

    /** When the child was last seen, as the page says it. */
    public String seenSummary() {
        return text("seenSummary");
    }
}
