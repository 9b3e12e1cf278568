package org.ecaf.web.testing.pages;

import java.util.List;
import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Copies of the assessment: a family's copy previewed and issued, every copy listed ({@code /cases/copies.xhtml}). */
public final class CopiesPage extends Page {

    CopiesPage(Browser browser) {
        super(browser);
    }

    public static CopiesPage open(Browser browser, long caseId) {
        browser.open("/cases/copies.xhtml?id=" + caseId);
        return new CopiesPage(browser);
    }

    /** Chooses an agency (by its name) and issues its copy. */
    public CopiesPage issueAgencyCopy(String agency) {
        new Select(browser.byId("agency:agencyChoice")).selectByVisibleText(agency);
        browser.click("agency:issueAgency");
        return this;
    }

    /** Chooses who the family's copy is for, by the list's label. */
    public CopiesPage familyRecipient(String recipientLabel) {
        browser.selectText("family:recipient", recipientLabel);
        return this;
    }

    /** Ticks "large print" for the family's copy. */
    public CopiesPage largePrint() {
        browser.byId("family:largePrint").click();
        return this;
    }

    /** Issues the family's copy and waits until its PDF has been downloaded (the page stays). */
    public CopiesPage issueFamilyCopy() {
        downloadedCopy = browser.pressForDownload(By.id("family:issueFamily"));
        return this;
    }

    private java.nio.file.Path downloadedCopy;

    /** The file the browser received for the last copy issued from this page. */
    public java.nio.file.Path downloadedCopy() {
        return downloadedCopy;
    }

    /** Chooses who the family's copy is for (by the list's label) and previews it. */
    public CopiesPage previewFamilyCopy(String recipientLabel) {
        familyRecipient(recipientLabel);
        browser.clickAndWait("family:previewFamily");
        return this;
    }

    public String previewHeading() {
        return text("previewHeading");
    }

    /** What the previewed copy leaves out, and why. */
    public String previewLeftOut() {
        return text("previewLeftOut");
    }

    /** What the previewed copy includes. */
    public String previewIncluded() {
        return text("previewIncluded");
    }

    public String previewFileName() {
        return text("previewFileName");
    }

    /** The rows of what the previewed copy includes. */
    public List<WebElement> previewRows() {
        return browser.driver().findElements(By.cssSelector("#previewIncluded tbody tr"));
    }

    /** Ticks "hold back" on row {@code row} (from 0) of what the preview includes. */
    public CopiesPage holdBack(int row) {
        browser.byId("preview:held:" + row + ":withheld").click();
        return this;
    }

    /** Types why row {@code row} is held back. */
    public CopiesPage holdBackReason(int row, String reason) {
        browser.type("preview:held:" + row + ":reason", reason);
        return this;
    }

    /** Issues the previewed copy and waits for the page to come back. */
    public CopiesPage issuePreviewedAndWait() {
        browser.clickAndWait("preview:issuePreviewed");
        return this;
    }

    /** Issues the previewed copy and waits until its PDF has been downloaded (the page stays). */
    public CopiesPage issuePreviewed() {
        downloadedCopy = browser.pressForDownload(By.id("preview:issuePreviewed"));
        return this;
    }

    /** The history of copies issued and refused. */
    public String disclosures() {
        return text("disclosures");
    }

    /** Chooses who the family's copy is for by the list's value (a family member's id). */
    public CopiesPage familyRecipientValue(String value) {
        browser.select("family:recipient", value);
        return this;
    }

    /** The button that issues the family's copy. */
    public WebElement issueFamilyButton() {
        return browser.byId("family:issueFamily");
    }
}
