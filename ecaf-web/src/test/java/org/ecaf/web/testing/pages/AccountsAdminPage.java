package org.ecaf.web.testing.pages;

import org.ecaf.web.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The administrator's pages: accounts ({@code /admin/accounts.xhtml}), one account, agencies and teams. */
public final class AccountsAdminPage extends Page {

    AccountsAdminPage(Browser browser) {
        super(browser);
    }

    public static AccountsAdminPage open(Browser browser) {
        browser.open("/admin/accounts.xhtml");
        return new AccountsAdminPage(browser);
    }

    /** One account's page. */
    public static AccountsAdminPage openAccount(Browser browser, String username) {
        browser.open("/admin/account.xhtml?username=" + username);
        return new AccountsAdminPage(browser);
    }

    /** The agencies and teams page. */
    public static AccountsAdminPage openOrganisation(Browser browser) {
        browser.open("/admin/organisation.xhtml");
        return new AccountsAdminPage(browser);
    }

    /** Creates an account: username, name, role (PRACTITIONER, TEAM_LEAD …) and team (the list's label). */
    public AccountsAdminPage create(String username, String displayName, String role, String team) {
        browser.type("createForm:username", username);
        browser.type("createForm:displayName", displayName);
        browser.driver().findElement(By.cssSelector("input[value='" + role + "']")).click();
        new Select(browser.byId("createForm:team")).selectByVisibleText(team);
        browser.clickAndWait("createForm:create");
        return this;
    }

    public String createdUsername() {
        return text("createdUsername");
    }

    public String oneTimePassword() {
        return text("oneTimePassword");
    }

    /** An account's state ("must choose a new password" …). */
    public String state() {
        return text("state");
    }

    public AccountsAdminPage createAgency(String code, String name) {
        browser.type("agencyForm:agencyCode", code);
        browser.type("agencyForm:agencyName", name);
        browser.clickAndWait("agencyForm:createAgency");
        return this;
    }

    /** Creates a team of an agency (the list's label). */
    public AccountsAdminPage createTeam(String code, String name, String agency) {
        browser.type("teamForm:teamCode", code);
        browser.type("teamForm:teamName", name);
        new Select(browser.byId("teamForm:teamAgency")).selectByVisibleText(agency);
        browser.clickAndWait("teamForm:createTeam");
        return this;
    }

    public String teams() {
        return text("teams");
    }

    /** Whether the main navigation links to the accounts page (an administrator's). */
    public boolean linksToAccounts() {
        return has("navAccounts");
    }
}
