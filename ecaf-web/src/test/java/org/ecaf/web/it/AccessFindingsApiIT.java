package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacks of issue 10, each run as an attacker with a demo account of another team would run it, against the
 * real server: every one is refused, changes nothing and is in the audit log.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessFindingsApiIT {

    private EcafServer server;
    private Api aisha;      // practitioner1, team A
    private Api tom;        // practitioner2, team A
    private Api siobhan;    // practitioner3, team B: the attacker
    private Api lucja;      // teamlead2, team B
    private Api grace;      // teamlead1, team A
    private Api admin;

    @BeforeAll
    void accounts(EcafServer server) {
        this.server = server;
        aisha = Api.as(server, "practitioner1");
        tom = Api.as(server, "practitioner2");
        siobhan = Api.as(server, "practitioner3");
        lucja = Api.as(server, "teamlead2");
        grace = Api.as(server, "teamlead1");
        admin = Api.as(server, "admin");
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** A child of team A with a mother (phone and e-mail) and an open case; shielded or not. */
    private Fixture teamAChild(boolean shielded, boolean openCase) {
        JsonObject child = Journeys.registerChild(aisha, 9, shielded);
        long childId = id(child);
        JsonObject mother = expect(aisha.post("/api/v1/children/" + childId + "/family-members", Json.createObjectBuilder()
                .add("name", "Mother " + Journeys.randomName()).add("relationship", "MOTHER")
                .add("parentalResponsibility", true).add("livesWithChild", true).add("phone", "07700 900123")
                .add("email", "mother." + childId + "@example.org").build()), 201).json();
        Long caseId = openCase ? id(Journeys.openCase(aisha, childId)) : null;
        return new Fixture(childId, caseId, child.getString("address"), child.getString("postcode"), id(mother),
                "07700 900123", "mother." + childId + "@example.org");
    }

    private record Fixture(long childId, Long caseId, String address, String postcode, long motherId, String phone,
                           String email) {
        void assertNotIn(String body) {
            assertThat(body).doesNotContain(address).doesNotContain(phone).doesNotContain(email);
        }
    }

    /** The audit events about one record, as the administrator reads them. */
    private List<JsonObject> audit(String recordType, Object recordId) {
        return expect(admin.get("/api/v1/audit?recordType=" + recordType + "&recordId=" + recordId + "&limit=500"), 200)
                .array().stream().map(JsonValue::asJsonObject).toList();
    }

    private boolean audited(String recordType, Object recordId, String actor, String action, String... outcomes) {
        return audit(recordType, recordId).stream().anyMatch(e -> e.getString("actor").equals(actor)
                && e.getString("action").equals(action) && List.of(outcomes).contains(e.getString("outcome")));
    }

    // ---------------------------------------------------------------- finding 1

    @Test
    void finding1_anotherTeamCannotOpenACaseOnAShieldedChildNorReadItsAddress() {
        Fixture withCase = teamAChild(true, true);
        Fixture withoutCase = teamAChild(true, false);

        Api.Answer open = siobhan.post("/api/v1/cases", Json.createObjectBuilder().add("childId", withCase.childId()).build());
        assertThat(open.status()).as(open.toString()).isEqualTo(403);
        assertThat(open.json().getString("code")).isEqualTo("NOT_INVOLVED");
        withCase.assertNotIn(open.body());
        assertThat(open.body()).doesNotContain(withCase.postcode());

        Api.Answer openUncased = siobhan.post("/api/v1/cases", Json.createObjectBuilder()
                .add("childId", withoutCase.childId()).build());
        assertThat(openUncased.status()).as(openUncased.toString()).isEqualTo(403);
        assertThat(openUncased.json().getString("code")).isEqualTo("NOT_INVOLVED");
        withoutCase.assertNotIn(openUncased.body());

        for (Api attacker : List.of(siobhan, lucja)) {
            for (long child : new long[] {withCase.childId(), withoutCase.childId()}) {
                assertThat(attacker.get("/api/v1/children/" + child).status()).isEqualTo(404);
                assertThat(attacker.get("/api/v1/children/" + child + "/family-members").status()).isEqualTo(404);
            }
            Api.Answer caseRead = attacker.get("/api/v1/cases/" + withCase.caseId());
            assertThat(caseRead.status()).isEqualTo(404);
            withCase.assertNotIn(caseRead.body());
        }
        assertThat(expect(siobhan.get("/api/v1/cases?mine=true"), 200).body()).doesNotContain(withCase.address());
        assertThat(audited("child", withCase.childId(), "practitioner3", "case.open", "DENIED")).isTrue();
        assertThat(audited("child", withoutCase.childId(), "practitioner3", "case.open", "DENIED")).isTrue();
    }

    // ---------------------------------------------------------------- finding 2

    @Test
    void finding2_anotherTeamCannotAddCorrectOrEndAFamilyMemberNorChangeTheChild() {
        Fixture child = teamAChild(false, true);
        JsonObject planted = Json.createObjectBuilder().add("name", "Planted Father").add("relationship", "FATHER")
                .add("parentalResponsibility", true).add("livesWithChild", false).add("phone", "07700 999999")
                .add("email", "attacker@example.org").build();

        for (Api attacker : List.of(siobhan, lucja)) {
            assertThat(attacker.post("/api/v1/children/" + child.childId() + "/family-members", planted).status())
                    .isEqualTo(404);
            assertThat(attacker.put("/api/v1/children/" + child.childId() + "/family-members/" + child.motherId(),
                    planted, Map.of()).status()).isEqualTo(404);
            assertThat(attacker.post("/api/v1/children/" + child.childId() + "/family-members/" + child.motherId()
                    + "/ending", Json.createObjectBuilder().add("endedOn", LocalDate.now(Journeys.LONDON).toString())
                    .add("reason", "moved").build()).status()).isEqualTo(404);
            assertThat(attacker.put("/api/v1/children/" + child.childId(), Json.createObjectBuilder()
                    .add("givenNames", "Changed").add("familyName", "Name").add("dateOfBirth", "2017-01-01")
                    .add("shielded", false).build(), Map.of()).status()).isEqualTo(404);
        }

        List<JsonObject> family = expect(aisha.get("/api/v1/children/" + child.childId() + "/family-members"), 200)
                .array().stream().map(JsonValue::asJsonObject).toList();
        assertThat(family).hasSize(1);
        assertThat(family.get(0).isNull("endedOn")).isTrue();
        assertThat(family.get(0).getString("phone")).isEqualTo(child.phone());
        String timeline = expect(aisha.get("/api/v1/cases/" + child.caseId()), 200).json().getJsonArray("timeline").toString();
        assertThat(timeline).doesNotContain("Planted").doesNotContain("Changed");
        assertThat(audited("child", child.childId(), "practitioner3", "child.family-member.add", "REFUSED", "DENIED"))
                .isTrue();
    }

    @Test
    void finding2_whoAddsOrCorrectsAFamilyMemberIsRecordedAndDatedOnTheTimeline() {
        Fixture child = teamAChild(false, true);

        JsonObject father = expect(tom.post("/api/v1/children/" + child.childId() + "/family-members",
                Json.createObjectBuilder().add("name", "Dan Father").add("relationship", "FATHER")
                        .add("parentalResponsibility", true).add("livesWithChild", false).build()), 201).json();
        assertThat(father.getString("addedBy")).isEqualTo("Tom Evans");
        expect(aisha.put("/api/v1/children/" + child.childId() + "/family-members/" + id(father),
                Json.createObjectBuilder().add("name", "Daniel Father").add("relationship", "FATHER")
                        .add("parentalResponsibility", true).add("livesWithChild", false).add("phone", "0300 000000")
                        .build(), Map.of()), 200);
        JsonObject ended = expect(aisha.post("/api/v1/children/" + child.childId() + "/family-members/" + id(father)
                + "/ending", Json.createObjectBuilder().add("endedOn", LocalDate.now(Journeys.LONDON).toString())
                .add("reason", "Recorded in error: not the child's father").build()), 200).json();

        assertThat(ended.getString("endedReason")).startsWith("Recorded in error");
        List<String> timeline = expect(aisha.get("/api/v1/cases/" + child.caseId()), 200).json()
                .getJsonArray("timeline").stream().map(e -> e.asJsonObject().getString("summary")).toList();
        assertThat(timeline).anyMatch(s -> s.startsWith("Family member added by Tom Evans: Dan Father"))
                .anyMatch(s -> s.startsWith("Family member Daniel Father corrected by Aisha Khan: name, phone"))
                .anyMatch(s -> s.startsWith("Family member Daniel Father ended by Aisha Khan"));
        List<JsonObject> changes = expect(aisha.get("/api/v1/children/" + child.childId() + "/changes"), 200).array()
                .stream().map(JsonValue::asJsonObject).toList();
        JsonObject correction = changes.stream().filter(c -> c.getString("kind").equals("FAMILY_MEMBER_CORRECTED"))
                .findFirst().orElseThrow();
        assertThat(correction.getJsonObject("before").getString("name")).isEqualTo("Dan Father");
        assertThat(correction.getJsonObject("after").getString("name")).isEqualTo("Daniel Father");
        Api.Answer copy = aisha.get("/api/v1/cases/" + child.caseId() + "/copies/family.pdf?recipient=" + id(father));
        assertThat(copy.status()).isNotEqualTo(200);
    }

    // ---------------------------------------------------------------- finding 3

    @Test
    void finding3_searchShowsAnotherTeamEnoughToRecogniseAChildNeverAnAddressOrAContact() {
        Fixture child = teamAChild(false, true);
        String name = expect(aisha.get("/api/v1/children/" + child.childId()), 200).json().getString("familyName");

        Api.Answer found = expect(siobhan.get("/api/v1/children?query=" + name), 200);
        JsonObject hit = found.array().stream().map(JsonValue::asJsonObject)
                .filter(c -> id(c) == child.childId()).findFirst().orElseThrow();
        assertThat(hit.getBoolean("restricted")).isTrue();
        assertThat(hit.getString("dateOfBirth")).isNotEmpty();
        assertThat(hit.getJsonObject("holding").getBoolean("openCase")).isTrue();
        assertThat(hit.getJsonObject("holding").getString("team")).contains("Early Help Team North");
        assertThat(hit.isNull("address")).isTrue();
        assertThat(hit.isNull("postcode")).isTrue();
        assertThat(hit.isNull("shielded")).isTrue();
        child.assertNotIn(found.body());

        assertThat(siobhan.get("/api/v1/children/" + child.childId()).status()).isEqualTo(404);
        assertThat(siobhan.get("/api/v1/children/" + child.childId() + "/family-members").status()).isEqualTo(404);
    }

    @Test
    void finding3_wildcardsAreLiteralAndANameNeedsTwoLetters() {
        Api.Answer percent = siobhan.get("/api/v1/children?query=" + URLEncoder.encode("%a", StandardCharsets.UTF_8));
        assertThat(percent.status()).isEqualTo(422);
        assertThat(percent.json().getString("code")).isEqualTo("INVALID_INPUT");
        assertThat(percent.body()).contains("TOO_SHORT");

        Api.Answer wild = expect(siobhan.get("/api/v1/children?query=" + URLEncoder.encode("%%ab%%", StandardCharsets.UTF_8)),
                200);
        assertThat(wild.array()).isEmpty();
        Api.Answer underscore = expect(siobhan.get("/api/v1/children?query=" + URLEncoder.encode("__", StandardCharsets.UTF_8)
                + "&dateOfBirth=2015-01-01"), 422);
        assertThat(underscore.body()).contains("TOO_SHORT");
    }

    // ---------------------------------------------------------------- finding 4

    @Test
    void finding4_aSecondCafIsRefusedNamingTheHoldingTeamAndTheWaysForward() {
        Fixture child = teamAChild(false, true);
        int before = expect(lucja.get("/api/v1/cases?team=true"), 200).array().size();

        Api.Answer second = lucja.post("/api/v1/cases", Json.createObjectBuilder().add("childId", child.childId()).build());

        assertThat(second.status()).isEqualTo(409);
        JsonObject problem = second.json();
        assertThat(problem.getString("code")).isEqualTo("CASE_ALREADY_OPEN");
        assertThat(problem.getString("holdingTeam")).isEqualTo("Early Help Team North");
        assertThat(problem.getBoolean("yourTeam")).isFalse();
        assertThat(problem.getString("askToJoin")).isEqualTo("/api/v1/children/" + child.childId() + "/case-requests");
        assertThat(problem.getString("detail")).contains("Early Help Team North").contains("join")
                .contains("transferred");
        assertThat(expect(lucja.get("/api/v1/cases?team=true"), 200).array().size()).isEqualTo(before);
        Api.Answer own = grace.post("/api/v1/cases", Json.createObjectBuilder().add("childId", child.childId()).build());
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().getBoolean("yourTeam")).isTrue();
    }

    // ---------------------------------------------------------------- finding 5

    @Test
    void finding5_aWrongJsonTypeOrAnUnknownFieldIsA422NamingItAndRegistersNothing() {
        String name = Journeys.randomName();
        Map<String, JsonObject> attempts = Map.of(
                "shielded", Json.createObjectBuilder().add("givenNames", name).add("familyName", "Typed")
                        .add("dateOfBirth", "2016-02-03").add("shielded", "yes").build(),
                "givenNames", Json.createObjectBuilder().add("givenNames", 123).add("familyName", name)
                        .add("dateOfBirth", "2016-02-03").add("shielded", true).build(),
                "sheilded", Json.createObjectBuilder().add("givenNames", name).add("familyName", "Typed")
                        .add("dateOfBirth", "2016-02-03").add("sheilded", true).build(),
                "dateOfBirth", Json.createObjectBuilder().add("givenNames", name).add("familyName", "Typed")
                        .add("dateOfBirth", 20160203).build());
        for (Map.Entry<String, JsonObject> attempt : attempts.entrySet()) {
            Api.Answer answer = aisha.post("/api/v1/children", attempt.getValue());
            assertThat(answer.status()).as(attempt.getKey() + ": " + answer).isEqualTo(422);
            assertThat(answer.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("target")))
                    .as(attempt.getKey()).contains(attempt.getKey());
        }
        assertThat(expect(aisha.get("/api/v1/children?query=" + name), 200).array()).isEmpty();
        // refused before any use case ran, and audited all the same
        List<JsonObject> latest = expect(admin.get("/api/v1/audit?limit=500"), 200).array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(latest.stream().filter(e -> e.getString("actor").equals("practitioner1")
                && e.getString("action").equals("api.post children") && e.getString("outcome").equals("REFUSED")))
                .hasSizeGreaterThanOrEqualTo(attempts.size());
    }

    @Test
    void finding5_namesRefuseNulBytesDirectionOverridesAndInvisibleCharacters() {
        for (String bad : List.of("Ali\u0000ce", "Ali\u202Ece", "Ali\u200Bce", "\uFEFFAlice", "Ali\u2066ce")) {
            Api.Answer answer = aisha.post("/api/v1/children", Json.createObjectBuilder().add("givenNames", bad)
                    .add("familyName", "Example").add("dateOfBirth", "2016-02-03").build());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
            assertThat(answer.body()).contains("INVALID_CHARACTERS");
        }
        // a Persian name with a zero-width non-joiner is a real name
        Api.Answer persian = aisha.post("/api/v1/children", Json.createObjectBuilder().add("givenNames", "نیلوفر")
                .add("familyName", "می\u200Cخواهم").add("dateOfBirth", "2016-02-03")
                .add("notDuplicateReason", "Test fixture: a distinct child").build());
        assertThat(persian.status()).as(persian.toString()).isEqualTo(201);
    }

    // ---------------------------------------------------------------- finding 6

    @Test
    void finding6_outsidersGetTheSame404WhetherARecordExistsIsShieldedOrNot() {
        Fixture ordinary = teamAChild(false, true);
        Fixture shielded = teamAChild(true, true);
        long missing = 999_999_999L;

        for (String path : List.of("/api/v1/cases/%d", "/api/v1/cases/%d/assessment", "/api/v1/cases/%d/disclosures")) {
            Api.Answer a = siobhan.get(String.format(path, ordinary.caseId()));
            Api.Answer b = siobhan.get(String.format(path, shielded.caseId()));
            Api.Answer c = siobhan.get(String.format(path, missing));
            for (Api.Answer answer : List.of(a, b, c)) {
                assertThat(answer.status()).as(path + " " + answer).isEqualTo(404);
                assertThat(answer.json().getString("code")).isEqualTo("NOT_FOUND");
                assertThat(answer.body()).doesNotContain("SHIELDED").doesNotContain("shielded");
            }
        }
        for (long child : new long[] {ordinary.childId(), shielded.childId(), missing}) {
            Api.Answer answer = siobhan.get("/api/v1/children/" + child);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().getString("code")).isEqualTo("NOT_FOUND");
        }
        Api.Answer adminExisting = admin.get("/api/v1/cases/" + ordinary.caseId());
        Api.Answer adminMissing = admin.get("/api/v1/cases/" + missing);
        assertThat(adminExisting.status()).isEqualTo(403);
        assertThat(adminMissing.status()).isEqualTo(403);
        assertThat(adminExisting.json().getString("code")).isEqualTo(adminMissing.json().getString("code"));
    }

    @Test
    void finding6_anAgencyCopyOfAShieldedChildNeverPrintsTheAddress() {
        long agency = Journeys.agencyId(aisha, "NBH-CHS");
        Fixture child = teamAChild(true, true);
        Journeys.consent(aisha, child.caseId(), child.motherId(), new long[] {agency}, new long[0]);
        expect(Journeys.save(aisha, child.caseId(), null, Journeys.completeAnswers()), 200);
        Journeys.childSeen(aisha, child.caseId());
        expect(aisha.post("/api/v1/cases/" + child.caseId() + "/assessment/submission", null), 200);

        Api.Answer copy = expect(aisha.get("/api/v1/cases/" + child.caseId() + "/copies/agency.pdf?agency=" + agency), 200);

        String text = text(copy.bytes());
        assertThat(text).doesNotContain(child.address().replaceAll("\\s+", " ")).doesNotContain(child.postcode());
        assertThat(text).contains("address is not included");
    }

    // ---------------------------------------------------------------- finding 9

    @Test
    void finding9_withdrawingConsentToRecordEndsTheGiversOtherConsentsAndStopsRecordingAndSharing() {
        long agency = Journeys.agencyId(aisha, "NBH-CHS");
        Fixture child = teamAChild(false, true);
        long caseId = child.caseId();
        String today = LocalDate.now(Journeys.LONDON).toString();
        JsonObject toRecord = expect(aisha.post("/api/v1/cases/" + caseId + "/consents", Json.createObjectBuilder()
                .add("givenBy", "FAMILY_MEMBER").add("familyMemberId", child.motherId()).add("givenOn", today)
                .add("scopes", Json.createArrayBuilder().add("RECORD")).add("evidence", "Signed").build()), 201).json();
        JsonObject toShare = expect(aisha.post("/api/v1/cases/" + caseId + "/consents", Json.createObjectBuilder()
                .add("givenBy", "FAMILY_MEMBER").add("familyMemberId", child.motherId()).add("givenOn", today)
                .add("scopes", Json.createArrayBuilder().add("SHARE")).add("agencyIds", Json.createArrayBuilder().add(agency))
                .add("familyMemberIds", Json.createArrayBuilder().add(child.motherId()))
                .add("evidence", "Signed").build()), 201).json();
        expect(Journeys.save(aisha, caseId, null, Journeys.completeAnswers()), 200);
        Journeys.childSeen(aisha, caseId);
        expect(aisha.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);

        expect(aisha.post("/api/v1/cases/" + caseId + "/consents/" + id(toRecord) + "/withdrawal",
                Json.createObjectBuilder().add("withdrawnOn", today).add("reason", "Mother withdrew").build()), 200);

        JsonObject view = expect(aisha.get("/api/v1/cases/" + caseId), 200).json();
        JsonObject share = view.getJsonArray("consents").stream().map(JsonValue::asJsonObject)
                .filter(k -> id(k) == id(toShare)).findFirst().orElseThrow();
        assertThat(share.getBoolean("inForce")).isFalse();
        Api.Answer agencyCopy = aisha.get("/api/v1/cases/" + caseId + "/copies/agency.pdf?agency=" + agency);
        Api.Answer familyCopy = aisha.get("/api/v1/cases/" + caseId + "/copies/family.pdf?recipient=" + child.motherId());
        assertThat(agencyCopy.status()).isEqualTo(403);
        assertThat(agencyCopy.json().getString("code")).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(familyCopy.json().getString("code")).isEqualTo("CONSENT_WITHDRAWN");
        Api.Answer reviewDate = aisha.put("/api/v1/cases/" + caseId + "/review-date", Json.createObjectBuilder()
                .add("reviewDate", LocalDate.now(Journeys.LONDON).plusWeeks(6).toString()).build(), Map.of());
        assertThat(reviewDate.status()).isEqualTo(409);
        assertThat(reviewDate.body()).contains("CONSENT_WITHDRAWN");
        Api.Answer action = aisha.post("/api/v1/cases/" + caseId + "/actions", Json.createObjectBuilder()
                .add("what", "Visit").add("who", "Aisha").add("byWhen", LocalDate.now(Journeys.LONDON).plusDays(7).toString())
                .build());
        assertThat(action.status()).isEqualTo(409);
    }

    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
