package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;

/** "Check your answers" before submitting an assessment ({@code /cases/check-answers.xhtml}). */
public final class CheckAnswersPage extends Page {

    CheckAnswersPage(Browser browser) {
        super(browser);
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
}
