package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.PageSession;
import org.ecaf.web.testing.Poll;
import org.ecaf.web.testing.SecondServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's import page (admin/import.xhtml) on the import classes' server, over HTTP as a browser posts it: a
 * small file imported with its report (a pair within the file, a pair with a child registered before, a rejected
 * row) and its one audit event with the file's SHA-256; the same file again imports nothing; wrong files are refused
 * in words and change nothing; a practitioner and a team lead of another team are refused the page, the upload and
 * the progress, and each refusal is audited.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SecondServer("import")
class ImportPageIT {

    private static final String PAGE = "/admin/import.xhtml";
    private static final Pattern STATUS = Pattern.compile("<span id=\"statusText\">([^<]*)</span>");
    private static final Pattern NUMBER = Pattern.compile("<h2 id=\"progressHeading\"[^>]*>Import (\\d+):");

    private EcafServer server;
    private Api admin;
    private PageSession adminPage;
    private String family;
    private String family2;
    private long registered;
    private byte[] file;

    @BeforeAll
    void start(EcafServer shared) {
        server = shared;
        admin = Api.as(server, "admin");
        adminPage = PageSession.signIn(server, "admin");
        family = Journeys.randomName();
        family2 = Journeys.randomName();
        // a child registered before the file: Elizabeth, whom the file calls Beth
        registered = expect(Api.as(server, "practitioner1").post("/api/v1/children", Json.createObjectBuilder()
                .add("givenNames", "Elizabeth").add("familyName", family).add("dateOfBirth", "2015-03-04")
                .add("gender", "female").add("postcode", "NB1 1AA")
                .add("notDuplicateReason", "Test fixture: a distinct child").build()), 201).json()
                .getJsonNumber("id").longValue();
        file = String.join("\n", "given_names,family_name,date_of_birth,postcode,gender",
                "Beth," + family + ",2015-03-04,NB1 1AA,female",
                "Noah," + family2 + ",2016-07-07,NB3 3DD,male",
                "Noah," + family2 + ",2016-07-07,NB3 3DD,male",
                "Amira," + family2 + ",04/05/2016,NB3 3DD,female", "").getBytes(StandardCharsets.UTF_8);
    }

    private PageSession.Page upload(PageSession session, String name, byte[] content) {
        return upload(session, session.get(PAGE).body(), name, content);
    }

