package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.TeamLeadSupport.childName;
import static org.ecaf.web.it.TeamLeadSupport.reference;
import static org.ecaf.web.it.TeamLeadSupport.state;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.ApprovalPage;
import org.ecaf.web.testing.pages.ApprovalsPage;
import org.ecaf.web.testing.pages.HomePage;
import org.ecaf.web.testing.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Journey 7: the team lead's approval queue, reading a submitted assessment, approving and returning it. */
class TeamLeadApprovalIT extends TeamLeadBrowserSetUp {

    @Test
    void aTeamLeadApprovesFromTheQueue() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        String child = childName(practitioner, caseId);
        String reference = reference(practitioner, caseId);

        HomePage home = SignInPage.signIn(browser, "teamlead1");
        assertThat(home.awaiting()).contains(reference).contains(child).contains("Aisha Khan");
        assertThat(home.caseload()).contains("Aisha Khan").contains("Tom Evans");
        home.assertAccessible();
        home.screenshot("teamlead-approval-01-home");

        ApprovalsPage approvals = home.goToApprovals();
        assertThat(approvals.title()).isEqualTo("Awaiting approval – eCAF");
        String queue = approvals.queue();
        assertThat(queue).contains(child).contains(reference).contains("Aisha Khan")
                .contains(TeamLeadSupport.today().format(TeamLeadSupport.UK)).contains("0 days");
        approvals.assertAccessible();
        approvals.screenshot("teamlead-approval-02-queue");

        ApprovalPage approval = approvals.openCaseOf(child, caseId);
        assertThat(approval.heading()).contains("Assessment of " + child).contains(reference);
        assertThat(approval.submittedBy()).isEqualTo("Aisha Khan");
        assertThat(approval.childSeen()).contains("School").contains("seen alone").contains("Aisha Khan");
        assertThat(approval.history()).contains("Submitted for approval by Aisha Khan");
        String assessment = approval.assessment();
        assertThat(assessment).contains("Identifying details of the child or young person")
                .contains("Development of the child or young person").contains("Rating: Need")
                .contains("Date of birth").contains("04/03/2015")
                .contains("Household members").contains("Bao Nguyễn");
        assertThat(approval.assessmentTablesHaveCaptions()).isTrue();
        approval.assertAccessible();
        approval.screenshot("teamlead-approval-03-assessment");

        approval.comment("A clear assessment; the plan follows from it.").approve();
        approvals = ApprovalsPage.await(browser);
        assertThat(approvals.notice()).contains("You approved the assessment of " + child + " (" + reference + ")");
        assertThat(browser.pageSource()).doesNotContain("approval.xhtml?id=" + caseId + "\"");
        approvals.assertAccessible();
        approvals.screenshot("teamlead-approval-04-approved");

