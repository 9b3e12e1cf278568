package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.pages.AccountPage;
import org.ecaf.web.testing.pages.AccountsAdminPage;
import org.ecaf.web.testing.pages.SignInPage;
import org.ecaf.web.testing.pages.SignInStepPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * Headers, cookies, sessions and the administrator's screens in a real browser (Chromium): every flag is read from
 * what the browser received; every page here is checked with axe; any Content-Security-Policy violation on any page
 * fails the test ({@link Browser#close()}).
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsBrowserIT {

    private EcafServer server;
    private Api admin;
    private long teamB;

    @BeforeAll
    void start(EcafServer shared) {
        server = shared;
        admin = Api.as(server, "admin");
        teamB = admin.get("/api/v1/admin/teams").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("TEAM-B")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** An account in team B with its own password (chosen through the API). */
    private void account(String username, String password) {
        Api.Answer created = admin.post("/api/v1/admin/accounts", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Browser " + username).add("roles", Json.createArrayBuilder().add("PRACTITIONER"))
                .add("teamId", teamB).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String oneTime = created.json().getString("oneTimePassword");
        assertThat(Api.as(server.baseUrl(), username, oneTime).put("/api/v1/me/password", Json.createObjectBuilder()
                .add("current", oneTime).add("password", password).build(), Map.of()).status()).isEqualTo(204);
    }

    @Test
    void pagesCarryTheirProtectiveHeadersAndTheSessionCookieItsFlags() {
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.open("/login.xhtml");
            Map<String, String> login = browser.responseHeaders("/login.xhtml");
            assertThat(login.get("content-security-policy")).contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'");
            assertThat(login.get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(login.get("referrer-policy")).isEqualTo("no-referrer");
            assertThat(login.get("cache-control")).isEqualTo("no-store");
            assertThat(login.get("set-cookie")).contains("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax")
                    .doesNotContain("Secure");
            assertThat(login).doesNotContainKey("strict-transport-security");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
            assertThat(session.isSecure()).isFalse();
            assertThat(SignInPage.of(browser).demoNotice()).contains("Demo mode").contains("12 characters")
                    .contains("Two-factor sign-in is switched off");

            browser.signIn("teamlead2", Api.DEMO_PASSWORD);
            assertThat(browser.currentPath()).startsWith("/index.xhtml");
            Map<String, String> home = browser.responseHeaders("/index.xhtml");
            assertThat(home.get("cache-control")).isEqualTo("no-store");
            assertThat(home.get("content-security-policy")).contains("frame-ancestors 'none'");
            // the session id changed at sign-in, and the new cookie has the same flags
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(session.getValue());
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getSameSite()).isEqualTo("Lax");
            // the page works under the CSP: PrimeFaces ran (its nonce'd scripts), nothing was refused
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return !!(window.PrimeFaces && PrimeFaces.csp)"))
                    .isEqualTo(Boolean.TRUE);
            assertThat(browser.cspViolations()).isEmpty();
        }
    }

    @Test
    void behindAProxyThatSaysHttpsTheCookieIsSecureAndHstsIsSent() {
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.sendHeader("X-Forwarded-Proto", "https");
            browser.open("/login.xhtml");
            Map<String, String> login = browser.responseHeaders("/login.xhtml");
            assertThat(login.get("strict-transport-security")).isEqualTo("max-age=31536000; includeSubDomains");
            assertThat(login.get("set-cookie")).contains("SameSite=Lax").contains("Secure");
        }
    }

    @Test
    void signingOutOfAllSessionsEndsTheSessionsOnOtherBrowsersToo() {
        account("two.browsers", "two browsers one person");
        try (Browser desk = new Browser(server.baseUrl()); Browser phone = new Browser(server.baseUrl())) {
            desk.signIn("two.browsers", "two browsers one person");
            phone.signIn("two.browsers", "two browsers one person");
            assertThat(phone.currentPath()).startsWith("/index.xhtml");

            AccountPage account = AccountPage.open(desk);
            account.assertAccessible();
            account.signOutEverywhere();
            assertThat(desk.currentPath()).startsWith("/login.xhtml");
            phone.open("/index.xhtml");
            assertThat(phone.currentPath()).startsWith("/login.xhtml?expired=true");

            // an administrator ends them too
            phone.signIn("two.browsers", "two browsers one person");
            phone.open("/index.xhtml");
            assertThat(phone.currentPath()).startsWith("/index.xhtml");
            assertThat(admin.post("/api/v1/admin/accounts/two.browsers/sign-out", null).status()).isEqualTo(200);
            phone.open("/index.xhtml");
            assertThat(phone.currentPath()).startsWith("/login.xhtml");
        }
    }

    @Test
    void aPersonChangesTheirOwnPasswordOnTheAccountPage() {
        account("changes.own", "the first own password");
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.signIn("changes.own", "the first own password");
            AccountPage account = AccountPage.open(browser)
                    .changePassword("the first own password", "qwerty123456", "qwerty123456");
            assertThat(account.errorSummary()).contains("common passwords");
            account.assertAccessible();
            account.changePassword("the first own password", "a second own password", "a second own password");
            assertThat(browser.pageSource()).contains("Your password has been changed.");
        }
        assertThat(Api.as(server.baseUrl(), "changes.own", "a second own password").get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(Api.as(server.baseUrl(), "changes.own", "the first own password").get("/api/v1/me").status())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorCreatesAnAccountOnTheAccountsPageAndItsOwnerChoosesAPasswordAtFirstSignIn() {
        String oneTime;
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            AccountsAdminPage accounts = AccountsAdminPage.open(browser);
            assertThat(accounts.heading()).isEqualTo("Accounts");
            accounts.assertAccessible();
            accounts.create("made.by.page", "Made By Page", "PRACTITIONER",
                    "School Nursing Team (Northbridge Community Health NHS Trust)");
            assertThat(accounts.createdUsername()).isEqualTo("made.by.page");
            oneTime = accounts.oneTimePassword();
            assertThat(oneTime).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}");
            accounts.assertAccessible();

            AccountsAdminPage account = AccountsAdminPage.openAccount(browser, "made.by.page");
            assertThat(account.state()).contains("must choose a new password");
            account.assertAccessible();
            AccountsAdminPage organisation = AccountsAdminPage.openOrganisation(browser);
            assertThat(organisation.teams()).contains("School Nursing Team");
            organisation.assertAccessible();
        }
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.signIn("made.by.page", oneTime);
            assertThat(browser.currentPath()).startsWith("/sign-in/new-password.xhtml");
            SignInStepPage step = SignInStepPage.of(browser);
            step.assertAccessible();
            step.newPassword("too short", "too short");
            assertThat(step.errorSummary()).contains("at least 12 characters");
            step.newPassword("made by page and mine", "made by page and mine");
            assertThat(browser.currentPath()).startsWith("/index.xhtml");
            assertThat(step.signedInAs()).contains("Made By Page");
        }
    }

    @Test
    void nobodyButAnAdministratorOpensTheAdministrationPages() {
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.signIn("teamlead1", Api.DEMO_PASSWORD);
            AccountsAdminPage accounts = AccountsAdminPage.open(browser);
            assertThat(browser.pageSource()).doesNotContain("practitioner2").doesNotContain("Create an account");
            assertThat(accounts.linksToAccounts()).isFalse();
        }
    }
}
