package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Family copies through the API, read back from the PDFs: the mother's health and money answers and her GP action are
 * in her own copy, not in the copy for the father who does not live with the child, and reach his once she consents
 * to share with him; the cover and the body tell one story (the live plan's actions once, the next review date, the
 * lead professional); a team lead's return and approval comments are in no copy; the preview says what a recipient
 * would receive without issuing anything; a copy can be issued with answers held back, each with a reason, which
 * the disclosure log keeps; every copy's file name names the case, the kind, the recipient and the day.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CopiesFamiliesIT {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String MOTHERS_HEALTH = "sees her GP about low mood";
    private static final String REDUNDANCY = "was made redundant in August";
    private static final String ARREARS = "rent arrears of 900 pounds";
    private static final String RETURN_COMMENT = "Internal: the team lead wants the evidence tightened";
    private static final String APPROVAL_COMMENT = "Internal: approved, keep an eye on the mother";
    private static final List<String> LIVE_ACTIONS = List.of("Live plan: young carers referral",
            "Live plan: after-school club place", "Live plan: benefits check", "Live plan: weekly tutor check-in");

    private EcafServer server;
    private Api aisha;
    private Api lead;
    private long caseId;
    private long mother;
    private long father;
    private String motherName;
    private String fatherName;
    private String gpAction;
    private long health;
    private LocalDate review;

    @BeforeAll
    void anApprovedCaseWithALivePlanForAChildWhoseFatherLivesElsewhere(EcafServer server) {
        this.server = server;
        aisha = Api.as(server, "practitioner1");
        lead = Api.as(server, "teamlead1");
        health = Journeys.agencyId(aisha, "NBH-CHS");
        long child = Journeys.registerChild(aisha, 12, false).getJsonNumber("id").longValue();
        motherName = "Lan " + Journeys.randomName();
        fatherName = "Minh " + Journeys.randomName();
        mother = Journeys.addParent(aisha, child, motherName, true, true).getJsonNumber("id").longValue();
        father = expect(aisha.post("/api/v1/children/" + child + "/family-members", Json.createObjectBuilder()
                .add("name", fatherName).add("relationship", "FATHER").add("parentalResponsibility", true)
                .add("livesWithChild", false).build()), 201).json().getJsonNumber("id").longValue();
        caseId = Journeys.openCase(aisha, child).getJsonNumber("id").longValue();
        Journeys.consent(aisha, caseId, mother, new long[] {health}, new long[0]);
        gpAction = motherName + " to book a GP appointment about her low mood";
        JsonArrayBuilder actions = Json.createArrayBuilder(Journeys.completeAnswers().getJsonArray("actions"))
                .add(Json.createObjectBuilder().add("what", gpAction).add("who", motherName)
                        .add("by_when", LocalDate.now(Journeys.LONDON).plusDays(14).toString()));
        JsonObject answers = Json.createObjectBuilder(Journeys.completeAnswers())
                .add("basic_care_safety", "Ms " + motherName + " " + MOTHERS_HEALTH + ".")
                .add("employment_finances", "Ms " + motherName + " " + REDUNDANCY + ".")
                .add("housing", "The family have " + ARREARS + ".")
                .add("actions", actions).build();
        expect(Journeys.save(aisha, caseId, null, answers), 200);
        Journeys.childSeen(aisha, caseId);
        expect(aisha.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        expect(lead.post("/api/v1/cases/" + caseId + "/assessment/return",
                Json.createObjectBuilder().add("comment", RETURN_COMMENT).build()), 200);
        expect(aisha.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", APPROVAL_COMMENT).build()), 200);
        expect(lead.put("/api/v1/cases/" + caseId + "/lead-professional", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(lead, "practitioner1")).build(), Map.of()), 200);
        for (int i = 0; i < LIVE_ACTIONS.size(); i++) {
            expect(aisha.post("/api/v1/cases/" + caseId + "/actions", Json.createObjectBuilder()
                    .add("what", LIVE_ACTIONS.get(i)).add("who", "Aisha Khan")
                    .add("byWhen", LocalDate.now(Journeys.LONDON).plusDays(7 + i).toString()).build()), 201);
        }
        expect(aisha.post("/api/v1/cases/" + caseId + "/actions", Json.createObjectBuilder()
                .add("what", gpAction).add("who", motherName)
                .add("byWhen", LocalDate.now(Journeys.LONDON).plusDays(30).toString()).build()), 201);
        review = LocalDate.now(Journeys.LONDON).plusWeeks(6);
        expect(lead.put("/api/v1/cases/" + caseId + "/review-date", Json.createObjectBuilder()
                .add("reviewDate", review.toString()).build(), Map.of()), 200);
    }

    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Path dir = EcafServer.TARGET.resolve("copies");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
    }

    private Api.Answer familyCopy(long member) {
        return expect(aisha.get("/api/v1/cases/" + caseId + "/copies/family.pdf?recipient=" + member), 200);
    }

    private int disclosures() {
        return expect(aisha.get("/api/v1/cases/" + caseId + "/disclosures"), 200).array().size();
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    @Order(1)
    void theMothersHealthAndMoneyAreInHerCopyButNotTheFathersUntilSheConsentsToShareWithHim() throws Exception {
        byte[] forFather = familyCopy(father).bytes();
        save("family-copy-father-before-consent", forFather);
        assertThat(text(forFather)).doesNotContain(MOTHERS_HEALTH).doesNotContain(REDUNDANCY).doesNotContain(ARREARS)
                .doesNotContain("GP appointment").contains("Live plan: young carers referral")
                .contains("Information that belongs to another member of your family is only included if they have "
                        + "agreed to share it with you.");

        byte[] forMother = familyCopy(mother).bytes();
        save("family-copy-mother", forMother);
        assertThat(text(forMother)).contains(MOTHERS_HEALTH, REDUNDANCY, ARREARS, gpAction);

        expect(aisha.post("/api/v1/cases/" + caseId + "/consents", Json.createObjectBuilder()
                .add("givenBy", "FAMILY_MEMBER").add("familyMemberId", mother)
                .add("givenOn", LocalDate.now(Journeys.LONDON).toString())
                .add("scopes", Json.createArrayBuilder().add("SHARE"))
                .add("familyMemberIds", Json.createArrayBuilder().add(father))
                .add("evidence", "Told us by phone and signed at the next visit").build()), 201);
        byte[] afterConsent = familyCopy(father).bytes();
        save("family-copy-father-after-consent", afterConsent);
        assertThat(text(afterConsent)).contains(MOTHERS_HEALTH, REDUNDANCY, ARREARS, gpAction);
    }

    @Test
    @Order(2)
    void theCoverAndTheBodyAgreeAndTheLivePlansActionsArePrintedOnce() throws Exception {
        Api.Answer copy = familyCopy(mother);
        String text = text(copy.bytes());
        assertThat(text).contains("We will meet again to see how things are going on " + UK.format(review))
                .doesNotContain("22/01/2027") // the assessment's own first review date
                .contains("Your lead professional is");
        for (String action : LIVE_ACTIONS) {
            assertThat(occurrences(text, action)).as(action).isEqualTo(1);
        }
        // the assessment's own actions are replaced by the live plan's
        assertThat(text).doesNotContain("Refer Zoë to the Northbridge Young Carers project");
        assertThat(occurrences(text, "What we agreed to do")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void noCopyHoldsTheTeamLeadsReturnOrApprovalComments() throws Exception {
        Api.Answer agency = expect(aisha.get("/api/v1/cases/" + caseId + "/copies/agency.pdf?agency=" + health), 200);
        save("agency-copy-after-return", agency.bytes());
        String text = text(agency.bytes());
        assertThat(text).contains("Approval", "Returned", "Approved", "Delivery plan", UK.format(review))
                .doesNotContain("the evidence tightened").doesNotContain("keep an eye on the mother");
        assertThat(occurrences(text, "Live plan: benefits check")).isEqualTo(1);
        assertThat(text(familyCopy(mother).bytes())).doesNotContain("evidence tightened").doesNotContain("keep an eye");
    }

    @Test
    @Order(4)
    void thePreviewSaysWhatTheRecipientWillReceiveAndIssuesNothing() {
        int before = disclosures();
        JsonObject preview = expect(aisha.get("/api/v1/cases/" + caseId + "/copies/preview?recipient=" + mother), 200)
                .json();
        assertThat(preview.getBoolean("allowed")).isTrue();
        assertThat(preview.getString("recipientName")).isEqualTo(motherName);
        assertThat(preview.getString("fileName")).matches("CAF-\\d{4}-\\d{6}-family-copy-lan-[a-z0-9-]+-"
                + LocalDate.now(Journeys.LONDON) + "\\.pdf");
        assertThat(preview.getJsonArray("sections").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList()).isNotEmpty();
        List<String> included = items(preview.getJsonArray("included"));
        assertThat(included).contains("child_views", "housing", "actions#1");
        List<String> leftOut = items(preview.getJsonArray("leftOut"));
        assertThat(leftOut).contains("concerns_about_harm", "parents_carers");
        assertThat(disclosures()).as("a preview is not a disclosure").isEqualTo(before);

        JsonObject agency = expect(aisha.get("/api/v1/cases/" + caseId + "/copies/preview?agency="
                + Journeys.agencyId(aisha, "NBC-EH")), 200).json();
        assertThat(agency.getBoolean("allowed")).isFalse();
        assertThat(agency.getString("refusalCode")).isEqualTo("RECIPIENT_NOT_COVERED");
        assertThat(disclosures()).as("nor is a refused preview").isEqualTo(before);

        assertThat(Api.as(server, "practitioner3").get("/api/v1/cases/" + caseId + "/copies/preview?recipient="
                + mother).status()).isEqualTo(404);
        Api.Answer nobody = aisha.get("/api/v1/cases/" + caseId + "/copies/preview");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.json().getString("code")).isNotBlank();
    }

    private static List<String> items(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).map(o -> o.getString("item")).toList();
    }

    @Test
    @Order(5)
    void aCopyIssuedWithAnswersHeldBackLeavesThemOutAndTheLogKeepsWhatAndWhy() {
        int before = disclosures();
        Api.Answer tooShort = aisha.post("/api/v1/cases/" + caseId + "/copies", Json.createObjectBuilder()
                .add("recipient", mother).add("withheld", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("item", "child_views").add("reason", "short"))
                        .add(Json.createObjectBuilder().add("item", "no_such_answer").add("reason", "A long enough reason")))
                .build());
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.header("content-type")).startsWith("application/problem+json");
        assertThat(tooShort.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("target")).toList())
                .containsExactly("withheld[0].reason", "withheld[1].item");
        assertThat(disclosures()).as("bad input changes nothing").isEqualTo(before);

        String childViews = Journeys.completeAnswers().getString("child_views").substring(0, 30);
        assertThat(text(familyCopy(mother).bytes())).contains(childViews);
        Api.Answer copy = aisha.post("/api/v1/cases/" + caseId + "/copies", Json.createObjectBuilder()
                .add("recipient", mother).add("withheld", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("item", "child_views")
                                .add("reason", "Zoë asked to tell her mother herself"))
                        .add(Json.createObjectBuilder().add("item", "actions#2")
                                .add("reason", "The club place is not confirmed yet")))
                .build());
        assertThat(copy.status()).as(copy.toString()).isEqualTo(200);
        assertThat(copy.header("content-disposition")).matches("attachment; filename=\"CAF-\\d{4}-\\d{6}-family-copy-"
                + "lan-[a-z0-9-]+-" + LocalDate.now(Journeys.LONDON) + "\\.pdf\"");
        String text = text(copy.bytes());
        assertThat(text).doesNotContain(childViews).doesNotContain(LIVE_ACTIONS.get(1))
                .contains(LIVE_ACTIONS.get(0)).contains("Some information has been held back from this copy.");

        JsonObject logged = expect(aisha.get("/api/v1/cases/" + caseId + "/disclosures"), 200).array()
                .getJsonObject(0);
        assertThat(logged.getString("recipientName")).isEqualTo(motherName);
        assertThat(logged.getJsonArray("withheld").stream().map(JsonValue::asJsonObject)
                .map(w -> w.getString("item") + ": " + w.getString("reason")).toList())
                .containsExactly("child_views: Zoë asked to tell her mother herself",
                        "actions#2: The club place is not confirmed yet");

        Api.Answer agency = expect(aisha.get("/api/v1/cases/" + caseId + "/copies/agency.pdf?agency=" + health), 200);
        assertThat(agency.header("content-disposition")).contains("-agency-copy-northbridge-community-health-nhs-trust-"
                + LocalDate.now(Journeys.LONDON) + ".pdf");
        Api.Answer forFather = familyCopy(father);
        assertThat(forFather.header("content-disposition")).contains("-family-copy-minh-")
                .doesNotContain(copy.header("content-disposition").replaceAll(".*filename=", ""));
    }
}
