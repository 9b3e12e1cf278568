package org.ecaf.web.it;

import static org.ecaf.web.testing.Journeys.LONDON;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Journeys;

/** Cases in a given state through the API, for the team-lead browser tests (their pages: {@code testing.pages}). */
final class TeamLeadSupport {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TeamLeadSupport() {
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** A case submitted by {@code practitioner}, approved by {@code lead}. */
    static long approvedCase(Api practitioner, Api lead) {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Approved for the test").build()), 200);
        return caseId;
    }

    /** An approved case with {@code leadProfessional} and a review date in four weeks, its plan made active. */
    static long activeCase(Api practitioner, Api lead, String leadProfessional) {
        long caseId = approvedCase(practitioner, lead);
        expect(lead.put("/api/v1/cases/" + caseId + "/lead-professional", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(lead, leadProfessional)).build(), Map.of()), 200);
        expect(lead.put("/api/v1/cases/" + caseId + "/review-date", Json.createObjectBuilder()
                .add("reviewDate", today().plusWeeks(4).toString()).build(), Map.of()), 200);
        expect(lead.post("/api/v1/cases/" + caseId + "/plan-activation", null), 200);
        return caseId;
    }

    static JsonObject caseOf(Api api, long caseId) {
        return expect(api.get("/api/v1/cases/" + caseId), 200).json();
    }

    static String childName(Api api, long caseId) {
        return caseOf(api, caseId).getJsonObject("child").getString("displayName");
    }

    static String reference(Api api, long caseId) {
        return caseOf(api, caseId).getString("reference");
    }

    static String state(Api api, long caseId) {
        return caseOf(api, caseId).getString("state");
    }
}
