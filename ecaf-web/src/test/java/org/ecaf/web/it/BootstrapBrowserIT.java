package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.TestDatabase;
import org.ecaf.web.testing.pages.AccountsAdminPage;
import org.ecaf.web.testing.pages.Page;
import org.ecaf.web.testing.pages.SignInPage;
import org.ecaf.web.testing.pages.SignInStepPage;
import org.junit.jupiter.api.Test;

/**
 * A new council on a fresh PostgreSQL database, as production runs (no demo data, two-factor sign-in on): the first
 * administrator is bootstrapped with {@code ECAF_BOOTSTRAP_ADMIN}, chooses a password and enrols an authenticator,
 * creates an agency, a team, a team lead and two practitioners on the administration pages, and each of them signs
 * in with their one-time password, chooses their own, enrols, and signs in again with a password and a code. Codes
 * come from a real TOTP generator ({@code java-otp}), not from eCAF. One server start for the whole journey.
 */
@OwnServers
class BootstrapBrowserIT {

    private static final Pattern ONE_TIME = Pattern.compile(
            "administrator 'chief\\.admin' created with the one-time password\\s+([a-z0-9-]{19})");

    /** What a person knows after enrolling: their password and their authenticator's secret. */
    private record Person(String username, String password, String secret, List<String> recoveryCodes) {
    }

    @Test
    void aNewCouncilBootstrapsItsAdministratorWhoCreatesATeamAndEachPersonSignsInWithPasswordAndCode()
            throws IOException {
        TestDatabase.assumePostgres();
        try (TestDatabase db = TestDatabase.postgres()) {
            Map<String, String> env = Map.of(
                    "ECAF_DB_URL", db.settings().databaseUrl(),
                    "ECAF_DB_USER", db.settings().databaseUser(),
                    "ECAF_BOOTSTRAP_ADMIN", "chief.admin");
            try (EcafServer server = new EcafServer("bootstrap", EcafServer.TARGET.resolve("servers/unused"), env)
                    .start()) {
                // the log file is appended to by every run: the last password printed is this start's
                Matcher printed = ONE_TIME.matcher(Files.readString(server.log()));
                String oneTime = null;
                while (printed.find()) {
                    oneTime = printed.group(1);
                }
                assertThat(oneTime).as("the one-time password is printed in " + server.log()).isNotNull();
                Api.Answer early = Api.as(server.baseUrl(), "chief.admin", oneTime).get("/api/v1/me");
                assertThat(early.json().getString("code")).isEqualTo("PASSWORD_CHANGE_REQUIRED");

                Map<String, String> oneTimes = new java.util.LinkedHashMap<>();
                try (Browser browser = new Browser(server.baseUrl())) {
                    assertThat(SignInPage.open(browser).showsDemoNotice()).isFalse();
                    firstSignIn(browser, "chief.admin", oneTime, "riverside chief admin passphrase");

                    AccountsAdminPage organisation = AccountsAdminPage.openOrganisation(browser)
                            .createAgency("RVC-EH", "Riverside Council Early Help")
                            .createTeam("RVC-NORTH", "Riverside North", "Riverside Council Early Help");
                    assertThat(organisation.teams()).contains("Riverside North");

                    for (String[] person : List.of(new String[] {"rita.lead", "Rita Lead", "TEAM_LEAD"},
                            new String[] {"pat.one", "Pat One", "PRACTITIONER"},
                            new String[] {"sam.two", "Sam Two", "PRACTITIONER"})) {
                        AccountsAdminPage accounts = AccountsAdminPage.open(browser).create(person[0], person[1],
                                person[2], "Riverside North (Riverside Council Early Help)");
                        assertThat(accounts.createdUsername()).isEqualTo(person[0]);
                        oneTimes.put(person[0], accounts.oneTimePassword());
                    }
                    Page.of(browser).assertAccessible();
                }

                Person lead = enrolAndSignInAgain(server, "rita.lead", oneTimes.get("rita.lead"),
                        "rita leads the riverside team", "Team lead");
                enrolAndSignInAgain(server, "pat.one", oneTimes.get("pat.one"), "pat works in riverside north",
                        "Practitioner");
                Person sam;
                try (Browser browser = new Browser(server.baseUrl())) {
                    sam = firstSignIn(browser, "sam.two", oneTimes.get("sam.two"), "sam also works in riverside");
                    browser.signOut();
                    // without the phone: a recovery code, once
                    browser.signIn("sam.two", sam.password());
                    assertThat(browser.currentPath()).startsWith("/sign-in/code.xhtml");
                    SignInStepPage.of(browser).code(sam.recoveryCodes().get(0));
                    assertThat(browser.currentPath()).startsWith("/index.xhtml");
                    browser.signOut();
                    browser.signIn("sam.two", sam.password());
                    SignInStepPage step = SignInStepPage.of(browser).code(sam.recoveryCodes().get(0));
                    assertThat(browser.currentPath()).startsWith("/sign-in/code.xhtml");
                    assertThat(step.errorSummary()).contains("The code is not right");
                }

                // the API takes the same password and a current code beside Basic
                Api samApi = Api.as(server.baseUrl(), "sam.two", sam.password());
                Api.Answer noCode = samApi.get("/api/v1/me");
                assertThat(noCode.status()).isEqualTo(401);
                assertThat(noCode.json().getString("code")).isEqualTo("CODE_REQUIRED");
                Api.Answer withCode = samApi.get("/api/v1/me", Map.of("X-eCAF-Code",
                        code(sam.secret(), Instant.now().plus(Duration.ofSeconds(30)))));
                assertThat(withCode.status()).as(withCode.toString()).isEqualTo(200);
                assertThat(withCode.json().getString("displayName")).isEqualTo("Sam Two");
                assertThat(withCode.json().getJsonObject("team").getString("name")).isEqualTo("Riverside North");
                assertThat(Api.as(server.baseUrl(), lead.username(), lead.password()).get("/api/v1/me",
                        Map.of("X-eCAF-Code", "000000")).status()).isEqualTo(401);
            }
        }
    }