        assertThat(state(lead, caseId)).isEqualTo("APPROVED");
        JsonArray approvalList = TeamLeadSupport.caseOf(lead, caseId).getJsonArray("approvals");
        JsonObject last = approvalList.getJsonObject(approvalList.size() - 1);
        assertThat(last.getString("kind")).isEqualTo("APPROVED");
        assertThat(last.getString("comment")).isEqualTo("A clear assessment; the plan follows from it.");
    }

    @Test
    void returningNeedsACommentAndThenGoesBackToThePractitioner() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        String child = childName(practitioner, caseId);

        SignInPage.signIn(browser, "teamlead1");
        ApprovalPage approval = ApprovalPage.open(browser, caseId);
        approval.sendBack();
        assertThat(approval.errorSummary()).contains("There is a problem")
                .contains("Say what needs to change before the assessment can be approved.");
        assertThat(approval.errorTargets()).containsExactly(ApprovalPage.COMMENT);
        assertThat(approval.focused().getAttribute("class")).contains("error-summary");
        assertThat(approval.commentBox().getAttribute("class")).contains("input-error");
        assertThat(state(lead, caseId)).isEqualTo("SUBMITTED");
        approval.assertAccessible();
        approval.screenshot("teamlead-approval-05-return-needs-comment");

        browser.find(By.cssSelector(".error-summary a")).click();
        assertThat(approval.focusedId()).isEqualTo(ApprovalPage.COMMENT);
        approval.focused().sendKeys("Please add the father's views.");
        approval.sendBack();
        ApprovalsPage approvals = ApprovalsPage.await(browser);
        assertThat(approvals.notice()).contains("You returned the assessment of " + child);
        approvals.assertAccessible();
        approvals.screenshot("teamlead-approval-06-returned");

        assertThat(state(lead, caseId)).isEqualTo("ASSESSMENT_IN_PROGRESS");
        JsonArray approvalList = TeamLeadSupport.caseOf(lead, caseId).getJsonArray("approvals");
        assertThat(approvalList.getJsonObject(approvalList.size() - 1).getString("comment"))
                .isEqualTo("Please add the father's views.");
    }

    @Test
    void theDecisionWorksWithTheKeyboardAlone() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));

        SignInPage.signIn(browser, "teamlead1");
        ApprovalPage approval = ApprovalPage.open(browser, caseId);
        approval.commentBox().sendKeys("Approved: thorough and clear.", Keys.TAB);
        assertThat(approval.focusedId()).isEqualTo(ApprovalPage.APPROVE);
        approval.focused().sendKeys(Keys.ENTER);
        browser.awaitIdle();
        ApprovalsPage approvals = ApprovalsPage.await(browser);
        assertThat(approvals.notice()).contains("You approved the assessment");
        assertThat(approvals.focused().getAttribute("class")).contains("notice-success");
        assertThat(state(lead, caseId)).isEqualTo("APPROVED");
    }

    @Test
    void aTeamLeadWhoEditedTheAssessmentCannotApproveIt() {
        long caseId = assessmentEditedByTheTeamLead();

        SignInPage.signIn(browser, "teamlead1");
        ApprovalPage approval = ApprovalPage.open(browser, caseId);
        assertThat(approval.history()).contains("Submitted for approval by Aisha Khan");
        approval.approve();
        assertThat(approval.errorSummary()).contains("You wrote or edited this assessment, so you cannot approve it. "
                + "Another team lead must approve it.");
        approval.awaitPath("/cases/approval.xhtml");
        assertThat(state(lead, caseId)).isEqualTo("SUBMITTED");
        approval.assertAccessible();
        approval.screenshot("teamlead-approval-07-self-approval");
    }

    @Test
    void aDecisionSomeoneElseTookMeanwhileIsRefused() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));

        SignInPage.signIn(browser, "teamlead1");
        ApprovalPage approval = ApprovalPage.open(browser, caseId);
        expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().build()), 200);
        approval.comment("Looks good").approve();
        assertThat(approval.errorSummary()).contains("You cannot approve the assessment now: the case is at "
                + "\"Assessment approved\".");
        assertThat(approval.caseState()).isEqualTo("Assessment approved");
        assertThat(approval.offersDecision()).isFalse();
        approval.assertAccessible();
        approval.screenshot("teamlead-approval-08-wrong-state");
    }

    @Test
    void anotherTeamsLeadNeitherSeesNorDecidesTheAssessment() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        String reference = reference(practitioner, caseId);

        SignInPage.signIn(browser, "teamlead2");
        ApprovalsPage.open(browser);
        assertThat(browser.pageSource()).doesNotContain(reference);
        ApprovalPage approval = ApprovalPage.open(browser, caseId);
        assertThat(approval.heading()).isEqualTo("Assessment not available");
        // outside the case's reach: the same answer as for a case that does not exist
        assertThat(approval.refusal()).isEqualTo("There is no case " + caseId + ".");
        assertThat(approval.offersDecision()).isFalse();
        approval.assertAccessible();
        approval.screenshot("teamlead-approval-09-other-team");
    }

    /** practitioner1 writes and submits the assessment, but teamlead1 saved a revision of it in between. */
    private long assessmentEditedByTheTeamLead() {
        long agencyId = Journeys.firstAgencyId(practitioner);
        long childId = Journeys.registerChild(practitioner, 11, false).getJsonNumber("id").longValue();
        long motherId = Journeys.addParent(practitioner, childId, "Parent " + Journeys.randomName(), true, true)
                .getJsonNumber("id").longValue();
        long caseId = Journeys.openCase(practitioner, childId).getJsonNumber("id").longValue();
        Journeys.consent(practitioner, caseId, motherId, new long[] {agencyId}, new long[] {motherId});
        JsonObject answers = Journeys.completeAnswers();
        expect(Journeys.save(practitioner, caseId, null, answers), 200);
        expect(Journeys.save(lead, caseId, 1, Json.createObjectBuilder(answers).add("child_religion", "None").build()), 200);
        Journeys.childSeen(practitioner, caseId);
        expect(practitioner.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        return caseId;
    }
}
