package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;

/** A child's record: particulars, family members, cases ({@code /children/child.xhtml}). */
public final class ChildPage extends Page {

    ChildPage(Browser browser) {
        super(browser);
    }

    public static ChildPage open(Browser browser, long childId) {
        browser.open("/children/child.xhtml?id=" + childId);
        return new ChildPage(browser);
    }

    /**
     * Adds a family member: name, relationship (a value of the list), parental responsibility ("Yes" or "No" as the
     * list shows it) and whether they live with the child.
     */
    public ChildPage addMember(String name, String relationship, String parentalResponsibility, boolean livesWith) {
        browser.type("family:memberName", name);
        browser.select("family:relationship", relationship);
        browser.selectText("family:pr", parentalResponsibility);
        if (livesWith) {
            browser.click("family:livesWith");
        }
        browser.click("family:addMember");
        return this;
    }

    public String familyMembers() {
        return text("familyTable");
    }

    /** What someone who does not work with the child is told instead of the record. */
    public String restrictedNotice() {
        return text("restrictedNotice");
    }

    /** Opens a case for the child and waits for the case page. */
    public CasePage openCase() {
        browser.clickAndWait("openCase:open");
        return new CasePage(browser);
    }

    /** Presses "Correct" on the first family member (the family form then holds their details). */
    public ChildPage correctMember() {
        browser.press(memberButton("Correct"));
        return this;
    }

    /** Types the name in the family form. */
    public ChildPage memberName(String name) {
        browser.type("family:memberName", name);
        return this;
    }

    /** Presses the family form's button (Add, or Save while correcting). */
    public ChildPage saveMember() {
        browser.click("family:addMember");
        return this;
    }

    /** Presses "End" on the first family member (the page then asks why). */
    public ChildPage endMember() {
        browser.press(memberButton("End"));
        return this;
    }

    public ChildPage endReason(String reason) {
        browser.type("ending:endReason", reason);
        return this;
    }

    public ChildPage confirmEnd() {
        browser.click("ending:confirmEnd");
        return this;
    }

    private static By memberButton(String label) {
        return By.xpath("//table[@id='familyTable']//button[.//span[normalize-space()='" + label + "']]");
    }

    /** The history of changes to the child's record. */
    public String recordChanges() {
        return text("recordChanges");
    }

    /** The child's particulars as shown. */
    public String particulars() {
        return text("particulars");
    }

    /** Opens the particulars for editing. */
    public ChildPage editParticulars() {
        browser.press(By.id("editStart:edit"));
        return this;
    }

    public ChildPage firstLanguage(String language) {
        browser.type("particulars:firstLanguage", language);
        return this;
    }

    public ChildPage saveParticulars() {
        browser.click("particulars:save");
        return this;
    }
}
