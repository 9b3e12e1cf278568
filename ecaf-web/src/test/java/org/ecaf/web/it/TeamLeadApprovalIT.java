package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.TeamLeadSupport.accessible;
import static org.ecaf.web.it.TeamLeadSupport.childName;
import static org.ecaf.web.it.TeamLeadSupport.errorSummary;
import static org.ecaf.web.it.TeamLeadSupport.errorTargets;
import static org.ecaf.web.it.TeamLeadSupport.notice;
import static org.ecaf.web.it.TeamLeadSupport.reference;
import static org.ecaf.web.it.TeamLeadSupport.screenshot;
import static org.ecaf.web.it.TeamLeadSupport.state;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Journey 7: the team lead's approval queue, reading a submitted assessment, approving and returning it. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class TeamLeadApprovalIT {

    private Browser browser;
    private Api practitioner;
    private Api lead;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.browser = browser;
        practitioner = Api.as(server, "practitioner1");
        lead = Api.as(server, "teamlead1");
    }

    @Test
    void aTeamLeadApprovesFromTheQueue() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        String child = childName(practitioner, caseId);
        String reference = reference(practitioner, caseId);

        TeamLeadSupport.signIn(browser, "teamlead1");
        assertThat(browser.text(By.id("awaiting"))).contains(reference).contains(child).contains("Aisha Khan");
        assertThat(browser.text(By.id("caseload"))).contains("Aisha Khan").contains("Tom Evans");
        accessible(browser);
        screenshot(browser, "teamlead-approval-01-home");

        browser.click("navApprovals");
        TeamLeadSupport.awaitPath(browser, "/team/approvals.xhtml");
        assertThat(browser.title()).isEqualTo("Awaiting approval – eCAF");
        String queue = browser.text(By.id("queue"));
        assertThat(queue).contains(child).contains(reference).contains("Aisha Khan")
                .contains(TeamLeadSupport.today().format(TeamLeadSupport.UK)).contains("0 days");
        accessible(browser);
        screenshot(browser, "teamlead-approval-02-queue");

        browser.find(By.linkText(child)).click();
        browser.awaitIdle();
        TeamLeadSupport.awaitPath(browser, "/cases/approval.xhtml?id=" + caseId);
        assertThat(browser.text(By.tagName("h1"))).contains("Assessment of " + child).contains(reference);
        assertThat(browser.text(By.id("submittedBy"))).isEqualTo("Aisha Khan");
        assertThat(browser.text(By.id("childSeen"))).contains("School").contains("seen alone").contains("Aisha Khan");
        assertThat(browser.text(By.id("approvalHistory"))).contains("Submitted for approval by Aisha Khan");
        String assessment = browser.text(By.id("assessment"));
        assertThat(assessment).contains("Identifying details of the child or young person")
                .contains("Development of the child or young person").contains("Rating: Need")
                .contains("Date of birth").contains("04/03/2015")
                .contains("Household members").contains("Bao Nguyễn");
        assertThat(browser.driver().findElements(By.cssSelector("#assessment table caption"))).isNotEmpty();
        accessible(browser);
        screenshot(browser, "teamlead-approval-03-assessment");

        browser.type("decisionForm:comment", "A clear assessment; the plan follows from it.");
        browser.click("decisionForm:approve");
        TeamLeadSupport.awaitPath(browser, "/team/approvals.xhtml");
        assertThat(notice(browser)).contains("You approved the assessment of " + child + " (" + reference + ")");
        assertThat(browser.pageSource()).doesNotContain("approval.xhtml?id=" + caseId + "\"");
        accessible(browser);
        screenshot(browser, "teamlead-approval-04-approved");

        assertThat(state(lead, caseId)).isEqualTo("APPROVED");
        JsonArray approvals = TeamLeadSupport.caseOf(lead, caseId).getJsonArray("approvals");
        JsonObject last = approvals.getJsonObject(approvals.size() - 1);
        assertThat(last.getString("kind")).isEqualTo("APPROVED");
        assertThat(last.getString("comment")).isEqualTo("A clear assessment; the plan follows from it.");
    }

    @Test
    void returningNeedsACommentAndThenGoesBackToThePractitioner() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        String child = childName(practitioner, caseId);

        TeamLeadSupport.signIn(browser, "teamlead1");
        browser.open("/cases/approval.xhtml?id=" + caseId);
        browser.click("decisionForm:return");
        assertThat(errorSummary(browser)).contains("There is a problem")
                .contains("Say what needs to change before the assessment can be approved.");
        assertThat(errorTargets(browser)).containsExactly("decisionForm:comment");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("error-summary");
        assertThat(browser.byId("decisionForm:comment").getAttribute("class")).contains("input-error");
        assertThat(state(lead, caseId)).isEqualTo("SUBMITTED");
        accessible(browser);
        screenshot(browser, "teamlead-approval-05-return-needs-comment");

        browser.find(By.cssSelector(".error-summary a")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("decisionForm:comment");
        browser.driver().switchTo().activeElement().sendKeys("Please add the father's views.");
        browser.click("decisionForm:return");
        TeamLeadSupport.awaitPath(browser, "/team/approvals.xhtml");
        assertThat(notice(browser)).contains("You returned the assessment of " + child);
        accessible(browser);
        screenshot(browser, "teamlead-approval-06-returned");

        assertThat(state(lead, caseId)).isEqualTo("ASSESSMENT_IN_PROGRESS");
        JsonArray approvals = TeamLeadSupport.caseOf(lead, caseId).getJsonArray("approvals");
        assertThat(approvals.getJsonObject(approvals.size() - 1).getString("comment"))
                .isEqualTo("Please add the father's views.");
    }

    @Test
    void theDecisionWorksWithTheKeyboardAlone() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));

        TeamLeadSupport.signIn(browser, "teamlead1");
        browser.open("/cases/approval.xhtml?id=" + caseId);
        browser.byId("decisionForm:comment").sendKeys("Approved: thorough and clear.", Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("decisionForm:approve");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.awaitIdle();
        TeamLeadSupport.awaitPath(browser, "/team/approvals.xhtml");
        assertThat(notice(browser)).contains("You approved the assessment");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("notice-success");
        assertThat(state(lead, caseId)).isEqualTo("APPROVED");
    }

    @Test
    void aTeamLeadWhoEditedTheAssessmentCannotApproveIt() {
        long caseId = assessmentEditedByTheTeamLead();

        TeamLeadSupport.signIn(browser, "teamlead1");
        browser.open("/cases/approval.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("approvalHistory"))).contains("Submitted for approval by Aisha Khan");
        browser.click("decisionForm:approve");
        assertThat(errorSummary(browser)).contains("You wrote or edited this assessment, so you cannot approve it. "
                + "Another team lead must approve it.");
        TeamLeadSupport.awaitPath(browser, "/cases/approval.xhtml");
        assertThat(state(lead, caseId)).isEqualTo("SUBMITTED");
        accessible(browser);
        screenshot(browser, "teamlead-approval-07-self-approval");
    }

    @Test
    void aDecisionSomeoneElseTookMeanwhileIsRefused() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));

        TeamLeadSupport.signIn(browser, "teamlead1");
        browser.open("/cases/approval.xhtml?id=" + caseId);
        expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().build()), 200);
        browser.type("decisionForm:comment", "Looks good");
        browser.click("decisionForm:approve");
        assertThat(errorSummary(browser)).contains("You cannot approve the assessment now: the case is at "
                + "\"Assessment approved\".");
        assertThat(browser.text(By.id("caseState"))).isEqualTo("Assessment approved");
        assertThat(browser.driver().findElements(By.id("decisionForm"))).isEmpty();
        accessible(browser);
        screenshot(browser, "teamlead-approval-08-wrong-state");
    }

    @Test
    void anotherTeamsLeadNeitherSeesNorDecidesTheAssessment() {
        long caseId = Journeys.submittedCase(practitioner, Journeys.firstAgencyId(practitioner));
        String reference = reference(practitioner, caseId);

        TeamLeadSupport.signIn(browser, "teamlead2");
        browser.open("/team/approvals.xhtml");
        assertThat(browser.pageSource()).doesNotContain(reference);
        browser.open("/cases/approval.xhtml?id=" + caseId);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Assessment not available");
        // outside the case's reach: the same answer as for a case that does not exist
        assertThat(browser.text(By.id("refusal"))).isEqualTo("There is no case " + caseId + ".");
        assertThat(browser.driver().findElements(By.id("decisionForm"))).isEmpty();
        accessible(browser);
        screenshot(browser, "teamlead-approval-09-other-team");
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
