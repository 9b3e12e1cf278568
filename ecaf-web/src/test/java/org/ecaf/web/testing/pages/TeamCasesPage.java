package org.ecaf.web.testing.pages;

import java.util.List;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The team lead's list of the team's cases, its filters and the reassignment form ({@code /team/cases.xhtml}). */
public final class TeamCasesPage extends Page {

    public static final String HOLDER = "reassignForm:practitioner";

    TeamCasesPage(Browser browser) {
        super(browser);
    }

    /** The list with a query string ({@code q=…&reassign=…}), or none when {@code query} is empty. */
    public static TeamCasesPage open(Browser browser, String query) {
        browser.open("/team/cases.xhtml" + (query.isEmpty() ? "" : "?" + query));
        return new TeamCasesPage(browser);
    }

    /** The references of the cases listed, in order. */
    public List<String> references() {
        return browser.driver().findElements(By.cssSelector("#teamCases tbody tr > th")).stream()
                .map(WebElement::getText).toList();
    }

    /** The rows of the list. */
    public List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#teamCases tbody tr"));
    }

    /** The row of a case, by its reference. */
    public WebElement row(String reference) {
        return row("teamCases", reference);
    }

    /** The option the "due" filter shows. */
    public String dueFilter() {
        return new Select(browser.byId("due")).getFirstSelectedOption().getText();
    }

    /** The heading of the list ("3 cases match the filters"). */
    public String listHeading() {
        return text("listHeading");
    }

    /** The Reassign link of a row. */
    public WebElement reassignLink(WebElement row) {
        return row.findElement(By.xpath(".//a[starts-with(normalize-space(.), 'Reassign')]"));
    }

    /** Follows a row's Reassign link and waits for the form. */
    public TeamCasesPage reassign(WebElement row) {
        reassignLink(row).click();
        browser.find(By.id("reassignHeading"));
        return this;
    }

    public String reassignHeading() {
        return text("reassignHeading");
    }

    public String currentHolder() {
        return text("currentHolder");
    }

    public boolean offersReassignment() {
        return has("reassignForm");
    }

    public TeamCasesPage chooseHolder(String label) {
        new Select(browser.byId(HOLDER)).selectByVisibleText(label);
        return this;
    }

    public TeamCasesPage reason(String text) {
        browser.type("reassignForm:reason", text);
        return this;
    }

    /** Saves the allocation (the page is loaded again). */
    public TeamCasesPage saveAllocation() {
        browser.clickAndWait("reassignForm:saveAllocation");
        return this;
    }
}
