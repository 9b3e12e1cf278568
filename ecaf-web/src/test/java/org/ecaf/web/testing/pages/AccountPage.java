package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;

/** A person's own account: their password and their sessions ({@code /account.xhtml}). */
public final class AccountPage extends Page {

    AccountPage(Browser browser) {
        super(browser);
    }

    public static AccountPage open(Browser browser) {
        browser.open("/account.xhtml");
        return new AccountPage(browser);
    }

    public AccountPage changePassword(String current, String password, String repeated) {
        browser.type("passwordForm:current", current);
        browser.type("passwordForm:password", password);
        browser.type("passwordForm:repeated", repeated);
        browser.clickAndWait("passwordForm:change");
        return this;
    }

    public AccountPage signOutEverywhere() {
        browser.clickAndWait("sessionsForm:signOutEverywhere");
        return this;
    }
}
