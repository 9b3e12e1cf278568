package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;
import static org.ecaf.web.it.AssessmentSteps.latest;
import static org.ecaf.web.it.AssessmentSteps.revisions;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.AssessmentPage;
import org.ecaf.web.testing.pages.HistoryPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

    /** Aisha's and Tom's assessment pages, side by side. */
    private AssessmentPage aishas;
    private AssessmentPage toms;

    private long startedCase() {
        long caseId = caseWithConsent(api);
        JsonObject start = Json.createObjectBuilder().add("child_given_names", "Ffion").add("housing", "Rented flat")
                .add("housing_rating", "no_issue").add("wider_family", "Grandparents nearby").build();
        Journeys.expect(Journeys.save(api, caseId, null, start), 200);
        aisha.signIn("practitioner1", Api.DEMO_PASSWORD);
        tom.signIn("practitioner2", Api.DEMO_PASSWORD);
        aishas = AssessmentPage.open(aisha, caseId, "section=family_environment");
        toms = AssessmentPage.open(tom, caseId, "section=family_environment");
        return caseId;
    }

    @Test
    void keepMinePutsMyAnswersOnTopAndTheirsStayInTheHistory() {
        long caseId = startedCase();
        toms.type("housing", "Temporary accommodation since March").choose("housing_rating", 2).save();
        assertThat(toms.awaitSaved()).startsWith("Saved revision 2");

        aishas.type("housing", "Rented flat, damp in the bedroom")
                .type("wider_family", "Grandparents nearby and an aunt in Leeds").save().awaitConflict();
        String panel = aishas.conflict();
        assertThat(panel).contains("Tom Evans saved revision 2 at")
                .contains("changing: Housing, Housing (strength or need)");
        assertThat(aishas.conflictTable()).contains("Housing").contains("Rented flat, damp in the bedroom")
                .contains("Temporary accommodation since March").doesNotContain("aunt in Leeds");
        assertThat(aishas.focusedId()).isEqualTo("conflict");
        assertThat(revisions(api, caseId)).hasSize(2);
        aishas.assertAccessible();
        aisha.screenshot("concurrent-01-conflict");

        aishas.keepMine();
        assertThat(aishas.notice()).contains("Your answers were kept")
                .contains("Tom Evans's answers stay in the history as revision 2");
        assertThat(aishas.showsConflict()).isFalse();
        aisha.screenshot("concurrent-02-kept-mine");

        JsonArray history = revisions(api, caseId);
        assertThat(history).hasSize(3);
        assertThat(history.getJsonObject(2).getString("reason"))
                .isEqualTo("Aisha Khan's changes kept on top of Tom Evans's revision 2");
        JsonObject now = latest(api, caseId).getJsonObject("answers");
        assertThat(now.getString("housing")).isEqualTo("Rented flat, damp in the bedroom");
        assertThat(now.getString("wider_family")).isEqualTo("Grandparents nearby and an aunt in Leeds");
        assertThat(now.getString("housing_rating")).isEqualTo("need");
        JsonObject tomsRevision = Journeys.expect(api.get("/api/v1/cases/" + caseId + "/assessment/revisions/2"), 200)
                .json();
        assertThat(tomsRevision.getJsonObject("answers").getString("housing"))
                .isEqualTo("Temporary accommodation since March");
        assertThat(aishas.option("housing_rating", 2).isSelected()).isTrue();

        aishas.type("social_community_resources", "Library on Saturdays");
        assertThat(aishas.awaitSaved(4)).matches("Saved revision 4 at \\d\\d:\\d\\d");
    }

    @Test
    void takeTheirsFirstKeepsMyVersionAsItsOwnRevision() {
        long caseId = startedCase();
        toms.type("housing", "Moved to a council house").save();
        assertThat(toms.awaitSaved()).startsWith("Saved revision 2");

        aishas.type("housing", "Rented flat, needs repairs").type("social_community_resources", "Youth club on Fridays")
                .save().awaitConflict();
        aishas.takeTheirs();
        assertThat(aishas.notice()).contains("Tom Evans's answers were taken")
                .contains("Your version is kept in the history as revision 3").contains("now at revision 4");
        assertThat(aishas.value("housing")).isEqualTo("Moved to a council house");
        assertThat(aishas.value("social_community_resources")).isEqualTo("Youth club on Fridays");
        aishas.assertAccessible();
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

        HistoryPage history2 = HistoryPage.open(aisha, caseId);
        assertThat(history2.revisionList()).contains("kept when taking Tom Evans's revision 2")
                .contains("Tom Evans's answers from revision 2 taken over Aisha Khan's");
        history2.assertAccessible();
        aisha.screenshot("concurrent-04-history");
    }

    @Test
    void twoPeopleStartingTheSameAssessmentBothKeepTheirAnswers() {
        long caseId = caseWithConsent(api);
        aisha.signIn("practitioner1", Api.DEMO_PASSWORD);
        tom.signIn("practitioner2", Api.DEMO_PASSWORD);
        aishas = AssessmentPage.open(aisha, caseId);
        toms = AssessmentPage.open(tom, caseId);
        toms.type("child_given_names", "Gethin").save();
        assertThat(toms.awaitSaved()).startsWith("Saved revision 1");

        aishas.type("child_family_name", "Price").save();
        assertThat(aishas.awaitSaved()).startsWith("Saved revision 2");
        assertThat(aishas.notice()).contains("Tom Evans saved revision 1");
        JsonObject now = latest(api, caseId).getJsonObject("answers");
        assertThat(now.getString("child_given_names")).isEqualTo("Gethin");
        assertThat(now.getString("child_family_name")).isEqualTo("Price");
        assertThat(aishas.value("child_given_names")).isEqualTo("Gethin");
    }

    @Test
    void changesToDifferentFieldsMergeWithoutAsking() {
        long caseId = startedCase();
        toms.type("wider_family", "Grandparents moved away").save();
        assertThat(toms.awaitSaved()).startsWith("Saved revision 2");

        aishas.type("employment_finances", "Mother works part time");
        assertThat(aishas.awaitSaved()).startsWith("Saved revision 3");
        assertThat(aishas.notice()).contains("Tom Evans saved revision 2")
                .contains("merged and saved as revision 3");
        assertThat(aishas.value("wider_family")).isEqualTo("Grandparents moved away");
        JsonObject now = latest(api, caseId).getJsonObject("answers");
        assertThat(now.getString("wider_family")).isEqualTo("Grandparents moved away");
        assertThat(now.getString("employment_finances")).isEqualTo("Mother works part time");
        aishas.assertAccessible();
        aisha.screenshot("concurrent-05-merged");
    }
}
