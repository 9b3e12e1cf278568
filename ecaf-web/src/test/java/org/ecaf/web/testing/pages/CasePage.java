package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A case: next step, child seen, notes, timeline ({@code /cases/case.xhtml}). */
public final class CasePage extends Page {

    CasePage(Browser browser) {
        super(browser);
    }

    static String path(long caseId) {
        return "/cases/case.xhtml?id=" + caseId;
    }

    public static CasePage open(Browser browser, long caseId) {
        browser.open(path(caseId));
        return new CasePage(browser);
    }

    /** The case page the browser shows now. */
    public static CasePage of(Browser browser) {
        return new CasePage(browser);
    }

    /** Waits until the browser has come to the case's page (after a step elsewhere led there). */
    public static CasePage await(Browser browser, long caseId) {
        CasePage page = new CasePage(browser);
        page.awaitPath(path(caseId));
        return page;
    }

    /** Who holds (is allocated) the case. */
    public String allocatedTo() {
        return text("allocatedTo");
    }

    /** Whether the "child seen" part of the page is shown. */
    public boolean childSeenShown() {
        return browser.byId("childSeen").isDisplayed();
    }

    /** What is missing for the next step, one line each. */
    public String nextSteps() {
        return text("nextStepList");
    }

    public boolean listsNextSteps() {
        return has("nextStepList");
    }

    /** The case's timeline. */
    public String timeline() {
        return text("timeline");
    }

    public boolean showsTimeline() {
        return has("timeline");
    }

    /** What someone who does not work on the case sees instead of it. */
    public String restricted() {
        return text("restricted");
    }

    /** Types where the child was seen (the form for recording it). */
    public CasePage seenAt(String location) {
        browser.type("childSeenForm:seenLocation", location);
        return this;
    }

    /** Ticks "seen alone". */
    public CasePage seenAlone() {
        browser.click("childSeenForm:seenAlone");
        return this;
    }

    public CasePage recordSeen() {
        browser.click("childSeenForm:recordSeen");
        return this;
    }

    /** Follows the case's "Consent" link. */
    public ConsentPage goToConsent() {
        browser.find(By.linkText("Consent")).click();
        browser.awaitIdle();
        return new ConsentPage(browser);
    }

    /** Follows the case's "Pre-assessment checklist" link and waits for the checklist. */
    public PreAssessmentPage goToPreAssessment() {
        browser.find(By.linkText("Pre-assessment checklist")).click();
        PreAssessmentPage page = new PreAssessmentPage(browser);
        page.awaitPath("/cases/pre-assessment.xhtml");
        return page;
    }

    /** What the child-seen form's location box holds. */
    public String seenAtTyped() {
        return browser.byId("childSeenForm:seenLocation").getAttribute("value");
    }

    /** Fills the note form: kind (a value of the list), the day, the time (may be empty) and the text. */
    public CasePage fillNote(String kind, String on, String time, String text) {
        new Select(browser.byId("noteForm:noteKind")).selectByValue(kind);
        browser.type("noteForm:noteOn", on);
        browser.type("noteForm:noteAt", time);
        browser.type("noteForm:noteText", text);
        return this;
    }

    public CasePage noteText(String text) {
        browser.type("noteForm:noteText", text);
        return this;
    }

    /** Why a note is corrected (the form while correcting). */
    public CasePage noteReason(String reason) {
        browser.type("noteForm:noteReason", reason);
        return this;
    }

    public CasePage addNote() {
        browser.click("noteForm:addNote");
        return this;
    }

    /** Waits until the list of notes holds {@code text}. */
    public CasePage awaitNote(String text) {
        until(d -> d.findElement(By.id("notesList")).getText().contains(text));
        return this;
    }

    /** Presses "Correct" on the note in row {@code row} and waits for the form to say so. */
    public CasePage correctNote(int row) {
        browser.click("noteForm:noteRows:" + row + ":correctNote");
        until(d -> d.findElement(By.id("noteFormHeading")).getText().equals("Correct the note"));
        return this;
    }

    public String notes() {
        return text("notesList");
    }

    public boolean listsNotes() {
        return has("notesList");
    }

    public String noNotes() {
        return text("noNotes");
    }

    public String noteFormHeading() {
        return text("noteFormHeading");
    }

    public boolean offersNotes() {
        return has("noteForm");
    }

    /** What the note form's text box holds. */
    public String noteTextTyped() {
        return browser.byId("noteForm:noteText").getAttribute("value");
    }

    /** What the note form's day box holds. */
    public String noteOnTyped() {
        return browser.byId("noteForm:noteOn").getAttribute("value");
    }

    public String noteKindShown() {
        return new Select(browser.byId("noteForm:noteKind")).getFirstSelectedOption().getText();
    }

    /** The note form's day box. */
    public WebElement noteOnBox() {
        return browser.byId("noteForm:noteOn");
    }

    /** The client id of the note form's day box (where a problem with the day links). */
    public static String noteOnId() {
        return "noteForm:noteOn";
    }

    /** A note in the list, by its id. */
    public WebElement note(long id) {
        return browser.find(By.id("note-" + id));
    }

    /** Whether a note in the list has buttons (one corrected has none). */
    public boolean noteHasButtons(long id) {
        return !browser.driver().findElements(By.cssSelector("#note-" + id + " button")).isEmpty();
    }

    /** Scrolls the note form's text box to the top of the window, for a screenshot of what follows it. */
    public void scrollToNoteText() {
        scrollTo("noteForm:noteText");
    }

    /** Scrolls the list of notes to the top of the window. */
    public void scrollToNotes() {
        scrollTo("notesList");
    }

    private void scrollTo(String id) {
        script("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    /** Requests to join the Team Around the Child or for a transfer, for the holding team's lead to decide. */
    public String requests() {
        return text("requests");
    }

    /** Types the comment on request {@code row} (from 0). */
    public CasePage requestComment(int row, String comment) {
        browser.type("requestsForm:requestRows:" + row + ":comment", comment);
        return this;
    }

    public CasePage acceptRequest(int row) {
        browser.click("requestsForm:requestRows:" + row + ":accept");
        return this;
    }

    public CasePage declineRequest(int row) {
        browser.click("requestsForm:requestRows:" + row + ":decline");
        return this;
    }

    /** The case's transfers between teams. */
    public String transfers() {
        return text("transfers");
    }

    /** The return banner (a team lead returned the assessment). */
    public String returnBanner() {
        return text("returnBanner");
    }

    public boolean showsReturnBanner() {
        return has("returnBanner");
    }

    /** Follows the return banner's link to the assessment. */
    public AssessmentPage openReturnedAssessment() {
        browser.byId("returnBannerLink").click();
        until(d -> d.getCurrentUrl().contains("/cases/assessment.xhtml"));
        browser.awaitIdle();
        return AssessmentPage.of(browser);
    }
}
