package org.ecaf.web.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.web.http.Problem;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aRuleRefusalListsEveryViolationWithItsCode() {
        RulesViolated refusal = new RulesViolated(List.of(
                new Violation(RefusalCode.CHILD_NOT_SEEN, "Record that the child was seen.", null),
                new Violation(RefusalCode.REQUIRED_ANSWERS_MISSING, "Answer: Date of birth.", "child_date_of_birth")));
        JsonObject json = RefusalMapper.problemOf(refusal).toJsonObject();
        assertThat(json.getInt("status")).isEqualTo(409);
        assertThat(json.getString("code")).isEqualTo("RULES_VIOLATED");
        assertThat(json.getString("type")).endsWith("/rules-violated");
        assertThat(json.getJsonArray("violations")).hasSize(2);
        assertThat(json.getJsonArray("violations").getJsonObject(1).getString("target")).isEqualTo("child_date_of_birth");
        assertThat(json.getJsonArray("violations").getJsonObject(0).containsKey("target")).isFalse();
    }

    @Test
    void anAccessRefusalIs403WithItsOwnCode() {
        JsonObject json = RefusalMapper.problemOf(new AccessDenied(RefusalCode.NOT_IN_TEAM,
                "Not your team's case.")).toJsonObject();
        assertThat(json.getInt("status")).isEqualTo(403);
        assertThat(json.getString("code")).isEqualTo("NOT_IN_TEAM");
        assertThat(json.getString("detail")).isEqualTo("Not your team's case.");
    }

    @Test
    void extensionsAndReferencesAreWritten() {
        JsonObject json = Problem.of(500, RefusalCode.INTERNAL_ERROR, "Something went wrong", null)
                .withReference("ERR-ABCD-EFGH").with("candidates", List.of(1, 2)).toJsonObject();
        assertThat(json.getString("reference")).isEqualTo("ERR-ABCD-EFGH");
        assertThat(json.getJsonArray("candidates").getJsonNumber(1).intValue()).isEqualTo(2);
        assertThat(json.containsKey("detail")).isFalse();
    }
}
