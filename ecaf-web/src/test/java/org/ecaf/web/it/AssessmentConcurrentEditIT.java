package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.accessible;
import static org.ecaf.web.it.AssessmentSteps.awaitSaved;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;
import static org.ecaf.web.it.AssessmentSteps.input;
import static org.ecaf.web.it.AssessmentSteps.latest;
import static org.ecaf.web.it.AssessmentSteps.radio;
import static org.ecaf.web.it.AssessmentSteps.revisions;
import static org.ecaf.web.it.AssessmentSteps.until;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two practitioners (Aisha Khan, practitioner1, and Tom Evans, practitioner2) edit the same assessment in two
 * browsers; every way of resolving it keeps both versions in the history.
 */
@ExtendWith(EcafServerExtension.class)
class AssessmentConcurrentEditIT {

    private EcafServer server;
    private Browser aisha;
    private Browser tom;
    private Api api;

    @BeforeEach
    void open(EcafServer server) {
        this.server = server;
        aisha = new Browser(server.baseUrl());
        tom = new Browser(server.baseUrl());
        api = Api.as(server, "practitioner1");
    }

    @AfterEach
    void close() {
        aisha.close();
        tom.close();
    }

    private long startedCase() {
        long caseId = caseWithConsent(api);
        JsonObject start = Json.createObjectBuilder().add("child_given_names", "Ffion").add("housing", "Rented flat")
                .add("housing_rating", "no_issue").add("wider_family", "Grandparents nearby").build();
        Journeys.expect(Journeys.save(api, caseId, null, start), 200);
        aisha.signIn("practitioner1", Api.DEMO_PASSWORD);
        tom.signIn("practitioner2", Api.DEMO_PASSWORD);
        aisha.open("/cases/assessment.xhtml?id=" + caseId + "&section=family_environment");
        tom.open("/cases/assessment.xhtml?id=" + caseId + "&section=family_environment");
        return caseId;
    }

