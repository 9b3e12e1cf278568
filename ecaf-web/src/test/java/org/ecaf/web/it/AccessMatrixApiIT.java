package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who sees which case, as a matrix: each role against a case of their own team, a shielded child in their team,
 * another team's case, and another team's case they are in the Team Around the Child for. Outside a case's reach the
 * answer is the 404 of a case that does not exist (an administrator: 403 whatever the case); every denial is an audit
 * event; a restricted view never contains the child's address.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixApiIT {

    private long teamACase;
    private long teamAShieldedCase;
    private long shieldedChild;
    private String shieldedAddress;
    private long teamBCase;
    private long teamBCaseWithAishaInTac;
    private EcafServer server;

    @BeforeAll
    void cases(EcafServer server) {
        this.server = server;
        Api aisha = Api.as(server, "practitioner1");
        Api siobhan = Api.as(server, "practitioner3");
        Api lucja = Api.as(server, "teamlead2");
        teamACase = Journeys.openCase(aisha, id(Journeys.registerChild(aisha, 8, false))).getJsonNumber("id").longValue();
        JsonObject shielded = Journeys.registerChild(aisha, 12, true);
        shieldedChild = id(shielded);
        shieldedAddress = shielded.getString("address");
        teamAShieldedCase = Journeys.openCase(aisha, shieldedChild).getJsonNumber("id").longValue();
        teamBCase = Journeys.openCase(siobhan, id(Journeys.registerChild(siobhan, 6, false))).getJsonNumber("id").longValue();
        teamBCaseWithAishaInTac = Journeys.openCase(siobhan, id(Journeys.registerChild(siobhan, 14, false)))
                .getJsonNumber("id").longValue();
        expect(lucja.post("/api/v1/cases/" + teamBCaseWithAishaInTac + "/team-members", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(lucja, "practitioner1"))
                .add("role", "Family support worker").build()), 201);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** user, case, expected: FULL, RESTRICTED or DENIED. */
    Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("practitioner1", "team A case", "FULL"),
                Arguments.of("practitioner1", "team A shielded case", "FULL"),
                Arguments.of("practitioner1", "team B case", "DENIED"),
                Arguments.of("practitioner1", "team B case with practitioner1 in the TAC", "FULL"),
                Arguments.of("practitioner2", "team A case", "FULL"),
                Arguments.of("practitioner2", "team A shielded case", "RESTRICTED"),
                Arguments.of("practitioner2", "team B case", "DENIED"),
                Arguments.of("practitioner2", "team B case with practitioner1 in the TAC", "DENIED"),
                Arguments.of("practitioner3", "team A case", "DENIED"),
                Arguments.of("practitioner3", "team A shielded case", "DENIED"),
                Arguments.of("practitioner3", "team B case", "FULL"),
                Arguments.of("teamlead1", "team A case", "FULL"),
                Arguments.of("teamlead1", "team A shielded case", "FULL"),
                Arguments.of("teamlead1", "team B case", "DENIED"),
                Arguments.of("teamlead2", "team A shielded case", "DENIED"),
                Arguments.of("teamlead2", "team B case", "FULL"),
                Arguments.of("admin", "team A case", "DENIED"),
                Arguments.of("admin", "team A shielded case", "DENIED"),
                Arguments.of("admin", "team B case", "DENIED"));
    }

    private long caseNamed(String name) {
        return switch (name) {
            case "team A case" -> teamACase;
            case "team A shielded case" -> teamAShieldedCase;
            case "team B case" -> teamBCase;
            default -> teamBCaseWithAishaInTac;
        };
    }

    @ParameterizedTest(name = "{0} reading the {1}: {2}")
    @MethodSource("matrix")
    void readingACase(String user, String caseName, String expected) {
        long caseId = caseNamed(caseName);
        Api.Answer answer = Api.as(server, user).get("/api/v1/cases/" + caseId);
        switch (expected) {
            case "FULL" -> {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                assertThat(answer.json().getBoolean("restricted")).isFalse();
                assertThat(answer.json().getString("state")).isNotEmpty();
            }
            case "RESTRICTED" -> {
                assertThat(answer.status()).isEqualTo(200);
                JsonObject view = answer.json();
                assertThat(view.getBoolean("restricted")).isTrue();
                assertThat(view.getJsonObject("child").getString("displayName")).isNotEmpty();
                assertThat(view.getJsonObject("child").getString("ageBand")).isEqualTo("11 to 15");
                assertThat(view.getJsonObject("child").isNull("address")).isTrue();
                assertThat(view.getJsonObject("child").isNull("dateOfBirth")).isTrue();
                assertThat(answer.body()).doesNotContain(shieldedAddress);
                assertThat(view.getJsonArray("timeline")).isEmpty();
            }
            default -> {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(user.equals("admin") ? 403 : 404);
                assertThat(answer.header("content-type")).startsWith("application/problem+json");
                assertThat(answer.json().getString("code")).isEqualTo(user.equals("admin") ? "NO_CASE_ACCESS" : "NOT_FOUND");
                assertThat(answer.body()).doesNotContain(shieldedAddress);
            }
        }
    }

    @ParameterizedTest(name = "{0} changing the {1}: {2}")
    @MethodSource("matrix")
    void changingACaseNeedsFullAccess(String user, String caseName, String expected) {
        long caseId = caseNamed(caseName);
        Api.Answer answer = Api.as(server, user).post("/api/v1/cases/" + caseId + "/actions", Json.createObjectBuilder()
                .add("what", "").add("who", "").build());
        if (expected.equals("FULL")) {
            // allowed in: the (deliberately empty) action is then refused for its content, not for access
            assertThat(answer.status()).isEqualTo(422);
        } else if (expected.equals("RESTRICTED") || user.equals("admin")) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        } else {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        }
    }

    @Test
    void aShieldedChildsRecordShowsOnlyNameAgeBandAndWhoHoldsIt() {
        Api.Answer sameTeam = Api.as(server, "practitioner2").get("/api/v1/children/" + shieldedChild);
        assertThat(sameTeam.status()).isEqualTo(200);
        assertThat(sameTeam.json().getBoolean("restricted")).isTrue();
        assertThat(sameTeam.json().isNull("dateOfBirth")).isTrue();
        assertThat(sameTeam.json().getJsonObject("holding").getBoolean("openCase")).isTrue();
        assertThat(sameTeam.body()).doesNotContain(shieldedAddress).doesNotContain("NB9 9ZZ");
        for (String user : new String[] {"practitioner3", "teamlead2"}) {
            Api.Answer child = Api.as(server, user).get("/api/v1/children/" + shieldedChild);
            assertThat(child.status()).isEqualTo(404);
            assertThat(child.body()).doesNotContain(shieldedAddress).doesNotContain("NB9 9ZZ");
        }
        Api.Answer involved = Api.as(server, "practitioner1").get("/api/v1/children/" + shieldedChild);
        assertThat(involved.json().getString("address")).isEqualTo(shieldedAddress);
        assertThat(Api.as(server, "practitioner2").get("/api/v1/children/" + shieldedChild + "/family-members").status())
                .isEqualTo(403);
        assertThat(Api.as(server, "practitioner3").get("/api/v1/children/" + shieldedChild + "/family-members").status())
                .isEqualTo(404);
    }

    @Test
    void deniedAccessIsAudited() {
        Api.as(server, "practitioner3").get("/api/v1/cases/" + teamACase);
        Api.Answer events = expect(Api.as(server, "admin").get("/api/v1/audit?recordType=case&recordId=" + teamACase), 200);
        assertThat(events.array().stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("actor").equals("practitioner3") && e.getString("outcome").equals("DENIED")
                        && e.getString("action").equals("case.read"))).isNotEmpty();
        assertThat(Api.as(server, "practitioner1").get("/api/v1/audit").status()).isEqualTo(403);
        Api.Answer verification = expect(Api.as(server, "admin").get("/api/v1/audit/verification"), 200);
        assertThat(verification.json().getBoolean("intact")).isTrue();
        assertThat(verification.json().getJsonNumber("eventsChecked").longValue()).isGreaterThan(10);
    }

    @Test
    void caseListsShowOnlyWhatEachPersonMayKnow() {
        Api.Answer mine = expect(Api.as(server, "practitioner2").get("/api/v1/cases?team=true"), 200);
        assertThat(mine.array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
                .contains(teamACase, teamAShieldedCase).doesNotContain(teamBCase);
        JsonObject shieldedRow = mine.array().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getJsonNumber("id").longValue() == teamAShieldedCase).findFirst().orElseThrow();
        assertThat(shieldedRow.getBoolean("restricted")).isTrue();
        assertThat(Api.as(server, "admin").get("/api/v1/cases?team=true").status()).isEqualTo(403);

        // filtered by state (a team lead's queue, read by the database): the team's cases in that state only, and
        // still only what this person may know; another team's case in the same state never appears
        String state = shieldedRow.getString("state");
        String teamBState = expect(Api.as(server, "practitioner3").get("/api/v1/cases?team=true"), 200).array().stream()
                .map(v -> v.asJsonObject()).filter(c -> c.getJsonNumber("id").longValue() == teamBCase).findFirst()
                .orElseThrow().getString("state");
        Api.Answer inState = expect(Api.as(server, "practitioner2").get("/api/v1/cases?team=true&state=" + state), 200);
        assertThat(inState.array()).isNotEmpty().allSatisfy(v -> assertThat(v.asJsonObject().getString("state"))
                .isEqualTo(state));
        assertThat(inState.array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
                .contains(teamAShieldedCase).doesNotContain(teamBCase);
        assertThat(inState.array().stream().map(v -> v.asJsonObject()).filter(c -> c.getJsonNumber("id").longValue()
                == teamAShieldedCase).findFirst().orElseThrow().getBoolean("restricted")).isTrue();
        Api.Answer teamBsState = expect(Api.as(server, "practitioner2").get("/api/v1/cases?team=true&state="
                + teamBState), 200);
        assertThat(teamBsState.array().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
                .doesNotContain(teamBCase);
    }
}
