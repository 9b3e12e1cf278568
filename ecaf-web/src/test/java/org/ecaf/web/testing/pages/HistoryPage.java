package org.ecaf.web.testing.pages;

import java.util.List;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An assessment's history: its revisions, one read-only, the changes between two ({@code /cases/history.xhtml}). */
public final class HistoryPage extends Page {

    HistoryPage(Browser browser) {
        super(browser);
    }

    public static HistoryPage open(Browser browser, long caseId) {
        browser.open("/cases/history.xhtml?id=" + caseId);
        return new HistoryPage(browser);
    }

    /** The list of revisions as text. */
    public String revisionList() {
        return text("revisions");
    }

    /** The rows of the list of revisions, oldest first. */
    public List<WebElement> revisions() {
        return browser.driver().findElements(By.cssSelector("#revisions tbody tr"));
    }

    /** Shows revision {@code number} read-only. */
    public HistoryPage view(int number) {
        browser.click("view-" + number);
        until(d -> d.getCurrentUrl().contains("revision=" + number));
        browser.awaitIdle();
        return this;
    }

    public String shownHeading() {
        return text("shownHeading");
    }

    /** The revision shown, read-only. */
    public String shownRevision() {
        return text("shownRevision");
    }

    public boolean shownRevisionHasTables() {
        return !browser.driver().findElements(By.cssSelector("#shownRevision table.rows-table")).isEmpty();
    }

    public boolean shownRevisionHasInputs() {
        return !browser.driver().findElements(By.cssSelector("#shownRevision input")).isEmpty();
    }

    /** Compares two revisions with the from and to lists. */
    public HistoryPage compare(int from, int to) {
        new Select(browser.byId("from")).selectByValue(Integer.toString(from));
        new Select(browser.byId("to")).selectByValue(Integer.toString(to));
        browser.click("compare");
        until(d -> d.getCurrentUrl().contains("from=" + from) && d.getCurrentUrl().contains("to=" + to));
        browser.awaitIdle();
        return this;
    }

    /** Follows the "changes" link of revision {@code number} (the changes from the one before). */
    public HistoryPage changesOf(int number) {
        browser.click("changes-" + number);
        until(d -> d.getCurrentUrl().contains("to=" + number));
        browser.awaitIdle();
        return this;
    }

    public String diff() {
        return text("diffTable");
    }

    public String diffHeading() {
        return text("diffHeading");
    }

    public List<WebElement> diffRows() {
        return browser.driver().findElements(By.cssSelector("#diffTable tbody tr"));
    }

    /** What the page says when the assessment has no revisions. */
    public String noRevisions() {
        return text("noRevisions");
    }
}
