package org.ecaf.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Steps of the CAF journey through the API, for tests that need a case in a given state. Each fixture child gets
 * a name of random letters, so tests never trip each other's duplicate check.
 */
public final class Journeys {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String VOWELS = "aeiou";

    private Journeys() {
    }

    /** A pronounceable random name such as "Kavotine". */
    public static String randomName() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(CONSONANTS.charAt(RANDOM.nextInt(CONSONANTS.length())))
                    .append(VOWELS.charAt(RANDOM.nextInt(VOWELS.length())));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Registers a child (of the given age) with a random name and returns the answer's JSON. */
    public static JsonObject registerChild(Api api, int age, boolean shielded) {
        LocalDate dob = LocalDate.now(LONDON).minusYears(age).minusDays(RANDOM.nextInt(300));
        JsonObject body = Json.createObjectBuilder()
                .add("givenNames", randomName()).add("familyName", randomName())
                .add("dateOfBirth", dob.toString()).add("gender", "female")
                .add("address", "1 " + randomName() + " Street, Northbridge").add("postcode", "NB9 9ZZ")
                .add("shielded", shielded)
                .add("notDuplicateReason", "Test fixture: a distinct child with a random name").build();
        Api.Answer answer = api.post("/api/v1/children", body);
        expect(answer, 201);
        return answer.json();
    }

    public static JsonObject addParent(Api api, long childId, String name, boolean parentalResponsibility,
                                       boolean livesWithChild) {
        Api.Answer answer = api.post("/api/v1/children/" + childId + "/family-members", Json.createObjectBuilder()
                .add("name", name).add("relationship", parentalResponsibility ? "MOTHER" : "FATHER")
                .add("parentalResponsibility", parentalResponsibility).add("livesWithChild", livesWithChild)
                .add("phone", "07700 900000").add("address", livesWithChild ? "Same as the child" : "2 Far Away Road").build());
        expect(answer, 201);
        return answer.json();
    }

    public static JsonObject openCase(Api api, long childId) {
        Api.Answer answer = api.post("/api/v1/cases", Json.createObjectBuilder().add("childId", childId).build());
        expect(answer, 201);
        return answer.json();
    }

    /** Consent to record and to share with the given agencies and family members, given by {@code familyMemberId}. */
    public static JsonObject consent(Api api, long caseId, long familyMemberId, long[] agencyIds, long[] familyMemberIds) {
        JsonArrayBuilder agencies = Json.createArrayBuilder();
        for (long id : agencyIds) {
            agencies.add(id);
        }
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (long id : familyMemberIds) {
            members.add(id);
        }
        JsonArrayBuilder scopes = Json.createArrayBuilder().add("RECORD");
        if (agencyIds.length + familyMemberIds.length > 0) {
            scopes.add("SHARE");
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("givenBy", "FAMILY_MEMBER")
                .add("familyMemberId", familyMemberId).add("givenOn", LocalDate.now(LONDON).toString())
                .add("scopes", scopes)
                .add("agencyIds", agencies).add("familyMemberIds", members)
                .add("evidence", "Signature held on paper copy");
        Api.Answer answer = api.post("/api/v1/cases/" + caseId + "/consents", body.build());
        expect(answer, 201);
        return answer.json();
    }

    /** The complete, valid CAF v2 answer set the demo data uses. */
    public static JsonObject completeAnswers() {
        try (InputStream in = Journeys.class.getClassLoader().getResourceAsStream("demo/caf-v2-complete.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves answers based on {@code basedOn} (null for the first save); returns the answer. */
    public static Api.Answer save(Api api, long caseId, Integer basedOn, JsonObject answers) {
        return api.put("/api/v1/cases/" + caseId + "/assessment", Json.createObjectBuilder().add("answers", answers).build(),
                basedOn == null ? Map.of() : Map.of("If-Match", "\"" + basedOn + "\""));
    }

    /** Records that the child was seen a moment ago (today, London time). */
    public static JsonObject childSeen(Api api, long caseId) {
        LocalDateTime now = LocalDateTime.now(LONDON).truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        LocalDateTime seen = now.toLocalDate().equals(LocalDate.now(LONDON)) ? now : now.plusSeconds(1);
        Api.Answer answer = api.post("/api/v1/cases/" + caseId + "/child-seen", Json.createObjectBuilder()
                .add("seenAt", seen.toString()).add("seenAlone", true).add("location", "School").build());
        expect(answer, 201);
        return answer.json();
    }

    /** A case with a complete assessment, the child seen, submitted: ready for a team lead. */
    public static long submittedCase(Api practitioner, long agencyId) {
        JsonObject child = registerChild(practitioner, 11, false);
        long childId = child.getJsonNumber("id").longValue();
        JsonObject mother = addParent(practitioner, childId, "Parent " + randomName(), true, true);
        long caseId = openCase(practitioner, childId).getJsonNumber("id").longValue();
        long motherId = mother.getJsonNumber("id").longValue();
        consent(practitioner, caseId, motherId, new long[] {agencyId}, new long[] {motherId});
        expect(save(practitioner, caseId, null, completeAnswers()), 200);
        childSeen(practitioner, caseId);
        expect(practitioner.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        return caseId;
    }

    public static long firstAgencyId(Api api) {
        return api.get("/api/v1/agencies").array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    public static long agencyId(Api api, String code) {
        return api.get("/api/v1/agencies").array().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    public static long practitionerId(Api api, String username) {
        return api.get("/api/v1/practitioners").array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    public static Api.Answer expect(Api.Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("expected " + status + " but was " + answer);
        }
        return answer;
    }
}
