package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;

/** Consent to record and to share, its withdrawal, and decisions without consent ({@code /cases/consent.xhtml}). */
public final class ConsentPage extends Page {

    ConsentPage(Browser browser) {
        super(browser);
    }

    public static ConsentPage open(Browser browser, long caseId) {
        browser.open("/cases/consent.xhtml?id=" + caseId);
        return new ConsentPage(browser);
    }

    /** Chooses who gives consent, by the list's text ("Amina Smith (Mother)"). */
    public ConsentPage givenBy(String giver) {
        browser.selectText("consent:giver", giver);
        return this;
    }

    /** Ticks "to share" as well as to record. */
    public ConsentPage toShare() {
        browser.click("consent:toShare");
        return this;
    }

    /** Ticks an agency to share with, by its name. */
    public ConsentPage shareWithAgency(String name) {
        browser.press(By.xpath("//table[@id='consent:agencies']//label[normalize-space()='" + name + "']"));
        return this;
    }

    /** Ticks the checkbox of an agency (by its name) through its label's {@code for}: the keyboard's way in. */
    public ConsentPage tickAgency(String name) {
        browser.click(labelledInput("consent:agencies", "normalize-space()='" + name + "'"));
        return this;
    }

    /** Ticks the checkbox of a family member whose label contains {@code name}, through the label's {@code for}. */
    public ConsentPage tickFamilyMember(String name) {
        browser.click(labelledInput("consent:familyMembers", "contains(normalize-space(), '" + name + "')"));
        return this;
    }

    private String labelledInput(String tableId, String condition) {
        return browser.find(By.xpath("//table[@id='" + tableId + "']//label[" + condition + "]")).getAttribute("for");
    }

    public ConsentPage record() {
        browser.click("consent:recordConsent");
        return this;
    }

    /** The consents recorded. */
    public String consents() {
        return text("consentTable");
    }

    /** Presses "Withdraw…" on the first consent (the page then asks to confirm). */
    public ConsentPage startWithdrawal() {
        browser.find(By.xpath("//button[contains(@aria-label,'Withdraw the consent')]")).click();
        browser.awaitIdle();
        return this;
    }

    /** What the page says a withdrawal stops, before it is confirmed. */
    public String withdrawalConsequences() {
        return text("withdrawalConsequences");
    }

    public ConsentPage confirmWithdrawal() {
        browser.click("withdrawal:confirmWithdrawal");
        return this;
    }
}