    /** Sends a file from the page {@code body} (a page opened earlier, as in another tab). */
    private static PageSession.Page upload(PageSession session, String body, String name, byte[] content) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("importForm", "importForm");
        fields.put("importForm:import", "Import");
        fields.put("jakarta.faces.ViewState", PageSession.viewState(body));
        fields.put("primefaces.nonce", PageSession.nonce(body));
        return session.postMultipart(PAGE, fields, "importForm:file", name, content);
    }

    private static String status(String body) {
        Matcher m = STATUS.matcher(body);
        return m.find() ? m.group(1).replace("&#39;", "'") : "";
    }

    private String finished() {
        return Poll.until(() -> {
            String body = adminPage.get(PAGE).body();
            String s = status(body);
            return s.startsWith("Finished") || s.startsWith("This file was imported") || s.startsWith("The import stopped")
                    ? body.replace("&#39;", "'").replace("&quot;", "\"") : null;
        });
    }

    private static String number(String body) {
        Matcher m = NUMBER.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private List<JsonObject> latestEvents() {
        return expect(admin.get("/api/v1/audit?limit=1000"), 200).array().stream().map(JsonValue::asJsonObject)
                .toList();
    }

    private List<JsonObject> search(String query) {
        return expect(Api.as(server, "practitioner1").get("/api/v1/children?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)), 200).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    @Test
    @Order(1)
    void anAdministratorImportsAFile_theReportListsAPairWithinTheFileAndOneWithTheRegister_andOneEventAuditsTheBatch()
            throws Exception {
        PageSession.Page started = upload(adminPage, "children.csv", file);
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.body()).contains("role=\"progressbar\"").contains("aria-valuenow=");

        String done = finished();
        assertThat(status(done)).isEqualTo("Finished: 4 of 4 rows read, 3 imported, 1 rejected.");
        assertThat(done).contains("aria-valuenow=\"100\"");
        // the rejected row, by its number, with its problem in words
        assertThat(done).containsPattern("<tr><td>4</td><td>date_of_birth: '04/05/2016' is not a date written as"
                + " yyyy-mm-dd</td></tr>");
        assertThat(done).contains("<span id=\"withinCount\">1</span>").contains("<span id=\"registerCount\">1</span>");
        assertThat(done).containsPattern("<tr><td>2 \\(\\d+\\)</td><td>3 \\(\\d+\\)</td><td>[^<]*Same given name");
        // the pair with the registered child: its number, and what agrees in words that quote nothing of it
        assertThat(done).containsPattern("<tr><td>1 \\(\\d+\\)</td><td>" + registered
                + "</td><td>[^<]*given names are the same name in another form");
        assertThat(done).doesNotContain("Elizabeth");
        assertThat(search("Noah " + family2)).hasSize(2);
        assertThat(search("Beth " + family).stream().filter(c -> c.getJsonNumber("id").longValue() != registered))
                .hasSize(1);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(done).contains(sha256);
        List<JsonObject> batch = Poll.until(() -> {
            List<JsonObject> found = latestEvents().stream().filter(e -> e.getString("action").equals("child.import")
                    && e.getString("detail", "").contains("sha256 " + sha256)).toList();
            return found.isEmpty() ? null : found;
        });
        assertThat(batch).singleElement().satisfies(e -> {
            assertThat(e.getString("actor")).isEqualTo("admin");
            assertThat(e.getString("recordType")).isEqualTo("import_batch");
            assertThat(e.getString("detail")).contains("rows 4; imported 3; rejected 1")
                    .contains("within the file 1, against the register 1");
        });
        assertThat(latestEvents()).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("child.import.start");
            assertThat(e.getString("outcome")).isEqualTo("SUCCESS");
            assertThat(e.getString("detail")).contains(sha256);
        });
    }

    @Test
    @Order(2)
    void theSameFileAgainImportsNothingTwice() throws Exception {
        upload(adminPage, "children-again.csv", file);

        String done = finished();
        assertThat(status(done)).startsWith("This file was imported in full before, as batch ")
                .endsWith(": nothing was imported again.");
        assertThat(search("Noah " + family2)).hasSize(2);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(latestEvents().stream().filter(e -> e.getString("action").equals("child.import")
                && e.getString("detail", "").contains("sha256 " + sha256))).hasSize(1);
    }

    @Test
    @Order(3)
    void wrongFilesAreRefusedEachWithItsOwnMessage_andChangeNothing() {
        String before = number(adminPage.get(PAGE).body());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("The file is empty.", new byte[0]);
        files.put("The file has a header and no rows.", "given_names,family_name\n".getBytes(StandardCharsets.UTF_8));
        files.put("Missing: family_name. Not expected: favourite_colour.",
                ("given_names,favourite_colour\nJack,blue\n").getBytes(StandardCharsets.UTF_8));
        files.put("The file is not a CSV file in UTF-8 text", new byte[] {(byte) 0x50, 0x4b, 3, 4, (byte) 0xff,
            (byte) 0xfe, 0, 0, (byte) 0xc3, 0x28});
        files.put("The file is larger than 20 MB, the most this page takes (it has 20,971,521 bytes).",
                new byte[20 * 1024 * 1024 + 1]);
        files.put("Choose a CSV file to import.", null);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            PageSession.Page answer = f.getValue() == null ? upload(adminPage, "", new byte[0])
                    : upload(adminPage, "wrong.csv", f.getValue());
            assertThat(answer.status()).as(f.getKey()).isEqualTo(200);
            assertThat(answer.body()).as(f.getKey()).contains("There is a problem")
                    .contains(f.getKey().replace("\"", "&quot;")).doesNotContain("Exception");
            assertThat(number(answer.body())).as(f.getKey()).isEqualTo(before);
        }
        assertThat(number(adminPage.get(PAGE).body())).isEqualTo(before);
        assertThat(latestEvents().stream().filter(e -> e.getString("action").equals("child.import.start")
                && e.getString("outcome").equals("REFUSED")).map(e -> e.getString("detail")))
                .contains("INVALID_INPUT,FILE_EMPTY", "INVALID_INPUT,WRONG_COLUMNS", "INVALID_INPUT,NOT_A_CSV",
                        "INVALID_INPUT,FILE_TOO_LARGE", "INVALID_INPUT,REQUIRED");
    }

    @Test
    @Order(4)
    void pressingImportTwiceStartsOneImport_andAnotherFileWaitsUntilItHasFinished() throws Exception {
        StringBuilder csv = new StringBuilder("given_names,family_name,date_of_birth,postcode\n");
        for (int i = 0; i < 15_000; i++) {
            csv.append(Journeys.randomName()).append(',').append(Journeys.randomName()).append(",2012-0")
                    .append(1 + i % 9).append('-').append(10 + i % 18).append(",NB4 4AA\n");
        }
        byte[] big = csv.toString().getBytes(StandardCharsets.UTF_8);
        // three pages open before anything is sent (tabs, or two administrators): each has its Import button on
        String pageA = adminPage.get(PAGE).body();
        String pageB = adminPage.get(PAGE).body();
        PageSession otherAdmin = PageSession.signIn(server, "admin");
        String pageC = otherAdmin.get(PAGE).body();
        String before = number(pageA);

        String first = upload(adminPage, pageA, "big.csv", big).body();
        String again = upload(adminPage, pageA, "big.csv", big).body();
        String second = upload(adminPage, pageB, "big.csv", big).body();
        String other = upload(otherAdmin, pageC, "other.csv", ("given_names,family_name,date_of_birth\nEve,"
                + Journeys.randomName() + ",2017-01-01\n").getBytes(StandardCharsets.UTF_8)).body();

        String started = number(first);
        assertThat(started).isNotEqualTo(before);
        assertThat(first).contains("id=\"importForm:busy\"");
        // the same page again: its button is off while the import runs, and the press is not acted on
        assertThat(number(again)).isEqualTo(started);
        assertThat(again).doesNotContain("There is a problem").doesNotContain("being imported already");
        // the same file from another page joins the import that runs
        assertThat(second).contains("This file is being imported already: its progress is below.");
        assertThat(number(second)).isEqualTo(started);
        // another file waits
        assertThat(other).contains("There is a problem").contains("Another import is running on this server (big.csv,"
                + " started by admin at ").contains("wait until it has finished, then import this file.");
        assertThat(number(other)).isEqualTo(started);

        assertThat(status(finished())).isEqualTo("Finished: 15,000 of 15,000 rows read, 15,000 imported, 0 rejected.");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big));
        assertThat(latestEvents().stream().filter(e -> e.getString("action").equals("child.import")
                && e.getString("detail", "").contains("sha256 " + sha256))).hasSize(1);
    }

    @Test
    @Order(5)
    void aPractitionerAndAnotherTeamsLeadAreRefusedThePageTheUploadAndTheProgress_eachRefusalAudited() {
        String adminView = adminPage.get(PAGE).body();
        String before = number(adminView);
        for (String user : List.of("practitioner1", "teamlead2")) {
            PageSession session = PageSession.signIn(server, user);
            assertThat(session.get("/index.xhtml").body()).doesNotContain("id=\"navImport\"");

            PageSession.Page read = session.get(PAGE);
            assertThat(read.status()).as(user).isEqualTo(403);
            assertThat(read.body()).contains("Only an administrator can open the administration pages.")
                    .doesNotContain("statusText").doesNotContain("Exception");

            // an upload with the administrator's page state, and a poll of the progress: refused before the page
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("importForm", "importForm");
            fields.put("importForm:import", "Import");
            fields.put("jakarta.faces.ViewState", PageSession.viewState(adminView));
            fields.put("primefaces.nonce", PageSession.nonce(adminView));
            PageSession.Page write = session.postMultipart(PAGE, fields, "importForm:file", "mine.csv",
                    ("given_names,family_name,date_of_birth\nEve," + Journeys.randomName() + ",2017-01-01\n")
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(write.status()).as(user).isEqualTo(403);
            assertThat(write.body()).contains("Only an administrator").doesNotContain("Exception");

            Map<String, String> poll = new LinkedHashMap<>();
            poll.put("jakarta.faces.partial.ajax", "true");
            poll.put("jakarta.faces.source", "pollForm:poll");
            poll.put("jakarta.faces.partial.execute", "pollForm:poll");
            poll.put("jakarta.faces.partial.render", "statusText reportPanel");
            poll.put("pollForm:poll", "pollForm:poll");
            poll.put("pollForm", "pollForm");
            poll.put("jakarta.faces.ViewState", PageSession.viewState(adminView));
            poll.put("primefaces.nonce", PageSession.nonce(adminView));
            PageSession.Page progress = session.postForm(PAGE, poll);
            assertThat(progress.status()).as(user).isEqualTo(403);
            assertThat(progress.body()).doesNotContain("rows read").doesNotContain("withinCount");

            List<JsonObject> denied = Poll.until(() -> {
                List<JsonObject> found = latestEvents().stream().filter(e -> e.getString("actor").equals(user)
                        && e.getString("action").startsWith("page.") && e.getString("action").endsWith(PAGE)).toList();
                return found.size() >= 3 ? found : null;
            });
            assertThat(denied).allSatisfy(e -> {
                assertThat(e.getString("outcome")).isEqualTo("DENIED");
                assertThat(e.getString("detail")).isEqualTo("NOT_AN_ADMINISTRATOR");
            });
            assertThat(denied.stream().map(e -> e.getString("action"))).contains("page.get " + PAGE,
                    "page.post " + PAGE);
        }
        assertThat(number(adminPage.get(PAGE).body())).isEqualTo(before);
    }
}
