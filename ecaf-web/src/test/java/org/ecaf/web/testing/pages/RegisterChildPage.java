package org.ecaf.web.testing.pages;

import java.time.LocalDate;
import org.ecaf.web.testing.Browser;

/** Registering a child, with the likely duplicates shown side by side first ({@code /children/register.xhtml}). */
public final class RegisterChildPage extends Page {

    RegisterChildPage(Browser browser) {
        super(browser);
    }

    /**
     * Fills the child's particulars: given names, family name, date of birth, gender (a value of the list), address
     * and postcode.
     */
    public RegisterChildPage fill(String given, String family, LocalDate born, String gender, String address,
                                  String postcode) {
        browser.type("child:givenNames", given);
        browser.type("child:familyName", family);
        browser.setDate("child:dateOfBirth", born);
        browser.select("child:gender", gender);
        browser.type("child:address", address);
        browser.type("child:postcode", postcode);
        return this;
    }

    /**
     * Types the names and the date of birth as a practitioner does, moving on from each box with Tab (which asks
     * whether the child is already known), and waits for the answer.
     */
    public RegisterChildPage typeNamesAndBirth(String given, String family, LocalDate born) {
        browser.type("child:givenNames", given);
        browser.byId("child:givenNames").sendKeys(org.openqa.selenium.Keys.TAB);
        browser.type("child:familyName", family);
        browser.byId("child:familyName").sendKeys(org.openqa.selenium.Keys.TAB);
        browser.setDate("child:dateOfBirth", born);
        browser.byId("child:dateOfBirth").sendKeys(org.openqa.selenium.Keys.TAB);
        browser.awaitIdle();
        return this;
    }

    /** The records already known that the page shows as the details are typed (empty when none). */
    public String knownAlready() {
        return browser.driver().findElement(org.openqa.selenium.By.id("child:knownAlready")).getText();
    }

    /** The entry of the known records that names {@code name}. */
    public String knownEntry(String name) {
        return browser.driver().findElements(org.openqa.selenium.By.cssSelector("#child\\:knownAlready li")).stream()
                .map(org.openqa.selenium.WebElement::getText).filter(t -> t.contains(name)).findFirst().orElse("");
    }

    public RegisterChildPage familyName(String family) {
        browser.type("child:familyName", family);
        return this;
    }

    /** Presses Register; the page stays when it shows likely duplicates or problems. */
    public RegisterChildPage register() {
        browser.click("child:register");
        return this;
    }

    /** Presses Register and waits for the child's record it leads to. */
    public ChildPage registerAndWait() {
        browser.clickAndWait("child:register");
        return new ChildPage(browser);
    }

    /** The likely duplicates, side by side with what was typed. */
    public String duplicates() {
        return text("duplicates");
    }

    /** Presses "Register anyway" without a reason (the page stays and says why). */
    public RegisterChildPage registerAnyway() {
        browser.click("child:registerAnyway");
        return this;
    }

    /** Gives the reason this is a different child and registers anyway; waits for the child's record. */
    public ChildPage registerAnyway(String reason) {
        browser.type("child:reason", reason);
        browser.clickAndWait("child:registerAnyway");
        return new ChildPage(browser);
    }

    /** The message beside the given names. */
    public String givenNamesError() {
        return browser.byId("child:givenNamesError").getText();
    }

    public static RegisterChildPage open(Browser browser) {
        browser.open("/children/register.xhtml");
        return new RegisterChildPage(browser);
    }
}
