package org.ecaf.web.testing.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.ecaf.web.testing.Accessibility;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
/**
 * What every eCAF page offers a browser test: its heading, the error summary and where its messages point, the
 * success notice, the refusal, axe and screenshots. A page object per page (in this package) adds that page's client
 * ids and steps, so that tests name what they do rather than the ids they do it with.
 */
public class Page {

    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    /** Any page, as it is now. */
    public static Page of(Browser browser) {
        return new Page(browser);
    }

    public Browser browser() {
        return browser;
    }

    public String title() {
        return browser.title();
    }

    /** The page's h1. */
    public String heading() {
        return browser.text(By.tagName("h1"));
    }

    /** The text of the element with this id (waits for it to show). */
    public String text(String id) {
        return browser.text(By.id(id));
    }

    /** Whether an element with this id is on the page (without waiting). */
    public boolean has(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    /** The sentence of a page that refused to show what was asked. */
    public String refusal() {
        return text("refusal");
    }

    /** The case's state as a case page shows it beside its heading. */
    public String caseState() {
        return text("caseState");
    }

    /** The text of the error summary (waits for it). */
    public String errorSummary() {
        return browser.text(By.className("error-summary"));
    }

    /** The links of the error summary: where each message points. */
    public List<String> errorTargets() {
        return browser.find(By.className("error-summary")).findElements(By.tagName("a")).stream()
                .map(a -> a.getAttribute("href").substring(a.getAttribute("href").indexOf('#') + 1)).toList();
    }

    /** The success notice (waits for it). */
    public String notice() {
        return browser.text(By.className("notice-success"));
    }

    /** A row of one of the page's tables, by the text of its first cell. */
    public WebElement row(String tableId, String firstCell) {
        return browser.find(By.xpath("//table[@id='" + tableId + "']//tr[*[1][normalize-space()=\"" + firstCell
                + "\"]]"));
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** The id of the element that has the keyboard focus. */
    public String focusedId() {
        return focused().getAttribute("id");
    }

    /** Runs a script in the page and returns what it returns. */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** The window's inner width in CSS pixels. */
    public long windowWidth() {
        return ((Number) script("return window.innerWidth;")).longValue();
    }

    /** The page's width in CSS pixels (wider than the window when something scrolls sideways). */
    public long pageWidth() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth;")).longValue();
    }

    /** Follows "Team's cases" in the main navigation (a team lead's). */
    public TeamCasesPage goToTeamCases() {
        browser.clickAndWait("navTeamCases");
        return new TeamCasesPage(browser);
    }

    /** Waits for the error summary. */
    public Page awaitProblems() {
        until(d -> !d.findElements(By.className("error-summary")).isEmpty());
        return this;
    }

    /** Whether the page is the sign-in form (the session has ended). */
    public boolean isSignInForm() {
        return has("login:username");
    }

    /** The header's "Sign out" button. */
    public WebElement signOutButton() {
        return browser.byId("userForm:logout");
    }

    /** Where the first link of the error summary points. */
    public String firstErrorLink() {
        return browser.find(By.cssSelector(".error-summary a")).getAttribute("href");
    }

    /** Follows the first link of the error summary. */
    public void followFirstError() {
        browser.find(By.cssSelector(".error-summary a")).click();
    }

    /** Ticks a radio button or checkbox by id: clicked, or with Space in keyboard-only mode. */
    protected void choose(String id) {
        browser.click(id);
    }

    /** Waits until the browser is at a path starting with {@code prefix} (after a redirect) and the page is idle. */
    public void awaitPath(String prefix) {
        browser.waitFor(Duration.ofSeconds(20))
                .until(d -> browser.currentPath().startsWith(prefix));
        browser.awaitIdle();
    }

    /** Waits (25 s at most, through AJAX replacing nodes) for a condition. */
    public void until(Function<WebDriver, Boolean> condition) {
        browser.waitFor(Duration.ofSeconds(25))
                .ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** Asserts that axe-core finds no serious or critical violation on the page as it is now. */
    public void assertAccessible() {
        List<String> violations = Accessibility.seriousViolations(browser.driver());
        assertThat(violations).as("axe-core on " + browser.currentPath()).isEmpty();
    }

    /** A screenshot of the page, up to 3,000 pixels tall (the window stretched to it), then the window as it was. */
    public Path screenshot(String name) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Dimension before = browser.driver().manage().window().getSize();
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window()
                .setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 3000)));
        try {
            return browser.screenshot(name);
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
