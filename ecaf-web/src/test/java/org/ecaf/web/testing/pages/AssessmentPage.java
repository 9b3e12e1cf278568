package org.ecaf.web.testing.pages;

import java.time.LocalDate;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The assessment ({@code /cases/assessment.xhtml}): one section of the CAF form at a time, rendered by
 * {@code <ecaf:formFields>}; questions are named by their keys ({@code child_given_names}), rows of a repeating group
 * by group, row and key.
 */
public final class AssessmentPage extends Page {

    /** The client-id prefix of the form's inputs. */
    public static final String FIELDS = "assessment:fields:f_";
    public static final String SAVE = "assessment:save";

    AssessmentPage(Browser browser) {
        super(browser);
    }

    public static AssessmentPage open(Browser browser, long caseId) {
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        return new AssessmentPage(browser);
    }

    /** The assessment with more of a query string: {@code "section=conclusions"}, {@code "field=housing_rating"}. */
    public static AssessmentPage open(Browser browser, long caseId, String query) {
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&" + query);
        return new AssessmentPage(browser);
    }

    /** The page as it is now (after a step elsewhere led to it). */
    public static AssessmentPage of(Browser browser) {
        return new AssessmentPage(browser);
    }

    /** The client id of the input of a top-level question. */
    public static String input(String key) {
        return FIELDS + key;
    }

    /** The client id of a question of a repeating group's row. */
    public static String rowInput(String group, int row, String key) {
        return FIELDS + group + ":" + row + ":" + FIELDS.substring(FIELDS.lastIndexOf(':') + 1) + key;
    }

    /** The client id of the radio of a choice: the option's position in the list, counted from 0. */
    public static String radio(String key, int option) {
        return FIELDS + key + ":" + option;
    }

    public AssessmentPage type(String key, String text) {
        browser.type(input(key), text);
        return this;
    }

    public AssessmentPage typeInRow(String group, int row, String key, String text) {
        browser.type(rowInput(group, row, key), text);
        return this;
    }

    /** Clicks (or with the keyboard, presses) an option of a choice. */
    public AssessmentPage choose(String key, int option) {
        browser.click(radio(key, option));
        return this;
    }

    /** Types a date into a date question's day, month and year boxes. */
    public AssessmentPage date(String key, LocalDate date) {
        FormDates.type(browser, input(key), date);
        return this;
    }

    /** A date question's three boxes as {@code yyyy-MM-dd}. */
    public String dateShown(String key) {
        return FormDates.shown(browser, input(key));
    }

    /** The input of a question. */
    public WebElement field(String key) {
        return browser.byId(input(key));
    }

    /** What the input of a question holds. */
    public String value(String key) {
        return field(key).getAttribute("value");
    }

    /** Whether a question is on the page now (its condition holds, the assessment may be changed). */
    public boolean asks(String key) {
        return has(input(key));
    }

    /** Whether a row of a repeating group is on the page. */
    public boolean hasRow(String group, int row, String key) {
        return has(rowInput(group, row, key));
    }

    /** The message beside a question. */
    public String errorFor(String key) {
        return text(input(key) + "_error");
    }

    public boolean hasErrorFor(String key) {
        return has(input(key) + "_error");
    }

    /** The radio of an option of a choice. */
    public WebElement option(String key, int option) {
        return browser.byId(radio(key, option));
    }

    /** The radio of an option of a yes/no or choice question in a row of a repeating group. */
    public WebElement rowOption(String group, int row, String key, int option) {
        return browser.byId(rowInput(group, row, key) + ":" + option);
    }

    /** The "Add an entry" button of a repeating group. */
    public WebElement addRowButton(String group) {
        return browser.byId(input(group + "_add"));
    }

    /** The "Remove" button of a row of a repeating group. */
    public WebElement removeRowButton(String group, int row) {
        return browser.byId(input(group) + ":" + row + ":remove");
    }

    /** The input of a question of a repeating group's row. */
    public WebElement rowField(String group, int row, String key) {
        return browser.byId(rowInput(group, row, key));
    }

    /** Adds a row to a repeating group ("Add an entry"). */
    public AssessmentPage addRow(String group) {
        browser.click(input(group + "_add"));
        return this;
    }

    public AssessmentPage save() {
        browser.click(SAVE);
        return this;
    }

    /** The Save button (to press it with the keyboard). */
    public WebElement saveButton() {
        return browser.byId(SAVE);
    }

    public boolean offersSave() {
        return has(SAVE);
    }

    /** Presses Submit (it leads to "check your answers", or lists what stops it). */
    public AssessmentPage submit() {
        browser.click("assessment:submit");
        return this;
    }

    public boolean showsProblems() {
        return !browser.driver().findElements(By.className("error-summary")).isEmpty();
    }

    /** The polite status under the form ("Saved revision 2 at 10:41"). */
    public String saveStatus() {
        return text("assessment:saveStatus");
    }

    /** Waits for the status to say a revision was saved (autosave after the idle time, or Save). */
    public String awaitSaved() {
        until(d -> d.findElement(By.id("assessment:saveStatus")).getText().startsWith("Saved revision"));
        browser.awaitIdle();
        return saveStatus();
    }

    /** Waits for the status to say that revision {@code number} was saved. */
    public String awaitSaved(int number) {
        until(d -> d.findElement(By.id("assessment:saveStatus")).getText()
                .startsWith("Saved revision " + number + " "));
        browser.awaitIdle();
        return saveStatus();
    }

