package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
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
 * {@code GET} and {@code POST /api/v1/cases/{id}/notes} against the real server: notes are written, listed newest
 * first and shown in the timeline; a correction is a new note and the old one stays; bad input is a 422 naming the
 * field and stores nothing; another team (practitioner and team lead) gets the same 404 as for a case that does not
 * exist, and stores nothing; every read and write, refused or not, is in the audit log.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseNotesApiIT {

    private Api aisha;      // practitioner1, team A: opens the cases
    private Api tom;        // practitioner2, team A, not involved
    private Api siobhan;    // practitioner3, team B
    private Api lucja;      // teamlead2, team B
    private Api admin;

    @BeforeAll
    void accounts(EcafServer server) {
        aisha = Api.as(server, "practitioner1");
        tom = Api.as(server, "practitioner2");
        siobhan = Api.as(server, "practitioner3");
        lucja = Api.as(server, "teamlead2");
        admin = Api.as(server, "admin");
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static LocalDate today() {
        return LocalDate.now(Journeys.LONDON);
    }

    /** A case of team A with consent to record, opened by practitioner1. */
    private long teamACase(boolean shielded) {
        long childId = id(Journeys.registerChild(aisha, 10, shielded));
        long motherId = id(Journeys.addParent(aisha, childId, "Parent " + Journeys.randomName(), true, true));
        long caseId = id(Journeys.openCase(aisha, childId));
        Journeys.consent(aisha, caseId, motherId, new long[0], new long[0]);
        return caseId;
    }

    private static JsonObjectBuilder note(String kind, LocalDate on, String text) {
        return Json.createObjectBuilder().add("kind", kind).add("happenedOn", on.toString()).add("text", text);
    }

    private List<JsonObject> notes(Api api, long caseId) {
        return expect(api.get("/api/v1/cases/" + caseId + "/notes"), 200).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private List<JsonObject> audit(long caseId) {
        return expect(admin.get("/api/v1/audit?recordType=case&recordId=" + caseId + "&limit=500"), 200).array()
                .stream().map(JsonValue::asJsonObject).toList();
    }

    private boolean audited(long caseId, String actor, String action, String outcome) {
        return audit(caseId).stream().anyMatch(e -> e.getString("actor").equals(actor)
                && e.getString("action").equals(action) && e.getString("outcome").equals(outcome));
    }

    @Test
    void aPractitionerWritesANoteItIsListedInTheTimelineAndAudited() {
        long caseId = teamACase(false);
        String text = "Phoned mother " + Journeys.randomName() + " about attendance.";

        Api.Answer created = aisha.post("/api/v1/cases/" + caseId + "/notes",
                note("PHONE_CALL", today().minusDays(2), text).add("happenedAt", "09:15").build());

        expect(created, 201);
        JsonObject body = created.json();
        assertThat(created.header("Location")).endsWith("/api/v1/cases/" + caseId + "/notes/" + id(body));
        assertThat(body.getString("kind")).isEqualTo("PHONE_CALL");
        assertThat(body.getString("kindLabel")).isEqualTo("Phone call");
        assertThat(body.getString("happenedOn")).isEqualTo(today().minusDays(2).toString());
        assertThat(body.getString("happenedAt")).isEqualTo("09:15");
        assertThat(body.getString("text")).isEqualTo(text);
        assertThat(body.getJsonObject("author").getString("username")).isEqualTo("practitioner1");

        JsonObject later = expect(aisha.post("/api/v1/cases/" + caseId + "/notes",
                note("MEETING", today(), "Meeting at school").build()), 201).json();
        List<JsonObject> listed = notes(aisha, caseId);
        assertThat(listed).extracting(n -> id(n)).containsExactly(id(later), id(body));

        JsonObject theCase = expect(aisha.get("/api/v1/cases/" + caseId), 200).json();
        assertThat(theCase.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("NOTE")).map(e -> e.getString("summary")))
                .anyMatch(s -> s.startsWith("Phone call on ") && s.contains("09:15") && s.contains(text));
        assertThat(audited(caseId, "practitioner1", "case.note.add", "SUCCESS")).isTrue();
        assertThat(audited(caseId, "practitioner1", "case.notes.read", "SUCCESS")).isTrue();
        assertThat(audit(caseId).toString()).doesNotContain(text);
    }

    @Test
    void aCorrectionIsANewNoteTheOldOneStaysAndEachPointsToTheOther() {
        long caseId = teamACase(false);
        long old = id(expect(aisha.post("/api/v1/cases/" + caseId + "/notes",
                note("PHONE_CALL", today().minusDays(1), "Called father").build()), 201).json());

        Api.Answer corrected = tom.post("/api/v1/cases/" + caseId + "/notes", note("HOME_VISIT", today().minusDays(1),
                "Visited father at home").add("corrects", old).add("reason", "It was a visit").build());

        expect(corrected, 201);
        long correction = id(corrected.json());
        List<JsonObject> listed = notes(aisha, caseId);
        assertThat(listed).hasSize(2);
        JsonObject oldNote = listed.stream().filter(n -> id(n) == old).findFirst().orElseThrow();
        JsonObject newNote = listed.stream().filter(n -> id(n) == correction).findFirst().orElseThrow();
        assertThat(oldNote.getString("text")).isEqualTo("Called father");
        assertThat(oldNote.getString("kind")).isEqualTo("PHONE_CALL");
        assertThat(oldNote.getJsonNumber("correctedBy").longValue()).isEqualTo(correction);
        assertThat(newNote.getJsonNumber("corrects").longValue()).isEqualTo(old);
        assertThat(newNote.getString("correctionReason")).isEqualTo("It was a visit");
        assertThat(newNote.getString("text")).isEqualTo("Visited father at home");

        Api.Answer again = aisha.post("/api/v1/cases/" + caseId + "/notes", note("HOME_VISIT", today(), "Third")
                .add("corrects", old).add("reason", "Again").build());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("ALREADY_CORRECTED");
        assertThat(notes(aisha, caseId)).hasSize(2);
        assertThat(audited(caseId, "practitioner2", "case.note.correct", "SUCCESS")).isTrue();
        assertThat(audited(caseId, "practitioner1", "case.note.correct", "REFUSED")).isTrue();
    }

    @Test
    void aDateInTheFutureIsRefusedNamingTheFieldAndNothingIsStored() {
        long caseId = teamACase(false);

        Api.Answer refused = aisha.post("/api/v1/cases/" + caseId + "/notes",
                note("MEETING", today().plusDays(1), "Meeting planned").build());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonObject violation = refused.json().getJsonArray("violations").getJsonObject(0);
        assertThat(violation.getString("code")).isEqualTo("DATE_IN_FUTURE");
        assertThat(violation.getString("target")).isEqualTo("happenedOn");
        assertThat(notes(aisha, caseId)).isEmpty();
        assertThat(audited(caseId, "practitioner1", "case.note.add", "REFUSED")).isTrue();
    }

    @Test
    void anUnknownKindABadTimeOrAnUnknownPropertyIsRefusedNamingTheFieldAndNothingIsStored() {
        long caseId = teamACase(false);

        Api.Answer kind = aisha.post("/api/v1/cases/" + caseId + "/notes",
                note("TELEPATHY", today(), "Sensed a problem").build());
        Api.Answer time = aisha.post("/api/v1/cases/" + caseId + "/notes",
                note("PHONE_CALL", today(), "Called").add("happenedAt", "2pm").build());
        Api.Answer typo = aisha.post("/api/v1/cases/" + caseId + "/notes",
                note("PHONE_CALL", today(), "Called").add("txet", "Called").build());
        Api.Answer blank = aisha.post("/api/v1/cases/" + caseId + "/notes", note("PHONE_CALL", today(), " ").build());

        for (Api.Answer answer : List.of(kind, time, typo, blank)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        }
        assertThat(field(kind)).isEqualTo("kind");
        assertThat(kind.json().getJsonArray("violations").getJsonObject(0).getString("code")).isEqualTo("UNKNOWN_OPTION");
        assertThat(field(time)).isEqualTo("happenedAt");
        assertThat(field(typo)).isEqualTo("txet");
        assertThat(field(blank)).isEqualTo("text");
        assertThat(notes(aisha, caseId)).isEmpty();
    }

    private static String field(Api.Answer answer) {
        return answer.json().getJsonArray("violations").getJsonObject(0).getString("target");
    }

    @Test
    void anotherTeamsPractitionerAndTeamLeadGetTheSame404AsForNoCaseAndStoreNothing() {
        long ordinary = teamACase(false);
        long shielded = teamACase(true);
        String secret = "Mother disclosed " + Journeys.randomName();
        for (long caseId : new long[] {ordinary, shielded}) {
            expect(aisha.post("/api/v1/cases/" + caseId + "/notes", note("HOME_VISIT", today(), secret).build()), 201);
        }
        long missing = Long.MAX_VALUE - 7;

        for (Api attacker : List.of(siobhan, lucja)) {
            Api.Answer none = attacker.get("/api/v1/cases/" + missing + "/notes");
            assertThat(none.status()).isEqualTo(404);
            for (long caseId : new long[] {ordinary, shielded}) {
                Api.Answer read = attacker.get("/api/v1/cases/" + caseId + "/notes");
                Api.Answer write = attacker.post("/api/v1/cases/" + caseId + "/notes",
                        note("CONTACT", today(), "Planted note").build());
                for (Api.Answer answer : List.of(read, write)) {
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
                    assertThat(answer.body().replace(Long.toString(caseId), "N"))
                            .isEqualTo(none.body().replace(Long.toString(missing), "N"));
                    assertThat(answer.body()).doesNotContain(secret);
                }
            }
        }
        for (long caseId : new long[] {ordinary, shielded}) {
            List<JsonObject> stored = notes(aisha, caseId);
            assertThat(stored).hasSize(1);
            assertThat(stored.get(0).getString("text")).isEqualTo(secret);
            for (String attacker : List.of("practitioner3", "teamlead2")) {
                assertThat(audited(caseId, attacker, "case.notes.read", "DENIED")).as(attacker).isTrue();
                assertThat(audited(caseId, attacker, "case.note.add", "DENIED")).as(attacker).isTrue();
            }
        }
    }

    @Test
    void aPractitionerOfTheSameTeamNotInvolvedWithAShieldedChildCannotReadOrWriteItsNotes() {
        long shielded = teamACase(true);
        String secret = "Shielded detail " + Journeys.randomName();
        expect(aisha.post("/api/v1/cases/" + shielded + "/notes", note("MEETING", today(), secret).build()), 201);

        Api.Answer read = tom.get("/api/v1/cases/" + shielded + "/notes");
        Api.Answer write = tom.post("/api/v1/cases/" + shielded + "/notes", note("CONTACT", today(), "Mine").build());

        for (Api.Answer answer : List.of(read, write)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.body()).doesNotContain(secret);
        }
        assertThat(notes(aisha, shielded)).extracting(n -> n.getString("text")).containsExactly(secret);
        assertThat(audited(shielded, "practitioner2", "case.note.add", "DENIED")).isTrue();
    }
}
