package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.ecaf.web.testing.Accessibility;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.OwnServers;
import org.ecaf.web.testing.Poll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
/**
 * Single sign-on against a real OpenID Connect provider: {@code no.nav.security:mock-oauth2-server}, started in this
 * JVM on a free port, with its interactive login page (a person types who they are and the claims the provider
 * asserts). eCAF runs as the real {@code ecaf.jar} with {@code ECAF_OIDC_*} pointing at it: one server for every
 * single sign-on test, pages (in Chromium) and API alike. Nothing of eCAF is mocked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnServers
class SingleSignOnIT {

    private static final String ISSUER_ID = "northbridge";
    private static final String CLIENT_ID = "ecaf-test";
    private static final String PROVIDER = "Northbridge Council sign-in";

    private MockOAuth2Server provider;
    private String issuer;
    private EcafServer server;
    private Api admin;
    private long aishasCase;

    @BeforeAll
    void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start(InetAddress.getByName("localhost"), port);
        issuer = "http://localhost:" + port + "/" + ISSUER_ID;
        // a council's provider is warm; this one answers its first request only after loading its templates
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/.well-known/openid-configuration", "/jwks")) {
            assertThat(client.send(HttpRequest.newBuilder(URI.create(issuer + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        Path data = EcafServer.TARGET.resolve("servers").resolve("sso-data");
        EcafServer.deleteRecursively(data);
        server = new EcafServer("sso", data, Map.of(
                "ECAF_SIGN_IN_AUDIT_SECONDS", "2",
                "ECAF_OIDC_ISSUER", issuer,
                "ECAF_OIDC_CLIENT_ID", CLIENT_ID,
                "ECAF_OIDC_CLIENT_SECRET", "a-client-secret",
                "ECAF_OIDC_NAME", PROVIDER)).start();
        admin = Api.as(server, "admin");
        Api aisha = Api.as(server, "practitioner1");
        long child = Journeys.registerChild(aisha, 9, false).getJsonNumber("id").longValue();
        aishasCase = Journeys.openCase(aisha, child).getJsonNumber("id").longValue();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** A token the provider issues for eCAF ({@code aud} = the client id) naming {@code username}. */
    private String token(String username, Map<String, Object> more) {
        return token(ISSUER_ID, List.of(CLIENT_ID), username, more, 3600);
    }

    private String token(String issuerId, List<String> audience, String username, Map<String, Object> more,
                         long expirySeconds) {
        Map<String, Object> claims = new HashMap<>(more);
        claims.put("preferred_username", username);
        return provider.issueToken(issuerId, CLIENT_ID, new DefaultOAuth2TokenCallback(issuerId,
                "subject-" + UUID.randomUUID(), JOSEObjectType.JWT.getType(), audience, claims, expirySeconds))
                .serialize();
    }

    private Api bearer(String token) {
        return Api.bearer(server.baseUrl(), token);
    }

    private static void refusedAs(Api.Answer answer, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.json().getString("code")).isEqualTo(code);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    // ---------------------------------------------------------------- pages

    /**
     * At the provider's login page: who the person is there ({@code sub}) and what the provider asserts. Returns
     * the address of the provider's page (the authorization request eCAF sent).
     */
    private String signInAtProvider(Browser browser, String subject, String preferredUsername) {
        browser.waitFor(Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(issuer + "/authorize"));
        String request = browser.driver().getCurrentUrl();
        browser.find(By.name("username")).sendKeys(subject);
        browser.find(By.name("claims")).sendKeys("{\"preferred_username\": \"" + preferredUsername + "\"}");
        browser.find(By.cssSelector("input[type=submit]")).click();
        browser.waitFor(Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(server.baseUrl() + "/")
                        && !d.getCurrentUrl().contains("/sign-in/oidc/"));
        browser.awaitIdle();
        return request;
    }

    @Test
    void signingInWithTheCouncilsProviderLandsSignedInAsTheAccountTheClaimNames() {
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.open("/login.xhtml");
            assertThat(browser.byId("ssoStart").getText()).isEqualTo("Sign in with " + PROVIDER);
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
            String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            browser.press(By.id("ssoStart"));
            // the provider's subject is an opaque id; the claim eCAF maps is preferred_username
            String request = signInAtProvider(browser, "7c1e0b52-opaque-subject", "practitioner1");
            assertThat(request).contains("client_id=" + CLIENT_ID).contains("code_challenge_method=S256")
                    .contains("state=").contains("nonce=").contains("response_type=code")
                    .doesNotContain("prompt=login");

            assertThat(browser.currentPath()).startsWith("/index.xhtml");
            assertThat(browser.pageSource()).contains("Aisha Khan");
            // a new session id, with the same flags as after a password sign-in
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getSameSite()).isEqualTo("Lax");
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").isHttpOnly()).isTrue();
            browser.open("/cases/case.xhtml?id=" + aishasCase);
            assertThat(browser.currentPath()).startsWith("/cases/case.xhtml");
            assertThat(browser.cspViolations()).isEmpty();
            assertThat(audit("practitioner1").stream().anyMatch(e -> e.getString("action").equals("login")
                    && e.getString("detail", "").equals("oidc"))).isTrue();

            // the session ends like any other: here by an administrator signing the account out everywhere
            expect(admin.post("/api/v1/admin/accounts/practitioner1/sign-out", null), 200);
            browser.open("/index.xhtml");
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
        }
    }

    @Test
    void aClaimThatNamesNoAccountIsRefusedWithASentenceAndTheNameIsNeverStored() {
        String unknown = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.open("/login.xhtml");
            browser.press(By.id("ssoStart"));
            signInAtProvider(browser, "subject-of-" + unknown, unknown);

            assertThat(browser.currentPath()).startsWith("/login.xhtml?sso=NO_ACCOUNT");
            assertThat(browser.byId("ssoRefused").getText()).contains("no eCAF account is linked to it");
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
            browser.open("/index.xhtml");
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
        }
        List<JsonObject> failed = Poll.until(() -> {
            List<JsonObject> events = admin.get("/api/v1/audit?limit=500").array().getValuesAs(JsonObject.class)
                    .stream().filter(e -> e.getString("action").equals("sign-in.failed")
                            && e.getString("detail", "").contains("SSO_NO_ACCOUNT")).toList();
            return events.isEmpty() ? null : events;
        });
        assertThat(failed.get(0).isNull("recordId")).isTrue();
        assertThat(admin.get("/api/v1/audit?limit=1000").body()).doesNotContain(unknown);
    }

    @Test
    void confirmingWhoYouAreAsksTheProviderToAuthenticateAgainAndOnlyTheSamePersonCounts() {
        try (Browser browser = new Browser(server.baseUrl())) {
            browser.open("/login.xhtml");
            browser.press(By.id("ssoStart"));
            signInAtProvider(browser, "subject-teamlead1", "teamlead1");
            assertThat(browser.currentPath()).startsWith("/index.xhtml");

            // someone else at the provider does not confirm teamlead1
            browser.open("/sign-in/confirm.xhtml?returnTo=/account.xhtml");
            assertThat(browser.driver().findElements(By.id("signIn:password"))).isEmpty();
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
            browser.press(By.id("ssoConfirmStart"));
            assertThat(signInAtProvider(browser, "subject-teamlead2", "teamlead2")).contains("prompt=login")
                    .contains("max_age=0");
            assertThat(browser.currentPath()).startsWith("/sign-in/confirm.xhtml?sso=DIFFERENT_PERSON");
            assertThat(browser.byId("ssoRefused").getText()).contains("as someone else");

            browser.press(By.id("ssoConfirmStart"));
            signInAtProvider(browser, "subject-teamlead1", "teamlead1");
            assertThat(browser.currentPath()).isEqualTo("/account.xhtml");
            assertThat(browser.pageSource()).contains("Grace Okafor");
        }
        assertThat(audit("teamlead1").stream().anyMatch(e -> e.getString("action").equals("sign-in.confirm")
                && e.getString("detail", "").equals("oidc"))).isTrue();
    }

    // ---------------------------------------------------------------- API

    @Test
    void aBearerTokenFromTheProviderReadsAndWritesWhatItsAccountMay() {
        Api aisha = bearer(token("practitioner1", Map.of()));
        Api.Answer me = expect(aisha.get("/api/v1/me"), 200);
        assertThat(me.json().getString("username")).isEqualTo("practitioner1");
        expect(aisha.get("/api/v1/cases/" + aishasCase), 200);
        expect(aisha.post("/api/v1/cases/" + aishasCase + "/notes", note("Phoned the school to arrange a visit.")),
                201);
        // HTTP Basic still works beside it
        expect(Api.as(server, "practitioner1").get("/api/v1/cases/" + aishasCase), 200);
    }

    @Test
    void aTokenForAnotherTeamsPractitionerGetsWhatTheAccessPolicyGivesThemAndChangesNothing() {
        Api siobhan = bearer(token("practitioner3", Map.of()));
        Api siobhanBasic = Api.as(server, "practitioner3");
        Api.Answer read = siobhan.get("/api/v1/cases/" + aishasCase);
        Api.Answer readBasic = siobhanBasic.get("/api/v1/cases/" + aishasCase);
        assertThat(read.status()).as(read.toString()).isEqualTo(404).isEqualTo(readBasic.status());
        assertThat(read.json().getString("code")).isEqualTo(readBasic.json().getString("code"));
        int notesBefore = Api.as(server, "practitioner1").get("/api/v1/cases/" + aishasCase + "/notes").array().size();
        Api.Answer write = siobhan.post("/api/v1/cases/" + aishasCase + "/notes", note("Not my team's case."));
        assertThat(write.status()).as(write.toString()).isEqualTo(404);
        assertThat(siobhan.get("/api/v1/cases/" + aishasCase + "/notes").status()).isEqualTo(404);
        assertThat(Api.as(server, "practitioner1").get("/api/v1/cases/" + aishasCase + "/notes").array().size())
                .isEqualTo(notesBefore);
    }

    @Test
    void tokensFromAnotherIssuerOrKeyExpiredOrForAnotherAudienceAreRefusedWithTheirCode() throws Exception {
        refusedAs(bearer(token("other-issuer", List.of(CLIENT_ID), "practitioner1", Map.of(), 3600))
                .get("/api/v1/me"), "WRONG_ISSUER");
        // the right issuer's name, signed with a key that is not the provider's
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stranger").build(),
                new JWTClaimsSet.Builder().issuer(issuer).audience(CLIENT_ID).subject("s")
                        .claim("preferred_username", "practitioner1").issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        forged.sign(new RSASSASigner(stranger));
        refusedAs(bearer(forged.serialize()).get("/api/v1/me"), "INVALID_SIGNATURE");
        refusedAs(bearer(token(ISSUER_ID, List.of(CLIENT_ID), "practitioner1", Map.of(), -600)).get("/api/v1/me"),
                "TOKEN_EXPIRED");
        refusedAs(bearer(token(ISSUER_ID, List.of("another-application"), "practitioner1", Map.of(), 3600))
                .get("/api/v1/me"), "WRONG_AUDIENCE");
        refusedAs(bearer("not.a.token").get("/api/v1/me"), "INVALID_TOKEN");
        Api.Answer unknown = bearer(token("nobody.at.all", Map.of())).get("/api/v1/me");
        refusedAs(unknown, "NO_ACCOUNT");
        assertThat(unknown.headers().toString()).contains("Bearer error=\"invalid_token\"");
        // a refused token changes nothing
        assertThat(bearer(token(ISSUER_ID, List.of(CLIENT_ID), "practitioner1", Map.of(), -600))
                .post("/api/v1/cases/" + aishasCase + "/notes", note("An expired token writes nothing.")).status())
                .isEqualTo(401);
        assertThat(Api.as(server, "practitioner1").get("/api/v1/cases/" + aishasCase + "/notes").body())
                .doesNotContain("An expired token writes nothing.");
        // refusals naming a known account are audited against it, in aggregate
        List<JsonObject> failed = Poll.until(() -> {
            List<JsonObject> events = audit("practitioner1").stream().filter(e -> e.getString("action")
                    .equals("sign-in.failed") && e.getString("detail", "").contains("BEARER_TOKEN_EXPIRED")).toList();
            return events.isEmpty() ? null : events;
        });
        assertThat(failed).isNotEmpty();
    }

    @Test
    void aDisabledAccountsTokenIsRefused() {
        long teamB = admin.get("/api/v1/admin/teams").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("TEAM-B")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        expect(admin.post("/api/v1/admin/accounts", Json.createObjectBuilder().add("username", "sso.leaver")
                .add("displayName", "Sam Leaver").add("roles", Json.createArrayBuilder().add("PRACTITIONER"))
                .add("teamId", teamB).build()), 201);
        expect(bearer(token("sso.leaver", Map.of())).get("/api/v1/me"), 200);
        expect(admin.post("/api/v1/admin/accounts/sso.leaver/disable", null), 200);
        refusedAs(bearer(token("sso.leaver", Map.of())).get("/api/v1/me"), "ACCOUNT_DISABLED");
    }

    @Test
    void aBearerRequestIsAFreshProofOfIdentityOnlyWhenTheProviderSaysThePersonJustAuthenticated() {
        Api basic = Api.as(server, "practitioner1");
        long child = Journeys.registerChild(basic, 12, false).getJsonNumber("id").longValue();
        long mother = Journeys.addParent(basic, child, "Lan " + Journeys.randomName(), true, true)
                .getJsonNumber("id").longValue();
        long caseId = Journeys.openCase(basic, child).getJsonNumber("id").longValue();
        long health = Journeys.agencyId(basic, "NBH-CHS");
        Journeys.consent(basic, caseId, mother, new long[] {health}, new long[] {mother});
        expect(Journeys.save(basic, caseId, null, Journeys.completeAnswers()), 200);
        Journeys.childSeen(basic, caseId);
        expect(basic.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        String copy = "/api/v1/cases/" + caseId + "/copies/family.pdf?recipient=" + mother;

        Api.Answer noAuthTime = bearer(token("practitioner1", Map.of())).get(copy);
        assertThat(noAuthTime.status()).as(noAuthTime.toString()).isEqualTo(403);
        assertThat(noAuthTime.json().getString("code")).isEqualTo("REAUTHENTICATION_REQUIRED");
        Api.Answer anHourAgo = bearer(token("practitioner1",
                Map.of("auth_time", Instant.now().minusSeconds(3600).getEpochSecond()))).get(copy);
        assertThat(anHourAgo.json().getString("code")).isEqualTo("REAUTHENTICATION_REQUIRED");
        Api.Answer justNow = bearer(token("practitioner1",
                Map.of("auth_time", Instant.now().minusSeconds(30).getEpochSecond()))).get(copy);
        assertThat(justNow.status()).as(justNow.toString()).isEqualTo(200);
        assertThat(justNow.header("content-type")).startsWith("application/pdf");
    }

    // ----------------------------------------------------------------

    private static JsonObject note(String text) {
        return Json.createObjectBuilder().add("kind", "PHONE_CALL").add("happenedOn", LocalDate.now(Journeys.LONDON)
                .toString()).add("text", text).build();
    }

    private List<JsonObject> audit(String username) {
        return expect(admin.get("/api/v1/audit?recordType=account&recordId=" + username + "&limit=500"), 200)
                .array().getValuesAs(JsonObject.class);
    }

}
