package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;

/** The pre-assessment checklist, rendered from {@code forms/pre-assessment} ({@code /cases/pre-assessment.xhtml}). */
public final class PreAssessmentPage extends Page {

    PreAssessmentPage(Browser browser) {
        super(browser);
    }

    /** The client id of a question: its section and key. */
    public static String field(String section, String key) {
        return "checklist:" + section + ":f_" + key;
    }

    /** What a question's input holds. */
    public String value(String section, String key) {
        return browser.byId(field(section, key)).getAttribute("value");
    }

    /** Clicks an option (from 0) of a choice. */
    public PreAssessmentPage choose(String section, String key, int option) {
        browser.byId(field(section, key) + ":" + option).click();
        return this;
    }

    public PreAssessmentPage type(String section, String key, String text) {
        browser.type(field(section, key), text);
        return this;
    }

    /** Presses "Record the checklist" (the page is loaded again, or the case page follows). */
    public PreAssessmentPage save() {
        browser.clickAndWait("checklist:save");
        return this;
    }
}
