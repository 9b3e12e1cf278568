package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The team lead's case list and allocation over the API (issue 12): each filter returns exactly the cases this test
 * made (they share a family name no other test uses, so the shared server's other cases stay out), a reassigned
 * case reaches the new practitioner's tray, and the other team's lead and the team's practitioners are refused
 * without learning anything or changing anything.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamCasesApiIT {

    private Api aisha;      // practitioner1, team A
    private Api tom;        // practitioner2, team A
    private Api siobhan;    // practitioner3, team B
    private Api grace;      // teamlead1, team A
    private Api lucja;      // teamlead2, team B
    private long aishaId;
    private long tomId;
    private long siobhanId;

    /** The family name of every child this test registers. */
    private final String family = "Tcl" + Journeys.randomName().toLowerCase();
    private long preAssessment;
    private long submitted;
    private long overdue;
    private String overdueReference;

    @BeforeAll
    void cases(EcafServer server) {
        aisha = Api.as(server, "practitioner1");
        tom = Api.as(server, "practitioner2");
        siobhan = Api.as(server, "practitioner3");
        grace = Api.as(server, "teamlead1");
        lucja = Api.as(server, "teamlead2");
        aishaId = Journeys.practitionerId(grace, "practitioner1");
        tomId = Journeys.practitionerId(grace, "practitioner2");
        siobhanId = Journeys.practitionerId(grace, "practitioner3");

        preAssessment = openCase(registerChild("Amira"));
        submitted = submittedCase(registerChild("Bryn"));
        overdue = openCase(registerChild("Cai"));
        expect(aisha.post("/api/v1/cases/" + overdue + "/actions", Json.createObjectBuilder()
                .add("what", "Home visit with the family").add("who", "Aisha Khan")
                .add("byWhen", today().minusDays(3).toString()).build()), 201);
        overdueReference = expect(grace.get("/api/v1/cases/" + overdue), 200).json().getString("reference");
    }

    @Test
    void theTextFilterFindsExactlyThisTestsCasesByChildsNameOrReference() {
        JsonObject list = list(grace, "q=" + family);

        assertThat(ids(list)).containsExactlyInAnyOrder(preAssessment, submitted, overdue);
        assertThat(list.getInt("total")).isEqualTo(3);
        assertThat(list.getString("team")).isEqualTo("Early Help Team North");
        assertThat(ids(list(grace, "q=" + overdueReference))).containsExactly(overdue);
        assertThat(ids(list(grace, "q=cai%20" + family))).containsExactly(overdue);
    }

    @Test
    void theStateFilterKeepsOneStageInPlainWords() {
        JsonObject list = list(grace, "q=" + family + "&state=SUBMITTED");

        assertThat(ids(list)).containsExactly(submitted);
        assertThat(list.getJsonArray("rows").getJsonObject(0).getString("stateLabel")).isEqualTo("Submitted for approval");
        assertThat(ids(list(grace, "q=" + family + "&state=open"))).containsExactlyInAnyOrder(preAssessment, submitted,
                overdue);
    }

    @Test
    void theOverdueFilterKeepsTheCaseWithAnOverdueActionAndSaysWhatIsOverdue() {
        JsonObject overdueList = list(grace, "q=" + family + "&due=overdue");
        JsonObject actions = list(grace, "q=" + family + "&due=actions");

        assertThat(ids(overdueList)).containsExactly(overdue);
        assertThat(ids(actions)).containsExactly(overdue);
        assertThat(ids(list(grace, "q=" + family + "&due=review"))).isEmpty();
        JsonObject row = overdueList.getJsonArray("rows").getJsonObject(0);
        assertThat(row.getJsonArray("overdue").getString(0)).isEqualTo("1 action overdue");
        assertThat(row.getString("nextDue")).isEqualTo(today().minusDays(3).toString());
        assertThat(row.getJsonObject("allocatedTo").getString("username")).isEqualTo("practitioner1");
    }

    @Test
    void aReassignedCaseMovesToTheNewPractitionerAndReachesTheirTray() {
        String otherFamily = "Tcm" + Journeys.randomName().toLowerCase();
        long caseId = openCase(registerChild("Dewi", otherFamily));
        assertThat(ids(list(grace, "q=" + otherFamily + "&allocatedTo=" + aishaId))).containsExactly(caseId);

        JsonObject after = expect(grace.put("/api/v1/cases/" + caseId + "/allocation", Json.createObjectBuilder()
                .add("practitionerId", tomId).add("reason", "Aisha is on leave for a month").build(), Map.of()), 200)
                .json();

        assertThat(after.getJsonObject("allocatedTo").getString("username")).isEqualTo("practitioner2");
        assertThat(after.getJsonArray("timeline").getJsonObject(0).getString("summary"))
                .isEqualTo("Allocated to Tom Evans by Grace Okafor (previously Aisha Khan): Aisha is on leave for a month");
        assertThat(ids(list(grace, "q=" + otherFamily + "&allocatedTo=" + tomId))).containsExactly(caseId);
        assertThat(ids(list(grace, "q=" + otherFamily + "&allocatedTo=" + aishaId))).isEmpty();
        JsonObject tray = expect(tom.get("/api/v1/me/work-tray"), 200).json();
        assertThat(tray.getJsonArray("allocated").stream().map(v -> v.asJsonObject().getJsonNumber("caseId").longValue()))
                .contains(caseId);
        assertThat(expect(tom.get("/api/v1/cases/" + caseId), 200).json().getBoolean("restricted")).isFalse();
        assertThat(expect(tom.get("/api/v1/cases?mine=true"), 200).array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())).contains(caseId);
    }

    @Test
    void theOtherTeamsLeadCannotListOrReassignTeamACasesAndNothingChanges() {
        JsonObject before = expect(grace.get("/api/v1/cases/" + preAssessment), 200).json();

        JsonObject byName = list(lucja, "q=" + family);
        JsonObject byHolder = list(lucja, "allocatedTo=" + aishaId);
        Api.Answer reassign = lucja.put("/api/v1/cases/" + preAssessment + "/allocation", Json.createObjectBuilder()
                .add("practitionerId", siobhanId).build(), Map.of());
        Api.Answer missing = lucja.put("/api/v1/cases/999999999/allocation", Json.createObjectBuilder()
                .add("practitionerId", siobhanId).build(), Map.of());

        assertThat(byName.getInt("total")).isZero();
        assertThat(byName.getString("team")).isEqualTo("School Nursing Team");
        assertThat(byHolder.getInt("total")).isZero();
        assertThat(reassign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(reassign.json().getString("detail").replace(Long.toString(preAssessment), "ID"))
                .isEqualTo(missing.json().getString("detail").replace("999999999", "ID"));
        assertThat(reassign.body()).doesNotContain(family).doesNotContain("Early Help");
        JsonObject after = expect(grace.get("/api/v1/cases/" + preAssessment), 200).json();
        assertThat(after.getJsonObject("allocatedTo")).isEqualTo(before.getJsonObject("allocatedTo"));
        assertThat(after.getJsonArray("timeline")).isEqualTo(before.getJsonArray("timeline"));
    }

    @Test
    void practitionersCannotListTheTeamsCasesOrReassignOne() {
        Api.Answer listed = aisha.get("/api/v1/team/cases");
        Api.Answer reassigned = aisha.put("/api/v1/cases/" + submitted + "/allocation", Json.createObjectBuilder()
                .add("practitionerId", tomId).build(), Map.of());
        Api.Answer otherTeam = siobhan.put("/api/v1/cases/" + submitted + "/allocation", Json.createObjectBuilder()
                .add("practitionerId", siobhanId).build(), Map.of());

        assertThat(listed.status()).isEqualTo(403);
        assertThat(listed.json().getString("code")).isEqualTo("NOT_TEAM_LEAD");
        assertThat(reassigned.status()).isEqualTo(403);
        assertThat(reassigned.json().getString("code")).isEqualTo("NOT_TEAM_LEAD");
        assertThat(otherTeam.status()).isEqualTo(404);
        assertThat(expect(grace.get("/api/v1/cases/" + submitted), 200).json().getJsonObject("allocatedTo")
                .getString("username")).isEqualTo("practitioner1");
    }

    @Test
    void aCaseCannotBeAllocatedToAPractitionerOfAnotherTeam() {
        Api.Answer answer = grace.put("/api/v1/cases/" + submitted + "/allocation", Json.createObjectBuilder()
                .add("practitionerId", siobhanId).build(), Map.of());

        assertThat(answer.status()).isEqualTo(422);
        JsonObject violation = answer.json().getJsonArray("violations").getJsonObject(0);
        assertThat(violation.getString("code")).isEqualTo("NOT_IN_TEAM");
        assertThat(violation.getString("target")).isEqualTo("practitionerId");
        assertThat(violation.getString("message")).contains("Siobhán Murphy").contains("Early Help Team North");
        assertThat(expect(grace.get("/api/v1/cases/" + submitted), 200).json().getJsonObject("allocatedTo")
                .getString("username")).isEqualTo("practitioner1");
    }

    @Test
    void unknownFiltersAreRefusedNamingTheParameter() {
        Api.Answer answer = grace.get("/api/v1/team/cases?state=SLEEPING&due=someday&page=0&allocatedTo=x");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("target")))
                .containsExactlyInAnyOrder("state", "due", "page", "allocatedTo");
    }

    @Test
    void theListIsPagedFiftyAtATime() {
        JsonObject first = list(grace, "page=1");
        JsonObject far = list(grace, "page=999");

        assertThat(first.getInt("pageSize")).isEqualTo(50);
        assertThat(first.getJsonArray("rows").size()).isEqualTo(Math.min(50, first.getInt("total")));
        assertThat(far.getJsonArray("rows")).isEmpty();
        assertThat(far.getInt("total")).isEqualTo(first.getInt("total"));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonObject list(Api api, String query) {
        return expect(api.get("/api/v1/team/cases?" + query), 200).json();
    }

    private static List<Long> ids(JsonObject list) {
        return list.getJsonArray("rows").stream().map(v -> v.asJsonObject().getJsonNumber("caseId").longValue()).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(Journeys.LONDON);
    }

    private long registerChild(String given) {
        return registerChild(given, family);
    }

    private long registerChild(String given, String familyName) {
        JsonObject body = Json.createObjectBuilder().add("givenNames", given).add("familyName", familyName)
                .add("dateOfBirth", today().minusYears(9).toString()).add("gender", "female")
                .add("address", "3 Mill Lane, Northbridge").add("postcode", "NB9 9ZZ").add("shielded", false)
                .add("notDuplicateReason", "Test fixture: siblings of one family").build();
        return expect(aisha.post("/api/v1/children", body), 201).json().getJsonNumber("id").longValue();
    }

    private long openCase(long childId) {
        return Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();
    }

    private long submittedCase(long childId) {
        long motherId = Journeys.addParent(aisha, childId, "Parent " + Journeys.randomName(), true, true)
                .getJsonNumber("id").longValue();
        long caseId = openCase(childId);
        Journeys.consent(aisha, caseId, motherId, new long[] {Journeys.firstAgencyId(aisha)}, new long[] {motherId});
        expect(Journeys.save(aisha, caseId, null, Journeys.completeAnswers()), 200);
        Journeys.childSeen(aisha, caseId);
        expect(aisha.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        return caseId;
    }
}
