package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The forms API: the published definitions and validation of an answer set, draft and complete. */
@ExtendWith(EcafServerExtension.class)
class FormsApiIT {

    @Test
    void listsEveryDefinitionAndItsVersions(EcafServer server) {
        JsonObject list = expect(Api.as(server, "practitioner1").get("/api/v1/forms"), 200).json();
        assertThat(list.getJsonArray("forms").stream().map(f -> f.asJsonObject().getString("id")))
                .contains("caf", "pre-assessment", "review", "closure");
        JsonObject caf = list.getJsonArray("forms").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("id").equals("caf")).findFirst().orElseThrow();
        assertThat(caf.getInt("latestVersion")).isEqualTo(2);
        assertThat(caf.getJsonArray("versions")).hasSize(2);
    }

    @Test
    void servesTheFullDefinitionWithTheDocumentedProperties(EcafServer server) {
        JsonObject caf = expect(Api.as(server, "teamlead1").get("/api/v1/forms/caf/1"), 200).json();
        assertThat(caf.getString("id")).isEqualTo("caf");
        assertThat(caf.getInt("version")).isEqualTo(1);
        JsonObject field = caf.getJsonArray("sections").getJsonObject(0).getJsonArray("fields").getJsonObject(0);
        assertThat(field.keySet()).contains("key", "type", "label", "familyLabel", "helpText", "sensitivity", "required");
        String body = caf.toString();
        assertThat(body).contains("\"minRows\"", "\"options\"", "\"condition\"", "\"fields\"")
                .contains("emotional_social_development", "guidance_boundaries_stimulation", "people_present");
        assertThat(Api.as(server, "teamlead1").get("/api/v1/forms/caf/9").status()).isEqualTo(404);
    }

    @Test
    void validatesDraftsAndCompletionSeparatelyListingEveryProblem(EcafServer server) {
        Api api = Api.as(server, "practitioner2");
        JsonObject emptyComplete = expect(api.post("/api/v1/forms/caf/2/validation?stage=complete", "{}"), 200).json();
        assertThat(emptyComplete.getBoolean("valid")).isFalse();
        assertThat(emptyComplete.getJsonArray("problems").size()).isGreaterThan(30);
        assertThat(emptyComplete.getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("code")).distinct().toList())
                .isSubsetOf("REQUIRED", "TOO_FEW_ROWS");

        JsonObject emptyDraft = expect(api.post("/api/v1/forms/caf/2/validation?stage=draft", "{}"), 200).json();
        assertThat(emptyDraft.getBoolean("valid")).isTrue();

        JsonObject complete = expect(api.post("/api/v1/forms/caf/2/validation?stage=complete",
                Journeys.completeAnswers()), 200).json();
        assertThat(complete.getJsonArray("problems")).isEmpty();

        JsonObject bad = expect(api.post("/api/v1/forms/caf/2/validation?stage=draft",
                "{\"child_date_of_birth\": \"2099-01-01\", \"assessment_started\": \"yesterday\", \"mystery\": 1}"), 200).json();
        assertThat(bad.getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("code")))
                .contains("DATE_IN_FUTURE", "NOT_A_DATE", "UNKNOWN_FIELD");
        assertThat(api.post("/api/v1/forms/caf/2/validation?stage=later", "{}").status()).isEqualTo(422);
    }
}
