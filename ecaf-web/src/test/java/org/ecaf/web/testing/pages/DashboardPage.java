package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The team lead's dashboard: the team's figures, caseload, states, overdue actions and approval times. */
public final class DashboardPage extends Page {

    static final String PATH = "/team/dashboard.xhtml";

    DashboardPage(Browser browser) {
        super(browser);
    }

    public static DashboardPage open(Browser browser) {
        browser.open(PATH);
        return new DashboardPage(browser);
    }

    /** One of the headline figures: {@code figOpen}, {@code figAwaiting}, {@code figOverdueActions} … */
    public int figure(String id) {
        return Integer.parseInt(browser.text(By.id(id)).strip());
    }

    /** The whole number in a cell of a table row whose first cell is {@code firstCell}; {@code column} from 1. */
    public int cell(String tableId, String firstCell, int column) {
        return Integer.parseInt(row(tableId, firstCell).findElements(By.xpath("./*")).get(column - 1).getText()
                .strip());
    }

    /** The row of the overdue actions table for the action {@code what}. */
    public WebElement overdueAction(String what) {
        return browser.find(By.xpath("//table[@id='overdueActionsTable']//tr[th='" + what + "']"));
    }

    /** Where the overdue action {@code what} links to. */
    public String overdueActionLink(String what) {
        return browser.find(By.xpath("//table[@id='overdueActionsTable']//tr[th='" + what + "']//a"))
                .getAttribute("href");
    }

    /** The row of the approval times table for the case {@code reference}. */
    public WebElement approvalTime(String reference) {
        return browser.find(By.xpath("//table[@id='approvalTimesTable']//tr[td[starts-with(normalize-space(), '"
                + reference + "')]]"));
    }

    /** The median time to approval, in words. */
    public String medianTime() {
        return text("figMedian");
    }

    /** The text alternative of a chart: {@code caseloadChart} or {@code stateChart}. */
    public String chartLabel(String chart) {
        return browser.byId(chart + "_canvas").getAttribute("aria-label");
    }

    /** Follows the overdue actions figure to the team's cases behind it. */
    public TeamCasesPage openOverdueActions() {
        browser.clickAndWait("linkOverdueActions");
        return new TeamCasesPage(browser);
    }

    /** Whether the caseload table is shown: not to someone refused. */
    public boolean showsCaseload() {
        return has("caseloadTable");
    }

    /** How long the server took to answer the page's main request, from the browser's Navigation Timing. */
    public long serverMillis() {
        Object ms = ((JavascriptExecutor) browser.driver()).executeScript(
                "var n = performance.getEntriesByType('navigation')[0];"
                        + " return Math.round(n.responseStart - n.requestStart);");
        return ((Number) ms).longValue();
    }
}
