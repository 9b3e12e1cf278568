package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.ecaf.web.testing.Accessibility;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
            assertThat(browser.byId("demoNotice").getText()).contains("Demo mode").contains("12 characters")
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

            desk.open("/account.xhtml");
            assertThat(Accessibility.seriousViolations(desk.driver())).isEmpty();
            desk.clickAndWait("sessionsForm:signOutEverywhere");
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
            browser.open("/account.xhtml");
            browser.type("passwordForm:current", "the first own password");
            browser.type("passwordForm:password", "qwerty123456");
            browser.type("passwordForm:repeated", "qwerty123456");
            browser.clickAndWait("passwordForm:change");
            assertThat(browser.text(By.className("error-summary"))).contains("common passwords");
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
            browser.type("passwordForm:current", "the first own password");
            browser.type("passwordForm:password", "a second own password");
            browser.type("passwordForm:repeated", "a second own password");
            browser.clickAndWait("passwordForm:change");
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
            browser.open("/admin/accounts.xhtml");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Accounts");
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
            browser.type("createForm:username", "made.by.page");
            browser.type("createForm:displayName", "Made By Page");
            browser.driver().findElement(By.cssSelector("input[value='PRACTITIONER']")).click();
            new org.openqa.selenium.support.ui.Select(browser.byId("createForm:team"))
                    .selectByVisibleText("School Nursing Team (Northbridge Community Health NHS Trust)");
            browser.clickAndWait("createForm:create");
            assertThat(browser.text(By.id("createdUsername"))).isEqualTo("made.by.page");
            oneTime = browser.text(By.id("oneTimePassword"));
            assertThat(oneTime).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}");
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();

            browser.open("/admin/account.xhtml?username=made.by.page");
            assertThat(browser.text(By.id("state"))).contains("must choose a new password");
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
            browser.open("/admin/organisation.xhtml");
            assertThat(browser.text(By.id("teams"))).contains("School Nursing Team");
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
        }
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.signIn("made.by.page", oneTime);
            assertThat(browser.currentPath()).startsWith("/sign-in/new-password.xhtml");
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
            browser.type("signIn:password", "too short");
            browser.type("signIn:repeated", "too short");
            browser.clickAndWait("signIn:submit");
            assertThat(browser.text(By.className("error-summary"))).contains("at least 12 characters");
            browser.type("signIn:password", "made by page and mine");
            browser.type("signIn:repeated", "made by page and mine");
            browser.clickAndWait("signIn:submit");
            assertThat(browser.currentPath()).startsWith("/index.xhtml");
            assertThat(browser.text(By.className("app-user-name"))).contains("Made By Page");
        }
    }

    @Test
    void nobodyButAnAdministratorOpensTheAdministrationPages() {
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.signIn("teamlead1", Api.DEMO_PASSWORD);
            browser.open("/admin/accounts.xhtml");
            assertThat(browser.pageSource()).doesNotContain("practitioner2").doesNotContain("Create an account");
            assertThat(browser.driver().findElements(By.id("navAccounts"))).isEmpty();
        }
    }
}