    @Test
    void keepMinePutsMyAnswersOnTopAndTheirsStayInTheHistory() {
        long caseId = startedCase();
        tom.type(input("housing"), "Temporary accommodation since March");
        tom.click(radio("housing_rating", 2));
        tom.click("assessment:save");
        assertThat(awaitSaved(tom)).startsWith("Saved revision 2");

        aisha.type(input("housing"), "Rented flat, damp in the bedroom");
        aisha.type(input("wider_family"), "Grandparents nearby and an aunt in Leeds");
        aisha.click("assessment:save");
        until(aisha, d -> !d.findElements(By.id("conflict")).isEmpty());
        String panel = aisha.text(By.id("conflict"));
        assertThat(panel).contains("Tom Evans saved revision 2 at").contains("changing: Housing, Housing (strength or need)");
        assertThat(aisha.text(By.id("conflictTable"))).contains("Housing").contains("Rented flat, damp in the bedroom")
                .contains("Temporary accommodation since March").doesNotContain("aunt in Leeds");
        assertThat(aisha.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("conflict");
        assertThat(revisions(api, caseId)).hasSize(2);
        accessible(aisha);
        aisha.screenshot("concurrent-01-conflict");

        aisha.click("assessment:keepMine");
        assertThat(aisha.text(By.className("notice-success"))).contains("Your answers were kept")
                .contains("Tom Evans's answers stay in the history as revision 2");
        assertThat(aisha.driver().findElements(By.id("conflict"))).isEmpty();
        aisha.screenshot("concurrent-02-kept-mine");

        JsonArray history = revisions(api, caseId);
        assertThat(history).hasSize(3);
        assertThat(history.getJsonObject(2).getString("reason")).isEqualTo("Aisha Khan's changes kept on top of Tom Evans's revision 2");
        JsonObject now = latest(api, caseId).getJsonObject("answers");
        assertThat(now.getString("housing")).isEqualTo("Rented flat, damp in the bedroom");
        assertThat(now.getString("wider_family")).isEqualTo("Grandparents nearby and an aunt in Leeds");
        assertThat(now.getString("housing_rating")).isEqualTo("need");
        JsonObject toms = Journeys.expect(api.get("/api/v1/cases/" + caseId + "/assessment/revisions/2"), 200).json();
        assertThat(toms.getJsonObject("answers").getString("housing")).isEqualTo("Temporary accommodation since March");
        assertThat(aisha.byId(radio("housing_rating", 2)).isSelected()).isTrue();

        aisha.type(input("social_community_resources"), "Library on Saturdays");
        assertThat(awaitSaved(aisha, 4)).matches("Saved revision 4 at \\d\\d:\\d\\d");
    }

    @Test
    void takeTheirsFirstKeepsMyVersionAsItsOwnRevision() {
        long caseId = startedCase();
        tom.type(input("housing"), "Moved to a council house");
        tom.click("assessment:save");
        assertThat(awaitSaved(tom)).startsWith("Saved revision 2");

        aisha.type(input("housing"), "Rented flat, needs repairs");
        aisha.type(input("social_community_resources"), "Youth club on Fridays");
        aisha.click("assessment:save");
        until(aisha, d -> !d.findElements(By.id("conflict")).isEmpty());
        aisha.click("assessment:takeTheirs");
        assertThat(aisha.text(By.className("notice-success"))).contains("Tom Evans's answers were taken")
                .contains("Your version is kept in the history as revision 3").contains("now at revision 4");
        assertThat(aisha.byId(input("housing")).getAttribute("value")).isEqualTo("Moved to a council house");
        assertThat(aisha.byId(input("social_community_resources")).getAttribute("value")).isEqualTo("Youth club on Fridays");
        accessible(aisha);
        aisha.screenshot("concurrent-03-took-theirs");

        JsonArray history = revisions(api, caseId);
        assertThat(history).hasSize(4);
        assertThat(history.getJsonObject(2).getString("reason"))
                .isEqualTo("Aisha Khan's changes, kept when taking Tom Evans's revision 2");
        JsonObject mine = Journeys.expect(api.get("/api/v1/cases/" + caseId + "/assessment/revisions/3"), 200).json();
        assertThat(mine.getJsonObject("answers").getString("housing")).isEqualTo("Rented flat, needs repairs");
        JsonObject now = latest(api, caseId).getJsonObject("answers");
        assertThat(now.getString("housing")).isEqualTo("Moved to a council house");
        assertThat(now.getString("social_community_resources")).isEqualTo("Youth club on Fridays");

        aisha.open("/cases/history.xhtml?id=" + caseId);
        assertThat(aisha.text(By.id("revisions"))).contains("kept when taking Tom Evans's revision 2")
                .contains("Tom Evans's answers from revision 2 taken over Aisha Khan's");
        accessible(aisha);
        aisha.screenshot("concurrent-04-history");
    }

    @Test
    void twoPeopleStartingTheSameAssessmentBothKeepTheirAnswers() {
        long caseId = caseWithConsent(api);
        aisha.signIn("practitioner1", Api.DEMO_PASSWORD);
        tom.signIn("practitioner2", Api.DEMO_PASSWORD);
        aisha.open("/cases/assessment.xhtml?id=" + caseId);
        tom.open("/cases/assessment.xhtml?id=" + caseId);
        tom.type(input("child_given_names"), "Gethin");
        tom.click("assessment:save");
        assertThat(awaitSaved(tom)).startsWith("Saved revision 1");

        aisha.type(input("child_family_name"), "Price");
        aisha.click("assessment:save");
        assertThat(awaitSaved(aisha)).startsWith("Saved revision 2");
        assertThat(aisha.text(By.className("notice-success"))).contains("Tom Evans saved revision 1");
        JsonObject now = latest(api, caseId).getJsonObject("answers");
        assertThat(now.getString("child_given_names")).isEqualTo("Gethin");
        assertThat(now.getString("child_family_name")).isEqualTo("Price");
        assertThat(aisha.byId(input("child_given_names")).getAttribute("value")).isEqualTo("Gethin");
    }

    @Test
    void changesToDifferentFieldsMergeWithoutAsking() {
        long caseId = startedCase();
        tom.type(input("wider_family"), "Grandparents moved away");
        tom.click("assessment:save");
        assertThat(awaitSaved(tom)).startsWith("Saved revision 2");

        aisha.type(input("employment_finances"), "Mother works part time");
        assertThat(awaitSaved(aisha)).startsWith("Saved revision 3");
        assertThat(aisha.text(By.className("notice-success"))).contains("Tom Evans saved revision 2")
                .contains("merged and saved as revision 3");
        assertThat(aisha.byId(input("wider_family")).getAttribute("value")).isEqualTo("Grandparents moved away");
        JsonObject now = latest(api, caseId).getJsonObject("answers");
        assertThat(now.getString("wider_family")).isEqualTo("Grandparents moved away");
        assertThat(now.getString("employment_finances")).isEqualTo("Mother works part time");
        accessible(aisha);
        aisha.screenshot("concurrent-05-merged");
    }
}
