package org.ecaf.web.testing.pages;

import java.time.LocalDate;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Team and plan ({@code /cases/plan.xhtml}): the lead professional, the Team Around the Child, the delivery plan's
 * actions, the review date, activation, and the review form ({@link #review()}).
 */
public final class PlanPage extends Page {

    public static final String LEAD = "leadForm:leadProfessional";
    public static final String REVIEW_DATE = "reviewDateForm:reviewDate";
    public static final String MEMBER_NAME = "otherMemberForm:memberName";
    public static final String MEMBER_ROLE = "otherMemberForm:memberRole";

    PlanPage(Browser browser) {
        super(browser);
    }

    public static PlanPage open(Browser browser, long caseId) {
        browser.open("/cases/plan.xhtml?id=" + caseId);
        return new PlanPage(browser);
    }

    public String leadProfessional() {
        return text("leadProfessional");
    }

    /** Why this person may not change the lead professional. */
    public String leadReadOnly() {
        return text("leadReadOnly");
    }

    public boolean offersLeadChoice() {
        return has("leadForm");
    }

    public boolean offersActivation() {
        return has("activateForm");
    }

    public PlanPage chooseLead(long practitionerId) {
        browser.select(LEAD, Long.toString(practitionerId));
        browser.click("leadForm:saveLead");
        return this;
    }

    /** Adds a practitioner of eCAF to the Team Around the Child in a role. */
    public PlanPage addPractitioner(long practitionerId, String role) {
        browser.select("memberForm:memberPractitioner", Long.toString(practitionerId));
        browser.type("memberForm:memberPractitionerRole", role);
        browser.click("memberForm:addPractitioner");
        return this;
    }

    /** Fills the form for a member from outside eCAF and presses Add. */
    public PlanPage addOther(String name, String role, String organisation, String contact) {
        browser.type(MEMBER_NAME, name);
        browser.type(MEMBER_ROLE, role);
        browser.type("otherMemberForm:memberOrganisation", organisation);
        browser.type("otherMemberForm:memberContact", contact);
        return addOther();
    }

    /** Presses Add on the form for a member from outside eCAF, as it is. */
    public PlanPage addOther() {
        browser.click("otherMemberForm:addOther");
        return this;
    }

    /** The Team Around the Child's table. */
    public String members() {
        return text("members");
    }

    /** Removes the member in row {@code row} (from 0) of the Team Around the Child. */
    public PlanPage removeMember(int row) {
        browser.click("membersForm:rows:" + row + ":remove");
        return this;
    }

    /** Fills the form for a new action ({@code outcome} may be null: left empty) and presses Add. */
    public PlanPage addAction(String what, String who, String byWhen, String outcome) {
        browser.type("actionForm:actionWhat", what);
        browser.type("actionForm:actionWho", who);
        browser.type("actionForm:actionByWhen", byWhen);
        if (outcome != null) {
            browser.type("actionForm:actionOutcome", outcome);
        }
        browser.click("actionForm:addAction");
        return this;
    }

    /** The delivery plan's actions. */
    public String actions() {
        return text("actions");
    }

    /** The first action that shows as overdue. */
    public String overdueAction() {
        return browser.find(By.cssSelector("#actions .overdue-row")).getText();
    }

    /** Sets the status of the action in row {@code row} (from 0) and saves it. */
    public PlanPage setStatus(int row, String status) {
        new Select(browser.byId(status(row))).selectByValue(status);
        browser.click("actionsForm:rows:" + row + ":saveStatus");
        return this;
    }

    /** The status the action in row {@code row} shows. */
    public String statusShown(int row) {
        return new Select(browser.byId(status(row))).getFirstSelectedOption().getText();
    }

    private static String status(int row) {
        return "actionsForm:rows:" + row + ":status";
    }

    /** Types the date of the next review and saves it. */
    public PlanPage reviewDate(String date) {
        browser.type(REVIEW_DATE, date);
        browser.click("reviewDateForm:saveReviewDate");
        return this;
    }

    public String currentReviewDate() {
        return text("currentReviewDate");
    }

    public PlanPage activate() {
        browser.click("activateForm:activatePlan");
        return this;
    }

    /** What the page says when the last review decided to close the case. */
    public String closingDecided() {
        return text("closingDecided");
    }

    /** Follows "Close the case" to the closure page. */
    public ClosurePage goToClosure(long caseId) {
        browser.find(By.linkText("Close the case")).click();
        browser.awaitIdle();
        ClosurePage page = new ClosurePage(browser);
        page.awaitPath("/cases/closure.xhtml?id=" + caseId);
        return page;
    }

    public ReviewForm review() {
        return new ReviewForm();
    }

    /** The review form, rendered from {@code forms/review} in sections (meeting, views, next_steps). */
    public final class ReviewForm {

        /** The client id of a question: {@code field("meeting", "progress")}. */
        public String field(String section, String key) {
            return "reviewForm:" + section + ":f_" + key;
        }

        /** The client id of a question in a row of a group: {@code row("meeting", "people_present", 0, "name")}. */
        public String row(String section, String group, int row, String key) {
            return field(section, group) + ":" + row + ":f_" + key;
        }

        /** The client id of an option of a choice, counted from 0. */
        public String option(String section, String key, int option) {
            return field(section, key) + ":" + option;
        }

        public ReviewForm type(String section, String key, String text) {
            browser.type(field(section, key), text);
            return this;
        }

        public ReviewForm typeInRow(String section, String group, int row, String key, String text) {
            browser.type(row(section, group, row, key), text);
            return this;
        }

        /** Adds a row to a repeating group. */
        public ReviewForm addRow(String section, String group) {
            browser.click(field(section, group) + "_add");
            return this;
        }

        public ReviewForm choose(String section, String key, int option) {
            PlanPage.this.choose(option(section, key, option));
            return this;
        }

        /** Types a date into a date question's day, month and year boxes. */
        public ReviewForm date(String section, String key, LocalDate date) {
            FormDates.type(browser, field(section, key), date);
            return this;
        }

        /** A date question's three boxes as {@code yyyy-MM-dd}. */
        public String dateShown(String section, String key) {
            return FormDates.shown(browser, field(section, key));
        }

        public boolean asks(String section, String key) {
            return has(field(section, key));
        }

        public PlanPage record() {
            browser.click("reviewForm:recordReview");
            return PlanPage.this;
        }

        public boolean isShown() {
            return has("reviewForm");
        }
    }

    /** The recorded reviews, newest first. */
    public String reviews() {
        return browser.text(By.cssSelector("article.review"));
    }

    /** Opens the first review's answers and returns them. */
    public String firstReviewAnswers() {
        browser.find(By.cssSelector("article.review summary")).click();
        return text("reviewList:0:sheet");
    }

    /** Types what the action is and who does it, without adding it. */
    public PlanPage typeAction(String what, String who) {
        browser.type("actionForm:actionWhat", what);
        browser.type("actionForm:actionWho", who);
        return this;
    }

    /** Types the action's date and presses Add (or Save while changing an action). */
    public PlanPage addActionBy(String byWhen) {
        browser.type("actionForm:actionByWhen", byWhen);
        browser.click("actionForm:addAction");
        return this;
    }

    /** Types what the action is (changing it) and presses Save. */
    public PlanPage changeActionTo(String what) {
        browser.type("actionForm:actionWhat", what);
        browser.click("actionForm:addAction");
        return this;
    }

    /** What the action form holds: what and who. */
    public String actionWhatTyped() {
        return browser.byId("actionForm:actionWhat").getAttribute("value");
    }

    public String actionWhoTyped() {
        return browser.byId("actionForm:actionWho").getAttribute("value");
    }

    /** Chooses the lead professional by position in the list (1 is the first person) and saves. */
    public PlanPage chooseLeadAt(int index) {
        new Select(browser.byId(LEAD)).selectByIndex(index);
        browser.click("leadForm:saveLead");
        return this;
    }

    /** Presses "Change" on the action in row {@code row} and waits for the form to say so. */
    public PlanPage editAction(int row) {
        browser.click("actionsForm:rows:" + row + ":editAction");
        until(d -> "Change the action".equals(d.findElement(By.id("actionFormHeading")).getText()));
        return this;
    }

    public String actionFormHeading() {
        return text("actionFormHeading");
    }

    public boolean listsActions() {
        return has("actions");
    }

    public int actionCount() {
        return browser.driver().findElements(By.cssSelector("#actions tbody tr")).size();
    }

    /** How many actions the approved assessment agreed (offered to start the plan with). */
    public int agreedActionCount() {
        return browser.driver().findElements(By.cssSelector("#agreedActions li")).size();
    }

    /** Adds the agreed actions to the plan. */
    public PlanPage addAgreed() {
        browser.click("agreedForm:addAgreed");
        return this;
    }

    public boolean offersAgreed() {
        return has("agreedForm:addAgreed");
    }
}
