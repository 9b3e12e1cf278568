package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;

/** Find or register a child ({@code /children/search.xhtml}). */
public final class ChildSearchPage extends Page {

    ChildSearchPage(Browser browser) {
        super(browser);
    }

    public static ChildSearchPage open(Browser browser) {
        browser.open("/children/search.xhtml");
        return new ChildSearchPage(browser);
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

    /** Chooses "Ask to work with this child" on the (only) child found. */
    public ChildSearchPage askToWorkWith() {
        browser.press(button("Ask to work with this child"));
        return this;
    }

    /** Types why the team should work with the child (the ways forward offered after asking). */
    public ChildSearchPage why(String reason) {
        browser.find(By.xpath("//textarea[contains(@id,'waysForward:reason')]")).sendKeys(reason);
        return this;
    }

    /** Types the role the person would have in the Team Around the Child. */
    public ChildSearchPage role(String role) {
        browser.find(By.xpath("//input[contains(@id,'waysForward:role')]")).sendKeys(role);
        return this;
    }

    public ChildSearchPage askToJoin() {
        browser.press(button("Ask to join the Team Around the Child"));
        return this;
    }

    public ChildSearchPage askForTransfer() {
        browser.press(button("Ask for a transfer to my team"));
        return this;
    }

    private static By button(String label) {
        return By.xpath("//button[.//span[normalize-space()='" + label + "']]");
    }
}
