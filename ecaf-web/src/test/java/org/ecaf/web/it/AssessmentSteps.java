package org.ecaf.web.it;

import jakarta.json.JsonObject;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Journeys;

/** Cases and assessments through the API, for the tests (the pages are driven through {@code testing.pages}). */
final class AssessmentSteps {

    private AssessmentSteps() {
    }

    /** A new child, their mother (with parental responsibility, living with them) and a case with her consent. */
    record ConsentedCase(JsonObject child, JsonObject mother, long caseId) {
        long childId() {
            return child.getJsonNumber("id").longValue();
        }

        long motherId() {
            return mother.getJsonNumber("id").longValue();
        }
    }

    /**
     * A case of a new child with the mother's consent to record in force (and, with {@code sharedWithMother}, to share
     * with her, so she may receive a family copy).
     */
    static ConsentedCase consentedCase(Api api, boolean sharedWithMother) {
        JsonObject child = Journeys.registerChild(api, 9, false);
        long childId = child.getJsonNumber("id").longValue();
        JsonObject mother = Journeys.addParent(api, childId, "Parent " + Journeys.randomName(), true, true);
        long caseId = Journeys.openCase(api, childId).getJsonNumber("id").longValue();
        long motherId = mother.getJsonNumber("id").longValue();
        Journeys.consent(api, caseId, motherId, new long[0], sharedWithMother ? new long[] {motherId} : new long[0]);
        return new ConsentedCase(child, mother, caseId);
    }

    /** A case of a new child with consent to record in force; returns the case id. */
    static long caseWithConsent(Api api) {
        return consentedCase(api, false).caseId();
    }

    /** The latest revision of the case's assessment through the API. */
    static JsonObject latest(Api api, long caseId) {
        return Journeys.expect(api.get("/api/v1/cases/" + caseId + "/assessment"), 200).json();
    }

    static jakarta.json.JsonArray revisions(Api api, long caseId) {
        return Journeys.expect(api.get("/api/v1/cases/" + caseId + "/assessment/revisions"), 200).array();
    }
}
