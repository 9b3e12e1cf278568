package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.TeamLeadSupport.UK;
import static org.ecaf.web.it.TeamLeadSupport.caseOf;
import static org.ecaf.web.it.TeamLeadSupport.state;
import static org.ecaf.web.it.TeamLeadSupport.today;

import jakarta.json.JsonObject;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.PlanPage;
import org.ecaf.web.testing.pages.SignInPage;
import org.junit.jupiter.api.Test;

/** Journey 8, team and plan: lead professional, Team Around the Child, actions, review date, activation, reviews. */
class TeamLeadPlanIT extends TeamLeadBrowserSetUp {

    @Test
    void aTeamLeadAgreesTheTeamAndThePlanAndMakesItActive() {
        long caseId = TeamLeadSupport.approvedCase(practitioner, lead);
        long tom = Journeys.practitionerId(lead, "practitioner2");
        long nurse = Journeys.practitionerId(lead, "practitioner3");

        SignInPage.signIn(browser, "teamlead1");
        PlanPage plan = PlanPage.open(browser, caseId);
        assertThat(plan.title()).startsWith("Team and plan:");
        assertThat(plan.leadProfessional()).isEqualTo("Not yet agreed");
        plan.assertAccessible();
        plan.screenshot("teamlead-plan-01-empty");

        plan.activate();
        String problems = plan.errorSummary();
        assertThat(problems).contains("Agree and record the lead professional before the delivery plan becomes active.")
                .contains("Set the date of the first review before the delivery plan becomes active.");
        assertThat(plan.errorTargets()).containsExactly(PlanPage.LEAD, PlanPage.REVIEW_DATE);
        assertThat(state(lead, caseId)).isEqualTo("APPROVED");
        plan.assertAccessible();
        plan.screenshot("teamlead-plan-02-activation-refused");

        plan.chooseLead(tom);
        assertThat(plan.notice()).contains("The lead professional is saved.");
        assertThat(plan.leadProfessional()).startsWith("Tom Evans");

        plan.addPractitioner(nurse, "School nurse");
        assertThat(plan.notice()).contains("Added to the Team Around the Child.");

        plan.addOther();
        assertThat(plan.errorSummary()).contains("Choose a practitioner or enter the member's name.")
                .contains("Enter the member's role");
        assertThat(plan.errorTargets()).containsExactly(PlanPage.MEMBER_NAME, PlanPage.MEMBER_ROLE);
        plan.assertAccessible();
        plan.screenshot("teamlead-plan-03-member-refused");

        plan.addOther("Dr Priya Shah", "GP", "Mill Lane Surgery", "01632 960123");
        String members = plan.members();
        assertThat(members).contains("Siobhán Murphy").contains("School nurse").contains("Dr Priya Shah")
                .contains("Mill Lane Surgery").contains("01632 960123");
        plan.removeMember(1);
        assertThat(plan.notice()).contains("Dr Priya Shah has left the Team Around the Child.");
        assertThat(plan.members()).doesNotContain("Dr Priya Shah").contains("Siobhán Murphy");

        plan.addAction("Referral to the young carers' service", "Tom Evans", today().plusWeeks(2).format(UK),
                "Zoë has a young carers' worker");
        assertThat(plan.notice()).contains("The action is added.");
        plan.addAction("Meeting with the school about attendance", "Aisha Khan", today().minusDays(3).format(UK), null);
        // issue 12: an action agreed now cannot be due in the past; one agreed earlier (recorded through the API, as
        // a plan brought in from elsewhere is) shows as overdue
        assertThat(plan.errorSummary()).contains("The date the action is due cannot be in the past");
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/actions", jakarta.json.Json.createObjectBuilder()
                .add("what", "Meeting with the school about attendance").add("who", "Aisha Khan")
                .add("byWhen", today().minusDays(3).toString()).build()), 201);
        plan = PlanPage.open(browser, caseId);
        String actions = plan.actions();
        assertThat(actions).contains("Referral to the young carers' service").contains(today().plusWeeks(2).format(UK))
                .contains("Meeting with the school about attendance");
        assertThat(plan.overdueAction()).contains("Meeting with the school about attendance").contains("Overdue");

        plan.setStatus(0, "IN_PROGRESS");
        assertThat(plan.notice()).contains("The status of \"Referral to the young carers' service\" is saved.");
        assertThat(plan.statusShown(0)).isEqualTo("In progress");

        plan.reviewDate("31/02/2027");
        assertThat(plan.errorSummary()).contains("Enter the review date as a real date, for example 27/03/2027.");
        assertThat(plan.errorTargets()).containsExactly(PlanPage.REVIEW_DATE);
        plan.assertAccessible();
        plan.screenshot("teamlead-plan-04-bad-date");

        plan.reviewDate(today().plusWeeks(6).format(UK));
        assertThat(plan.currentReviewDate()).isEqualTo("Next review on " + today().plusWeeks(6).format(UK));
        plan.assertAccessible();
        plan.screenshot("teamlead-plan-05-ready");

        plan.activate();
        assertThat(plan.notice()).contains("The delivery plan is active.");
        assertThat(plan.caseState()).isEqualTo("Delivery plan active");
        assertThat(plan.offersActivation()).isFalse();
        plan.assertAccessible();
        plan.screenshot("teamlead-plan-06-active");

        JsonObject c = caseOf(lead, caseId);
        assertThat(c.getString("state")).isEqualTo("PLAN_ACTIVE");
        assertThat(c.getJsonObject("leadProfessional").getString("username")).isEqualTo("practitioner2");
        assertThat(c.getJsonArray("teamAroundTheChild")).hasSize(1);
        assertThat(c.getJsonArray("actions")).hasSize(2);
        assertThat(c.getJsonArray("actions").getJsonObject(0).getString("status")).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aPractitionerSeesTheLeadProfessionalButCannotChangeIt() {
        long caseId = TeamLeadSupport.activeCase(practitioner, lead, "practitioner2");

        SignInPage.signIn(browser, "practitioner1");
        PlanPage plan = PlanPage.open(browser, caseId);
        assertThat(plan.leadProfessional()).startsWith("Tom Evans");
        assertThat(plan.leadReadOnly()).contains("Only a team lead of Early Help Team North");
        assertThat(plan.offersLeadChoice()).isFalse();
        assertThat(plan.review().isShown()).isTrue();
        plan.assertAccessible();
        plan.screenshot("teamlead-plan-07-practitioner-view");
    }

    @Test
    void aReviewIsRecordedOnTheReviewForm() {
        long caseId = TeamLeadSupport.activeCase(practitioner, lead, "practitioner1");

        SignInPage.signIn(browser, "practitioner1");
        PlanPage plan = PlanPage.open(browser, caseId);
        PlanPage.ReviewForm review = plan.review();
        assertThat(review.dateShown("meeting", "review_date")).isEqualTo(today().toString());
        review.record();
        String problems = plan.errorSummary();
        assertThat(problems).contains("People present at the review").contains("Progress against the actions agreed")
                .contains("Outcome of the review");
        assertThat(plan.errorTargets()).contains(review.row("meeting", "people_present", 0, "name"),
                review.field("meeting", "progress"), review.option("next_steps", "outcome", 0));
        plan.assertAccessible();
        plan.screenshot("teamlead-review-01-refused");

        review.typeInRow("meeting", "people_present", 0, "name", "Lan Nguyễn")
                .typeInRow("meeting", "people_present", 0, "role", "Mother")
                .addRow("meeting", "people_present");
        assertThat(plan.focusedId()).isEqualTo(review.row("meeting", "people_present", 1, "name"));
        review.typeInRow("meeting", "people_present", 1, "name", "Aisha Khan")
                .typeInRow("meeting", "people_present", 1, "role", "Lead professional")
                .type("meeting", "progress", "Zoë has a young carers' worker; attendance is up to 92%.")
                .type("views", "child_views", "I like the young carers' club.")
                .type("views", "parent_views", "Things are easier at home.")
                .choose("next_steps", "outcome", 0)
                .date("next_steps", "next_review_date", today().plusWeeks(12));
        assertThat(review.asks("next_steps", "reason_for_closing")).isFalse();
        plan.assertAccessible();
        plan.screenshot("teamlead-review-02-filled");

        review.record();
        assertThat(plan.notice()).contains("The review is recorded.");
        String reviews = plan.reviews();
        assertThat(reviews).contains("Review on " + today().format(UK)).contains("Continue with the plan")
                .contains(today().plusWeeks(12).format(UK)).contains("Aisha Khan");
        assertThat(plan.currentReviewDate()).contains(today().plusWeeks(12).format(UK));
        assertThat(plan.firstReviewAnswers()).contains("Lan Nguyễn").contains("Mother")
                .contains("attendance is up to 92%");
        plan.assertAccessible();
        plan.screenshot("teamlead-review-03-recorded");

        JsonObject c = caseOf(practitioner, caseId);
        assertThat(c.getJsonArray("reviews")).hasSize(1);
        JsonObject answers = c.getJsonArray("reviews").getJsonObject(0).getJsonObject("answers");
        assertThat(answers.getString("outcome")).isEqualTo("continue");
        assertThat(answers.getJsonArray("people_present")).hasSize(2);
        assertThat(answers.containsKey("reason_for_closing")).isFalse();
    }

    @Test
    void aReviewThatDecidesToCloseAsksWhyAndPointsToClosure() {
        long caseId = TeamLeadSupport.activeCase(practitioner, lead, "practitioner1");

        SignInPage.signIn(browser, "teamlead1");
        PlanPage plan = PlanPage.open(browser, caseId);
        PlanPage.ReviewForm review = plan.review();
        review.typeInRow("meeting", "people_present", 0, "name", "Lan Nguyễn")
                .typeInRow("meeting", "people_present", 0, "role", "Mother")
                .type("meeting", "progress", "All actions are done.")
                .choose("next_steps", "outcome", 1);
        assertThat(review.asks("next_steps", "next_review_date")).isFalse();
        review.record();
        assertThat(plan.errorSummary()).contains("Reason for closing");
        assertThat(plan.errorTargets()).containsExactly(review.field("next_steps", "reason_for_closing"));
        review.type("next_steps", "reason_for_closing", "Needs are met.").record();
        assertThat(plan.notice()).contains("It decided to close the case");
        assertThat(plan.closingDecided()).contains("The last review decided to close the case.");
        plan.assertAccessible();
        plan.screenshot("teamlead-review-04-decided-to-close");
        plan.goToClosure(caseId);
    }
}
