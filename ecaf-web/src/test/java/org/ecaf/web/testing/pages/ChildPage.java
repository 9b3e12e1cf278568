package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;

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
}
