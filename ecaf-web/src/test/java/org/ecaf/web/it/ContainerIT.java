package org.ecaf.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditEvent;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.audit.AuditVerifier;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.web.infrastructure.demo.DemoData;
import org.ecaf.web.infrastructure.health.ApplicationState;
import org.ecaf.web.infrastructure.persistence.JpaAuditLog;
import org.ecaf.web.infrastructure.persistence.SchemaMigration;
import org.ecaf.web.infrastructure.security.PasswordHashing;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.OwnServers;
import org.flywaydb.core.api.MigrationInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged {@code ecaf.war} deployed by Arquillian into a managed Payara Micro: persistence, migrations,
 * demo data, audit chain and password hashing checked inside the container; login and {@code /api/v1/me} from
 * outside. One deployment for the whole suite: each deployment costs a Payara Micro start.
 */
@ExtendWith(ArquillianExtension.class)
@OwnServers
class ContainerIT {

    @Deployment
    static WebArchive deployment() {
        EcafServer.deleteRecursively(EcafServer.TARGET.resolve("arquillian-data"));
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, EcafServer.TARGET.resolve("ecaf.war").toFile())
                .addClasses(InTransaction.class, Api.class, Api.Answer.class);
        // the one change to the real archive: Arquillian's test runner servlet must be reachable without login
        String webXml = new String(readAll(war.get("WEB-INF/web.xml").getAsset()), StandardCharsets.UTF_8)
                .replace("<security-role>", "<security-constraint><web-resource-collection>"
                        + "<web-resource-name>arquillian</web-resource-name>"
                        + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern></web-resource-collection>"
                        + "</security-constraint><security-role>");
        war.delete("WEB-INF/web.xml");
        return war.addAsWebInfResource(new StringAsset(webXml), "web.xml");
    }

    private static byte[] readAll(Asset asset) {
        try (var in = asset.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    ApplicationState state;

    @Inject
    InTransaction tx;

    @Inject
    JpaAuditLog audit;

    @Inject
    org.ecaf.web.infrastructure.audit.AuditKeyHolder keys;

    @Inject
    org.ecaf.web.infrastructure.audit.AuditChainer chainer;

    @Inject
    DemoData demoData;

    @Inject
    PasswordHashing passwords;

    @Resource(lookup = "java:app/jdbc/ecaf")
    DataSource dataSource;

    @Test
    void startUpMigratedTheSchemaWithFlywayAndReportsReady() {
        assertTrue(state.ready(), () -> "not ready: " + state.state());
        MigrationInfo[] applied = SchemaMigration.flyway(dataSource, getClass().getClassLoader()).info().applied();
        MigrationInfo[] pending = SchemaMigration.flyway(dataSource, getClass().getClassLoader()).info().pending();
        assertTrue(applied.length >= 1, "Flyway applied no migration");
        assertEquals(0, pending.length, "migrations left pending");
        assertEquals("1", applied[0].getVersion().getVersion());
    }

    @Test
    void demoDataIsSeededOnceAndNotAgain() {
        long before = tx.apply(em -> em.createQuery("select count(p) from Practitioner p", Long.class).getSingleResult());
        assertEquals(DemoData.ACCOUNTS.size(), before);
        assertFalse(demoData.seedOnce("another-password", false), "seeding ran a second time");
        long after = tx.apply(em -> em.createQuery("select count(p) from Practitioner p", Long.class).getSingleResult());
        assertEquals(before, after);
    }

    @Test
    void anEntityIsPersistedAndReadBackInAnotherTransaction() {
        Long id = tx.apply(em -> {
            Agency agency = new Agency("TEST-" + System.nanoTime(), "Łódź Family Hub – Zoë's team", "VOLUNTARY")
                    .withContact("01234 567890", "hub@example.org", "1 High Street");
            em.persist(agency);
            em.flush();
            return agency.getId();
        });
        Agency read = tx.apply(em -> em.find(Agency.class, id));
        assertEquals("Łódź Family Hub – Zoë's team", read.getName());
        assertEquals("VOLUNTARY", read.getKind());
        assertEquals("1 High Street", read.getAddress());
    }

    @Test
    void auditEventsChainAcrossTransactionsAndTamperingShows() {
        String marker = "container-" + System.nanoTime();
        for (int i = 1; i <= 5; i++) {
            String detail = marker + " event " + i;
            AuditEvent written = tx.apply(em -> audit.append(new AuditEntry("test", "test.event", "test", "1",
                    AuditOutcome.SUCCESS, detail)));
            assertNotNull(written.getId());
        }
        chainer.chainNow(); // what the chainer does every 100 ms, now
        AuditVerifier.Result result = tx.apply(em -> {
            AuditVerifier verifier = new AuditVerifier(keys.key(), audit.head(), Optional.empty(), 0);
            verifier.check(audit.range(1, 10_000));
            return verifier.result();
        });
        assertTrue(result.intact(), result::message);
        List<AuditEvent> all = tx.apply(em -> audit.range(1, 10_000));
        List<AuditEvent> mine = all.stream().filter(e -> e.getDetail() != null && e.getDetail().startsWith(marker))
                .toList();
        assertEquals(5, mine.size());
        assertEquals(List.of(marker + " event 1", marker + " event 2", marker + " event 3", marker + " event 4",
                marker + " event 5"), mine.stream().map(AuditEvent::getDetail).toList(), "chained in the order written");
        AuditEvent last = mine.get(4);
        assertEquals(last.getHash(), last.keyedHash(keys.key()));
        assertNotEquals(last.getHash(), last.legacyHash(), "the hash is not keyed");
    }

    @Test
    void passwordsAreStoredAsSaltedPbkdf2Hashes() {
        String hash = tx.apply(em -> (String) em.createNativeQuery(
                "select password_hash from credential where username = 'practitioner1'").getSingleResult());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
        assertFalse(hash.contains(Api.DEMO_PASSWORD));
        assertTrue(passwords.verify(Api.DEMO_PASSWORD, hash));
        assertFalse(passwords.verify("not-the-password", hash));
        assertNotEquals(passwords.hash("same"), passwords.hash("same"), "hashes are not salted");
    }

    @Test
    @RunAsClient
    void meAnswersWithTheSignedInAccount(@ArquillianResource URL base) {
        String root = base.toString().replaceAll("/$", "");
        Api.Answer me = Api.as(root, "teamlead1", Api.DEMO_PASSWORD).get("/api/v1/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals("teamlead1", me.json().getString("username"));
        assertEquals("Grace Okafor", me.json().getString("displayName"));
        assertEquals("[\"TEAM_LEAD\"]", me.json().getJsonArray("roles").toString());
        assertEquals("TEAM-A", me.json().getJsonObject("team").getString("code"));
        assertEquals("NBC-EH", me.json().getJsonObject("agency").getString("code"));

        Api.Answer anonymous = Api.anonymous(root).get("/api/v1/me");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("content-type").startsWith("application/problem+json"), anonymous::toString);
        assertEquals("AUTHENTICATION_REQUIRED", anonymous.json().getString("code"));
    }

    @Test
    @RunAsClient
    void theLoginFormSignsInAndOut(@ArquillianResource URL base) {
        String root = base.toString().replaceAll("/$", "");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = fetch(browser, HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).build()).body();
        String form = "login=login&login%3Ausername=practitioner2&login%3Apassword=" + Api.DEMO_PASSWORD
                + "&login%3AsignIn=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState(loginPage), StandardCharsets.UTF_8);
        HttpResponse<String> home = fetch(browser, HttpRequest.newBuilder(URI.create(root + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertTrue(home.uri().getPath().endsWith("/index.xhtml"), () -> "landed on " + home.uri());
        assertTrue(home.body().contains("My cases"), "the practitioner's home page was not shown");
        assertTrue(home.body().contains("Tom Evans"));

        String logout = "userForm=userForm&userForm%3Alogout=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState(home.body()), StandardCharsets.UTF_8);
        HttpResponse<String> out = fetch(browser, HttpRequest.newBuilder(URI.create(root + "/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(logout)).build());
        assertTrue(out.body().contains("You have signed out."), "no signed-out notice");
        HttpResponse<String> again = fetch(browser, HttpRequest.newBuilder(URI.create(root + "/index.xhtml")).build());
        assertTrue(again.uri().getPath().endsWith("/login.xhtml"), "still signed in after signing out");
    }

    private static String viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no view state in the page");
        return m.group(1);
    }

    private static HttpResponse<String> fetch(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
