package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.pages.Page;
import org.ecaf.web.testing.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Signing in and the home page of each role, in Debian's headless Chromium, with axe-core on every page. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class FoundationBrowserIT {

    private Browser browser;

    @Test
    void theLoginPageIsAccessibleAndAWrongPasswordIsRefused() {
        browser.open("/");
        SignInPage login = SignInPage.of(browser);
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
        assertThat(login.title()).isEqualTo("Sign in – eCAF");
        login.assertAccessible();
        browser.screenshot("foundation-01-login");

        login.submit("practitioner1", "wrong-password");
        assertThat(login.errorSummary()).contains("There is a problem")
                .contains("The username or password is not right");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
        login.assertAccessible();
        browser.screenshot("foundation-02-wrong-password");
    }

    @Test
    void aPractitionerSeesMyCases() {
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        assertThat(browser.currentPath()).startsWith("/index.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome, Aisha Khan");
        assertThat(browser.text(By.id("myCasesHeading"))).isEqualTo("My cases");
        assertThat(browser.text(By.className("app-user-name"))).contains("Aisha Khan").contains("Practitioner");
        assertThat(browser.driver().findElements(By.id("awaitingHeading"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("accountsHeading"))).isEmpty();
        Page.of(browser).assertAccessible();
        browser.screenshot("foundation-03-practitioner-home");

        browser.signOut();
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
        assertThat(browser.pageSource()).contains("You have signed out.");
        browser.open("/index.xhtml");
        assertThat(browser.currentPath()).startsWith("/login.xhtml");
    }

    @Test
    void aTeamLeadSeesApprovalsAndCaseload() {
        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome, Grace Okafor");
        assertThat(browser.text(By.id("awaitingHeading"))).isEqualTo("Awaiting my approval");
        assertThat(browser.text(By.id("caseloadHeading"))).contains("Team caseload").contains("Early Help Team North");
        assertThat(browser.driver().findElements(By.id("myCasesHeading"))).isEmpty();
        Page.of(browser).assertAccessible();
        browser.screenshot("foundation-04-teamlead-home");
    }

    @Test
    void anAdministratorSeesAccountsAndNoCaseLists() {
        browser.signIn("admin", Api.DEMO_PASSWORD);
        assertThat(browser.text(By.id("accountsHeading"))).isEqualTo("Accounts");
        String accounts = browser.text(By.id("accounts"));
        assertThat(accounts).contains("practitioner1", "teamlead2", "Łucja Nowak", "Siobhán Murphy");
        assertThat(browser.driver().findElements(By.id("myCasesHeading"))).isEmpty();
        Page.of(browser).assertAccessible();
        browser.screenshot("foundation-05-admin-home");
    }

    @Test
    void theLoginFormWorksWithTheKeyboardAlone() {
        SignInPage login = SignInPage.open(browser);
        login.usernameBox().sendKeys("teamlead2");
        login.usernameBox().sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Api.DEMO_PASSWORD, Keys.ENTER);
        browser.awaitIdle();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome, Łucja Nowak");
    }

    @Test
    void anUnknownPageShowsAPlainMessage() {
        browser.signIn("practitioner2", Api.DEMO_PASSWORD);
        browser.open("/no-such-page.xhtml");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page not found");
        assertThat(browser.pageSource()).doesNotContain("Exception").doesNotContain("Payara");
        Page.of(browser).assertAccessible();
        browser.screenshot("foundation-06-not-found");
    }
}
