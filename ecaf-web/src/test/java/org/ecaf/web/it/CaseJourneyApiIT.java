package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole CAF journey through the API, as the worked example in docs/api.md runs it: register → consent →
 * assessment revisions → child seen → submit → return → resubmit → approve → lead professional and plan →
 * review → close → reopen, with each rule refusing with its code on the way.
 */
@ExtendWith(EcafServerExtension.class)
class CaseJourneyApiIT {

    private static List<String> codes(Api.Answer answer) {
        return answer.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void aCaseGoesFromRegistrationToClosureAndBackWithEveryRuleEnforced(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        Api tom = Api.as(server, "practitioner2");
        Api grace = Api.as(server, "teamlead1");
        long agency = Journeys.agencyId(aisha, "NBH-CHS");

        // register the child and the family
        JsonObject child = Journeys.registerChild(aisha, 13, false);
        long childId = child.getJsonNumber("id").longValue();
        long mother = Journeys.addParent(aisha, childId, "Jane " + Journeys.randomName(), true, true)
                .getJsonNumber("id").longValue();
        JsonObject opened = Journeys.openCase(aisha, childId);
        long caseId = opened.getJsonNumber("id").longValue();
        assertThat(opened.getString("reference")).matches("CAF-\\d{4}-\\d{6}");
        assertThat(opened.getString("state")).isEqualTo("PRE_ASSESSMENT");

        // no answer is saved before consent to record
        Api.Answer noConsent = Journeys.save(aisha, caseId, null, Json.createObjectBuilder()
                .add("child_given_names", "X").build());
        assertThat(noConsent.status()).isEqualTo(409);
        assertThat(noConsent.json().getString("code")).isEqualTo("CONSENT_TO_RECORD_MISSING");
        assertThat(aisha.get("/api/v1/cases/" + caseId + "/assessment").status()).isEqualTo(404);

        Journeys.consent(aisha, caseId, mother, new long[] {agency}, new long[] {mother});

        // three revisions over "days"; the ETag carries the revision and If-Match guards every change
        Api.Answer first = expect(Journeys.save(aisha, caseId, null, Json.createObjectBuilder()
                .add("child_given_names", "Ava").add("reason_for_assessment", "Attendance").build()), 200);
        assertThat(first.header("etag")).isEqualTo("\"1\"");
        assertThat(first.json().getString("previousHash")).isEqualTo("0".repeat(64));
        OffsetDateTime afterFirst = OffsetDateTime.parse(first.json().getString("savedAt"));

        Api.Answer withoutIfMatch = Journeys.save(aisha, caseId, null, Json.createObjectBuilder().build());
        assertThat(withoutIfMatch.status()).isEqualTo(428);

        Api.Answer invalid = Journeys.save(aisha, caseId, 1, Json.createObjectBuilder()
                .add("child_date_of_birth", "31/02/2015").add("no_such_field", "x").add("child_gender", "robot").build());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(codes(invalid)).contains("NOT_A_DATE", "UNKNOWN_FIELD", "UNKNOWN_OPTION");

        Api.Answer second = expect(Journeys.save(tom, caseId, 1, Json.createObjectBuilder()
                .add("child_given_names", "Ava").add("reason_for_assessment", "Attendance and tiredness")
                .add("child_views", "I am tired").build()), 200);
        assertThat(second.header("etag")).isEqualTo("\"2\"");
        assertThat(second.json().getString("previousHash")).isEqualTo(first.json().getString("hash"));

        Api.Answer stale = Journeys.save(aisha, caseId, 1, Json.createObjectBuilder().add("child_given_names", "Eva").build());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().getString("code")).isEqualTo("STALE_REVISION");
        JsonObject since = stale.json().getJsonArray("savedSince").getJsonObject(0);
        assertThat(since.getInt("revision")).isEqualTo(2);
        assertThat(since.getString("authorName")).isEqualTo("Tom Evans");
        assertThat(since.getJsonArray("changedFields").toString()).contains("reason_for_assessment", "child_views");

        expect(Journeys.save(aisha, caseId, 2, Journeys.completeAnswers()), 200);

        // history, any revision, as-of and diff
        Api.Answer history = expect(aisha.get("/api/v1/cases/" + caseId + "/assessment/revisions"), 200);
        assertThat(history.array()).hasSize(3);
        assertThat(history.array().getJsonObject(1).getString("author")).isEqualTo("practitioner2");
        Api.Answer revision2 = expect(aisha.get("/api/v1/cases/" + caseId + "/assessment/revisions/2"), 200);
        assertThat(revision2.json().getJsonObject("answers").getString("child_views")).isEqualTo("I am tired");
        Api.Answer asOf = expect(aisha.get("/api/v1/cases/" + caseId + "/assessment?asOf="
                + URLEncoder.encode(afterFirst.toString(), StandardCharsets.UTF_8)), 200);
        assertThat(asOf.json().getInt("revision")).isEqualTo(1);
        Api.Answer diff = expect(aisha.get("/api/v1/cases/" + caseId + "/assessment/diff?from=1&to=2"), 200);
        assertThat(diff.json().getJsonArray("changes").stream().map(c -> c.asJsonObject().getString("path") + ":"
                + c.asJsonObject().getString("kind")).toList())
                .containsExactlyInAnyOrder("reason_for_assessment:CHANGED", "child_views:ADDED");

        // submit before the child is seen: refused with the code
        Api.Answer unseen = aisha.post("/api/v1/cases/" + caseId + "/assessment/submission", null);
        assertThat(unseen.status()).isEqualTo(409);
        assertThat(codes(unseen)).containsExactly("CHILD_NOT_SEEN");

        Journeys.childSeen(aisha, caseId);
        JsonObject submitted = expect(aisha.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200).json();
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");

        Api.Answer locked = Journeys.save(aisha, caseId, 3, Journeys.completeAnswers());
        assertThat(locked.status()).isEqualTo(409);
        assertThat(codes(locked)).contains("ASSESSMENT_LOCKED");

        // a practitioner cannot approve; the team lead returns it with a comment
        assertThat(aisha.post("/api/v1/cases/" + caseId + "/assessment/approval", Json.createObjectBuilder().build())
                .json().getString("code")).isEqualTo("NOT_TEAM_LEAD");
        Api.Answer noComment = grace.post("/api/v1/cases/" + caseId + "/assessment/return", Json.createObjectBuilder().build());
        assertThat(codes(noComment)).containsExactly("COMMENT_REQUIRED");
        JsonObject returned = expect(grace.post("/api/v1/cases/" + caseId + "/assessment/return",
                Json.createObjectBuilder().add("comment", "Please add the father's views.").build()), 200).json();
        assertThat(returned.getString("state")).isEqualTo("ASSESSMENT_IN_PROGRESS");

        // resubmitted and approved
        JsonObject parentViews = Json.createObjectBuilder(Journeys.completeAnswers())
                .add("parent_views", "Dad says he would like to be more involved.").build();
        expect(Journeys.save(aisha, caseId, 3, parentViews), 200);
        expect(aisha.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        JsonObject approved = expect(grace.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Good assessment.").build()), 200).json();
        assertThat(approved.getString("state")).isEqualTo("APPROVED");
        assertThat(approved.getJsonArray("approvals").stream().map(a -> a.asJsonObject().getString("kind")).toList())
                .containsExactly("REQUESTED", "RETURNED", "REQUESTED", "APPROVED");

        // the plan needs a lead professional and a review date, reported together
        Api.Answer noPlan = grace.post("/api/v1/cases/" + caseId + "/plan-activation", null);
        assertThat(codes(noPlan)).containsExactlyInAnyOrder("LEAD_PROFESSIONAL_REQUIRED", "REVIEW_DATE_REQUIRED");
        expect(grace.put("/api/v1/cases/" + caseId + "/lead-professional", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(grace, "practitioner1")).build(), Map.of()), 200);
        expect(grace.post("/api/v1/cases/" + caseId + "/team-members", Json.createObjectBuilder()
                .add("practitionerId", Journeys.practitionerId(grace, "practitioner3")).add("role", "School nurse").build()), 201);
        expect(grace.post("/api/v1/cases/" + caseId + "/actions", Json.createObjectBuilder()
                .add("what", "Young carers referral").add("who", "Aisha Khan")
                .add("byWhen", LocalDate.now(Journeys.LONDON).plusWeeks(2).toString()).build()), 201);
        expect(grace.put("/api/v1/cases/" + caseId + "/review-date", Json.createObjectBuilder()
                .add("reviewDate", LocalDate.now(Journeys.LONDON).plusWeeks(12).toString()).build(), Map.of()), 200);
        JsonObject active = expect(grace.post("/api/v1/cases/" + caseId + "/plan-activation", null), 200).json();
        assertThat(active.getString("state")).isEqualTo("PLAN_ACTIVE");
        assertThat(active.getJsonObject("leadProfessional").getString("name")).isEqualTo("Aisha Khan");

        // a review moves the review date on
        LocalDate nextReview = LocalDate.now(Journeys.LONDON).plusWeeks(24);
        expect(aisha.post("/api/v1/cases/" + caseId + "/reviews", Json.createObjectBuilder().add("answers",
                Json.createObjectBuilder()
                        .add("review_date", LocalDate.now(Journeys.LONDON).toString())
                        .add("people_present", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("name", "Aisha Khan").add("role", "Lead professional")))
                        .add("progress", "Attendance is up to 94%.")
                        .add("child_views", "Better.").add("parent_views", "Much better.")
                        .add("next_review_date", nextReview.toString()).add("outcome", "continue")).build()), 201);
        assertThat(aisha.get("/api/v1/cases/" + caseId).json().getString("reviewDate")).isEqualTo(nextReview.toString());

        // closing needs a reason; reopening needs a team lead and a reason
        Api.Answer noReason = grace.post("/api/v1/cases/" + caseId + "/closure", Json.createObjectBuilder()
                .add("answers", JsonValue.EMPTY_JSON_OBJECT).build());
        assertThat(codes(noReason)).contains("CLOSURE_REASON_REQUIRED");
        JsonObject closed = expect(grace.post("/api/v1/cases/" + caseId + "/closure", Json.createObjectBuilder()
                .add("answers", Json.createObjectBuilder().add("closure_reason", "needs_met")
                        .add("closure_date", LocalDate.now(Journeys.LONDON).toString())).build()), 200).json();
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(aisha.post("/api/v1/cases/" + caseId + "/reopening", Json.createObjectBuilder()
                .add("reason", "New concerns").build()).json().getString("code")).isEqualTo("NOT_TEAM_LEAD");
        JsonObject reopened = expect(grace.post("/api/v1/cases/" + caseId + "/reopening", Json.createObjectBuilder()
                .add("reason", "School reports new concerns.").build()), 200).json();
        assertThat(reopened.getString("state")).isEqualTo("PLAN_ACTIVE");
        assertThat(reopened.getJsonArray("timeline").stream().map(e -> e.asJsonObject().getString("kind")).toList())
                .contains("OPENED", "CONSENT", "ASSESSMENT_STARTED", "CHILD_SEEN", "SUBMITTED", "RETURNED", "APPROVED",
                        "LEAD_PROFESSIONAL", "PLAN_ACTIVE", "REVIEW", "CLOSED", "REOPENED");
    }

