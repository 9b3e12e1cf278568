package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One CAF per child, and the two ways forward for another team, end to end over the API with two teams: ask to join
 * the Team Around the Child, or for the case to be transferred; the holding team's lead decides.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoinAndTransferApiIT {

    private Api aisha;      // practitioner1, team A
    private Api siobhan;    // practitioner3, team B
    private Api grace;      // teamlead1, team A
    private Api lucja;      // teamlead2, team B
    private Api tom;        // practitioner2, team A

    @BeforeAll
    void accounts(EcafServer server) {
        aisha = Api.as(server, "practitioner1");
        siobhan = Api.as(server, "practitioner3");
        grace = Api.as(server, "teamlead1");
        lucja = Api.as(server, "teamlead2");
        tom = Api.as(server, "practitioner2");
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private long[] teamACase(boolean shielded) {
        long child = id(Journeys.registerChild(aisha, 10, shielded));
        Journeys.addParent(aisha, child, "Parent " + Journeys.randomName(), true, true);
        return new long[] {child, id(Journeys.openCase(aisha, child))};
    }

    private JsonObject ask(Api who, long child, String kind, String reason, String role) {
        var body = Json.createObjectBuilder().add("kind", kind).add("reason", reason);
        if (role != null) {
            body.add("role", role);
        }
        return expect(who.post("/api/v1/children/" + child + "/case-requests", body.build()), 201).json();
    }

    private JsonObject decide(Api lead, long request, boolean accept, String comment) {
        var body = Json.createObjectBuilder().add("accept", accept);
        if (comment != null) {
            body.add("comment", comment);
        }
        return expect(lead.post("/api/v1/case-requests/" + request + "/decision", body.build()), 200).json();
    }

    @Test
    void anotherTeamAsksToJoinTheTeamAroundTheChildAndTheHoldingTeamLeadAccepts() {
        long[] ids = teamACase(true);
        long child = ids[0];
        long caseId = ids[1];
        assertThat(siobhan.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);

        JsonObject request = ask(siobhan, child, "JOIN", "I am the school nurse and see her weekly", "School nurse");
        assertThat(request.getString("status")).isEqualTo("PENDING");
        assertThat(request.isNull("childName")).as("the requester does not see the case yet").isTrue();

        assertThat(expect(grace.get("/api/v1/case-requests"), 200).json().getJsonArray("toDecide").stream()
                .map(v -> id(v.asJsonObject()))).contains(id(request));
        Api.Answer byPractitioner = tom.post("/api/v1/case-requests/" + id(request) + "/decision",
                Json.createObjectBuilder().add("accept", true).build());
        assertThat(byPractitioner.status()).isEqualTo(403);
        Api.Answer byOtherLead = lucja.post("/api/v1/case-requests/" + id(request) + "/decision",
                Json.createObjectBuilder().add("accept", true).build());
        assertThat(byOtherLead.status()).isEqualTo(404);
        Api.Answer selfAccept = siobhan.post("/api/v1/case-requests/" + id(request) + "/decision",
                Json.createObjectBuilder().add("accept", true).build());
        assertThat(selfAccept.status()).isEqualTo(404);

        JsonObject accepted = decide(grace, id(request), true, "Welcome to the team");

        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        JsonObject view = expect(siobhan.get("/api/v1/cases/" + caseId), 200).json();
        assertThat(view.getBoolean("restricted")).isFalse();
        assertThat(view.getJsonArray("teamAroundTheChild").stream().map(m -> m.asJsonObject().getString("name")))
                .contains("Siobhán Murphy");
        assertThat(view.getJsonArray("timeline").stream().map(e -> e.asJsonObject().getString("summary")))
                .anyMatch(s -> s.contains("asked to join the Team Around the Child"))
                .anyMatch(s -> s.contains("joined the Team Around the Child"));
        assertThat(expect(siobhan.get("/api/v1/children/" + child), 200).json().getBoolean("restricted")).isFalse();
        Api.Answer twice = grace.post("/api/v1/case-requests/" + id(request) + "/decision",
                Json.createObjectBuilder().add("accept", false).add("comment", "Changed my mind").build());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("code")).isEqualTo("REQUEST_DECIDED");
    }

    @Test
    void anotherTeamAsksForATransferAndTheHoldingTeamLeadAccepts() {
        long[] ids = teamACase(false);
        long child = ids[0];
        long caseId = ids[1];
        expect(grace.put("/api/v1/cases/" + caseId + "/lead-professional", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(grace, "practitioner1")).build(), java.util.Map.of()), 200);

        JsonObject request = ask(lucja, child, "TRANSFER", "The family moved into our area last week", null);
        JsonObject decided = decide(grace, id(request), true, "Agreed at the TAC meeting");

        assertThat(decided.getString("status")).isEqualTo("ACCEPTED");
        JsonObject view = expect(lucja.get("/api/v1/cases/" + caseId), 200).json();
        assertThat(view.getString("team")).isEqualTo("School Nursing Team");
        assertThat(view.isNull("leadProfessional")).as("team A's lead professional stepped down").isTrue();
        assertThat(view.getJsonArray("transfers")).hasSize(1);
        assertThat(expect(siobhan.get("/api/v1/cases/" + caseId), 200).json().getBoolean("restricted")).isFalse();

        JsonObject former = expect(aisha.get("/api/v1/cases/" + caseId), 200).json();
        assertThat(former.getBoolean("restricted")).as("the former team keeps the summary only").isTrue();
        assertThat(former.getJsonArray("timeline")).isEmpty();
        assertThat(aisha.get("/api/v1/cases/" + caseId + "/assessment").status()).isEqualTo(403);
        assertThat(aisha.post("/api/v1/cases/" + caseId + "/actions", Json.createObjectBuilder().add("what", "x")
                .add("who", "y").add("byWhen", "2030-01-01").build()).status()).isEqualTo(403);
        assertThat(grace.post("/api/v1/cases/" + caseId + "/reopening", Json.createObjectBuilder()
                .add("reason", "x").build()).status()).isEqualTo(403);
        JsonObject formerChild = expect(aisha.get("/api/v1/children/" + child), 200).json();
        assertThat(formerChild.getBoolean("restricted")).isTrue();
        assertThat(formerChild.isNull("address")).isTrue();
    }

    @Test
    void aDeclineNeedsAReasonAndIsShownToTheRequester() {
        long[] ids = teamACase(false);
        JsonObject request = ask(siobhan, ids[0], "TRANSFER", "We know the family well", null);

        Api.Answer noReason = grace.post("/api/v1/case-requests/" + id(request) + "/decision",
                Json.createObjectBuilder().add("accept", false).build());
        assertThat(noReason.status()).isEqualTo(422);
        decide(grace, id(request), false, "The family asked to stay with us");

        List<JsonObject> made = expect(siobhan.get("/api/v1/case-requests"), 200).json().getJsonArray("made").stream()
                .map(JsonValue::asJsonObject).toList();
        JsonObject mine = made.stream().filter(r -> id(r) == id(request)).findFirst().orElseThrow();
        assertThat(mine.getString("status")).isEqualTo("DECLINED");
        assertThat(mine.getString("comment")).isEqualTo("The family asked to stay with us");
        assertThat(siobhan.get("/api/v1/cases/" + ids[1]).status()).isEqualTo(404);
        Api.Answer again = siobhan.post("/api/v1/children/" + ids[0] + "/case-requests", Json.createObjectBuilder()
                .add("kind", "JOIN").add("reason", "Then may I join?").build());
        assertThat(again.status()).as("a join needs a role").isEqualTo(422);
    }

    @Test
    void theSameRequestTwiceOrAboutAChildWithoutAnOpenCaseIsRefused() {
        long[] ids = teamACase(false);
        ask(siobhan, ids[0], "JOIN", "School nurse", "School nurse");
        Api.Answer twice = siobhan.post("/api/v1/children/" + ids[0] + "/case-requests", Json.createObjectBuilder()
                .add("kind", "JOIN").add("reason", "Again").add("role", "Nurse").build());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("REQUEST_PENDING");

        long noCase = id(Journeys.registerChild(aisha, 5, false));
        Api.Answer none = siobhan.post("/api/v1/children/" + noCase + "/case-requests", Json.createObjectBuilder()
                .add("kind", "TRANSFER").add("reason", "x").build());
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.body()).contains("NO_OPEN_CASE");
        Api.Answer sameTeam = tom.post("/api/v1/children/" + ids[0] + "/case-requests", Json.createObjectBuilder()
                .add("kind", "TRANSFER").add("reason", "x").build());
        assertThat(sameTeam.status()).isEqualTo(409);
        assertThat(sameTeam.body()).contains("SAME_TEAM");
    }

    @Test
    void accessWithoutInvolvementIsRecordedReadOnlyAndShownToTheHoldingTeamLead() {
        long[] ids = teamACase(false);
        long[] shielded = teamACase(true);

        Api.Answer tooShort = siobhan.post("/api/v1/children/" + ids[0] + "/access-grants",
                Json.createObjectBuilder().add("reason", "need it").build());
        assertThat(tooShort.status()).isEqualTo(422);
        JsonObject grant = expect(siobhan.post("/api/v1/children/" + ids[0] + "/access-grants",
                Json.createObjectBuilder().add("reason", "Safeguarding strategy meeting this afternoon").build()), 201)
                .json();

        assertThat(grant.getBoolean("active")).isTrue();
        assertThat(expect(siobhan.get("/api/v1/children/" + ids[0]), 200).json().getBoolean("restricted")).isFalse();
        assertThat(expect(siobhan.get("/api/v1/cases/" + ids[1]), 200).json().getBoolean("restricted")).isFalse();
        assertThat(siobhan.post("/api/v1/children/" + ids[0] + "/family-members", Json.createObjectBuilder()
                .add("name", "X").add("relationship", "FATHER").add("parentalResponsibility", true).build()).status())
                .isEqualTo(403);
        JsonObject asLead = expect(grace.get("/api/v1/cases/" + ids[1]), 200).json();
        assertThat(asLead.getJsonArray("accessGrants").stream().map(g -> g.asJsonObject().getString("reason")))
                .contains("Safeguarding strategy meeting this afternoon");
        assertThat(expect(grace.get("/api/v1/children/" + ids[0] + "/access-grants"), 200).array()).hasSize(1);

        Api.Answer refused = siobhan.post("/api/v1/children/" + shielded[0] + "/access-grants",
                Json.createObjectBuilder().add("reason", "Safeguarding strategy meeting this afternoon").build());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(siobhan.get("/api/v1/children/" + shielded[0]).status()).isEqualTo(404);
    }
}