    /** First sign-in with a one-time password: a password of one's own, then the authenticator; ends at home. */
    private static Person firstSignIn(Browser browser, String username, String oneTime, String password) {
        browser.signIn(username, oneTime);
        assertThat(browser.currentPath()).startsWith("/sign-in/new-password.xhtml");
        SignInStepPage step = SignInStepPage.of(browser);
        step.assertAccessible();
        step.newPassword(password, password);
        assertThat(browser.currentPath()).startsWith("/sign-in/enrol.xhtml");
        assertThat(step.qrCodeLabel()).contains("QR code");
        step.assertAccessible();
        String secret = step.secret();
        step.code("123456".equals(code(secret, Instant.now())) ? "654321" : "123456");
        assertThat(step.errorSummary()).contains("The code is not right");
        step.code(code(secret, Instant.now()));
        List<String> recovery = step.recoveryCodes();
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[a-z0-9]{5}-[a-z0-9]{5}"));
        step.carryOn();
        assertThat(browser.currentPath()).startsWith("/index.xhtml");
        return new Person(username, password, secret, recovery);
    }

    /** Enrols in a browser of their own, signs out, and signs in again with password and the next code. */
    private static Person enrolAndSignInAgain(EcafServer server, String username, String oneTime, String password,
                                              String role) {
        try (Browser browser = new Browser(server.baseUrl())) {
            Person person = firstSignIn(browser, username, oneTime, password);
            SignInStepPage step = SignInStepPage.of(browser);
            assertThat(step.signedInAs()).contains(role).contains("Riverside North");
            browser.signOut();
            browser.signIn(username, password);
            assertThat(browser.currentPath()).startsWith("/sign-in/code.xhtml");
            step.assertAccessible();
            // the code of the next 30-second step: the one used to enrol is never accepted twice
            step.code(code(person.secret(), Instant.now().plus(Duration.ofSeconds(30))));
            assertThat(browser.currentPath()).startsWith("/index.xhtml");
            assertThat(step.signedInAs()).contains(role);
            return person;
        }
    }

    /** The code a real authenticator app shows for {@code secret} at {@code at} (RFC 6238, java-otp). */
    private static String code(String secret, Instant at) {
        try {
            return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30)).generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), at);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