    /** "Revision 3, saved by … on …". */
    public String lastSaved() {
        return text("assessment:lastSaved");
    }

    /** The notice about the assessment's state (not started, submitted, approved …). */
    public String statusNotice() {
        return text("statusNotice");
    }

    /** The current section in the list of sections, with its progress ("3 of 24 answered"). */
    public String currentSection() {
        return browser.text(By.cssSelector(".section-list li.current"));
    }

    public String sectionHeading() {
        return text("sectionHeading");
    }

    /** Follows a section link in the navigation and waits for that section's page. */
    public AssessmentPage goToSection(String key) {
        browser.byId("nav-" + key).click();
        until(d -> d.getCurrentUrl().contains("section=" + key)
                && !d.findElements(By.cssSelector(".section-list li.current #nav-" + key)).isEmpty());
        browser.awaitIdle();
        return this;
    }

    /** Waits until the question with this client id has the focus. */
    public void awaitFocusOn(String id) {
        until(d -> d.switchTo().activeElement().getAttribute("id").equals(id));
    }

    /** The read-only answers (a submitted or approved assessment). */
    public String answers() {
        return browser.text(By.className("form-answers"));
    }

    /** Starts a reassessment (an approved assessment) and waits for the form. */
    public AssessmentPage reassess() {
        browser.click("reassessForm:reassess");
        until(d -> !d.findElements(By.id(input("child_given_names"))).isEmpty());
        browser.awaitIdle();
        return this;
    }

    /** The offer to move a draft to the latest form version. */
    public String migrationNotice() {
        return text("migrationNotice");
    }

    public boolean offersMigration() {
        return has("migrationNotice");
    }

    /** Moves the draft to the latest form version and waits for the page to say so. */
    public AssessmentPage migrate() {
        browser.click("migrateForm:migrate");
        until(d -> d.findElements(By.id("migrationNotice")).isEmpty());
        browser.awaitIdle();
        return this;
    }

    /** Answers kept from earlier versions of the form. */
    public String archive() {
        return text("archive");
    }

    /** Waits for "check your answers" after Submit. */
    public CheckAnswersPage awaitCheckAnswers() {
        until(d -> d.getCurrentUrl().contains("/cases/check-answers.xhtml"));
        browser.awaitIdle();
        return new CheckAnswersPage(browser);
    }

    /** Fills in what eCAF knows (the child's record, the case) into the draft. */
    public AssessmentPage prefill() {
        browser.click("assessment:prefill");
        return this;
    }

    /** Whether any answer is marked as filled in from what eCAF knows. */
    public boolean showsPrefilledMarks() {
        return !browser.driver().findElements(By.className("prefilled-tag")).isEmpty();
    }

    /** The answers the child's record no longer agrees with, side by side. */
    public String recordDifferences() {
        return text("recordDiffTable");
    }

    public boolean showsRecordDifferences() {
        return has("recordDifferences");
    }

    /** Takes the child's record's values into the draft. */
    public AssessmentPage useRecord() {
        browser.click("assessment:useRecord");
        return this;
    }

    /** The return banner (a team lead returned the assessment). */
    public String returnBanner() {
        return text("returnBanner");
    }

    /** Waits until the save status contains {@code words}. */
    public AssessmentPage awaitStatus(String words) {
        until(d -> d.findElement(By.id("assessment:saveStatus")).getText().contains(words));
        browser.awaitIdle();
        return this;
    }

    /** The label of a date question's box: {@code ""} (day), {@code "_month"} or {@code "_year"}. */
    public String dateLabel(String key, String box) {
        return browser.text(By.cssSelector("label[for='" + input(key) + box + "']"));
    }

    /** What a date question's box holds: {@code ""} (day), {@code "_month"} or {@code "_year"}. */
    public String dateBox(String key, String box) {
        return browser.byId(input(key) + box).getAttribute("value");
    }

    /** Types day, month and year (any text) into a date question's three boxes. */
    public AssessmentPage typeDate(String key, String day, String month, String year) {
        FormDates.type(browser, input(key), day, month, year);
        return this;
    }

    /** The entry of a section in the list of sections, with its progress. */
    public String sectionEntry(String key) {
        return browser.find(By.xpath("//a[@id='nav-" + key + "']/ancestor::li[1]")).getText();
    }

    /** Whether the list of sections is folded (as on a phone). */
    public boolean sectionListFolded() {
        return browser.byId("sectionNavDetails").getAttribute("open") == null;
    }

    /** How far down the window the section's heading is, in CSS pixels. */
    public int sectionHeadingTop() {
        return browser.find(By.cssSelector(".section-main h2")).getRect().getY();
    }

    /** Waits for the panel that says someone else saved meanwhile and what conflicts. */
    public AssessmentPage awaitConflict() {
        until(d -> !d.findElements(By.id("conflict")).isEmpty());
        return this;
    }

    public String conflict() {
        return text("conflict");
    }

    /** The conflicting answers side by side. */
    public String conflictTable() {
        return text("conflictTable");
    }

    public boolean showsConflict() {
        return has("conflict");
    }

    /** Keeps my answers on top of theirs. */
    public AssessmentPage keepMine() {
        browser.click("assessment:keepMine");
        return this;
    }

    /** Takes their answers (mine kept in the history). */
    public AssessmentPage takeTheirs() {
        browser.click("assessment:takeTheirs");
        return this;
    }
}
