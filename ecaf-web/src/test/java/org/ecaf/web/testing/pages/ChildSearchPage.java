package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;

/** Find or register a child ({@code /children/search.xhtml}). */
public final class ChildSearchPage extends Page {

    ChildSearchPage(Browser browser) {
        super(browser);
    }

    /** Follows "Find or register a child" in the main navigation. */
    public static ChildSearchPage goTo(Browser browser) {
        browser.clickAndWait("navChildren");
        return new ChildSearchPage(browser);
    }

    public ChildSearchPage search(String query) {
        browser.type("search:query", query);
        browser.click("search:searchButton");
        return this;
    }

    /** "1 child found". */
    public String resultsHeading() {
        return text("resultsHeading");
    }

    public String results() {
        return text("resultTable");
    }

    public boolean offersRegistration() {
        return has("registerLink");
    }

    public RegisterChildPage register() {
        browser.clickAndWait("registerLink");
        return new RegisterChildPage(browser);
    }
}