    @Test
    void aTeamLeadWhoEditedTheAssessmentCannotApproveIt(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        Api grace = Api.as(server, "teamlead1");
        long caseId = Journeys.submittedCase(aisha, Journeys.firstAgencyId(aisha));
        expect(grace.post("/api/v1/cases/" + caseId + "/assessment/return", Json.createObjectBuilder()
                .add("comment", "I will fix a typo myself.").build()), 200);
        expect(Journeys.save(grace, caseId, 1, Json.createObjectBuilder(Journeys.completeAnswers())
                .add("conclusions", "Fixed a typo.").build()), 200);
        expect(aisha.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        Api.Answer self = grace.post("/api/v1/cases/" + caseId + "/assessment/approval", Json.createObjectBuilder().build());
        assertThat(self.status()).isEqualTo(409);
        assertThat(codes(self)).containsExactly("SELF_APPROVAL");
    }

    @Test
    void withdrawnConsentStopsRecordingUntilATeamLeadDecidesToActWithoutIt(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        Api grace = Api.as(server, "teamlead1");
        long childId = Journeys.registerChild(aisha, 9, false).getJsonNumber("id").longValue();
        long mother = Journeys.addParent(aisha, childId, "Mary " + Journeys.randomName(), true, true)
                .getJsonNumber("id").longValue();
        long caseId = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();
        long consentId = Journeys.consent(aisha, caseId, mother, new long[0], new long[0]).getJsonNumber("id").longValue();
        expect(Journeys.save(aisha, caseId, null, Json.createObjectBuilder().add("child_views", "ok").build()), 200);
        expect(aisha.post("/api/v1/cases/" + caseId + "/consents/" + consentId + "/withdrawal", Json.createObjectBuilder()
                .add("reason", "Mother no longer wishes to take part.").build()), 200);

        Api.Answer withdrawn = Journeys.save(aisha, caseId, 1, Json.createObjectBuilder().add("child_views", "x").build());
        assertThat(withdrawn.status()).isEqualTo(409);
        assertThat(withdrawn.json().getString("code")).isEqualTo("CONSENT_WITHDRAWN");

        Api.Answer byPractitioner = aisha.post("/api/v1/cases/" + caseId + "/without-consent-decisions",
                Json.createObjectBuilder().add("ground", "SIGNIFICANT_HARM").add("reason", "x").add("coversRecording", true).build());
        assertThat(byPractitioner.status()).isEqualTo(403);
        Api.Answer noReason = grace.post("/api/v1/cases/" + caseId + "/without-consent-decisions",
                Json.createObjectBuilder().add("ground", "SIGNIFICANT_HARM").add("coversRecording", true).build());
        assertThat(codes(noReason)).containsExactly("REASON_REQUIRED");
        expect(grace.post("/api/v1/cases/" + caseId + "/without-consent-decisions", Json.createObjectBuilder()
                .add("ground", "SIGNIFICANT_HARM").add("reason", "Injuries reported by school; risk of significant harm.")
                .add("coversRecording", true).build()), 201);
        expect(Journeys.save(aisha, caseId, 1, Json.createObjectBuilder().add("child_views", "recorded").build()), 200);
    }

    @Test
    void aV1DraftIsMigratedToV2ByItsAuthorAndTheAnswersAreKept(EcafServer server) {
        Api aisha = Api.as(server, "practitioner1");
        Api tom = Api.as(server, "practitioner2");
        long childId = Journeys.registerChild(aisha, 7, false).getJsonNumber("id").longValue();
        long mother = Journeys.addParent(aisha, childId, "Ruth " + Journeys.randomName(), true, true)
                .getJsonNumber("id").longValue();
        long caseId = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();
        Journeys.consent(aisha, caseId, mother, new long[0], new long[0]);
        Api.Answer v1 = expect(aisha.put("/api/v1/cases/" + caseId + "/assessment", Json.createObjectBuilder()
                .add("formVersion", 1).add("answers", Json.createObjectBuilder()
                        .add("child_first_language", "Welsh").add("child_telephone", "029 2000 0000")
                        .add("housing_employment_finance", "Rented flat; mother works part time.")).build(), Map.of()), 200);
        assertThat(v1.json().getInt("formVersion")).isEqualTo(1);

        assertThat(tom.post("/api/v1/cases/" + caseId + "/assessment/migration", Json.createObjectBuilder()
                .add("toVersion", 2).build()).json().getString("code")).isEqualTo("NOT_AN_AUTHOR");
        JsonObject v2 = expect(aisha.post("/api/v1/cases/" + caseId + "/assessment/migration", Json.createObjectBuilder()
                .add("toVersion", 2).build()), 200).json();
        assertThat(v2.getInt("revision")).isEqualTo(2);
        assertThat(v2.getInt("formVersion")).isEqualTo(2);
        JsonObject answers = v2.getJsonObject("answers");
        assertThat(answers.getString("child_main_language")).isEqualTo("Welsh");
        assertThat(answers.getString("housing")).isEqualTo("Rented flat; mother works part time.");
        assertThat(answers.getJsonObject("_archive").toString()).contains("029 2000 0000");
        // the v1 revision is still there as it was
        assertThat(aisha.get("/api/v1/cases/" + caseId + "/assessment/revisions/1").json().getJsonObject("answers")
                .getString("child_telephone")).isEqualTo("029 2000 0000");
    }
}
