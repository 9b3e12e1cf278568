package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.TeamLeadSupport.accessible;
import static org.ecaf.web.it.TeamLeadSupport.caseOf;
import static org.ecaf.web.it.TeamLeadSupport.choose;
import static org.ecaf.web.it.TeamLeadSupport.errorSummary;
import static org.ecaf.web.it.TeamLeadSupport.errorTargets;
import static org.ecaf.web.it.TeamLeadSupport.notice;
import static org.ecaf.web.it.TeamLeadSupport.screenshot;
import static org.ecaf.web.it.TeamLeadSupport.state;

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
import org.openqa.selenium.WebElement;

/** Journey 8, closure: closing on the closure form with a reason, and reopening with a reason. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class TeamLeadClosureIT {

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
    void aTeamLeadClosesWithAReasonAndReopensWithAReason() {
        long caseId = TeamLeadSupport.activeCase(practitioner, lead, "practitioner1");

        TeamLeadSupport.signIn(browser, "teamlead1");
        browser.open("/cases/closure.xhtml?id=" + caseId);
        assertThat(browser.text(By.tagName("h1"))).startsWith("Close the case of");
        accessible(browser);
        screenshot(browser, "teamlead-closure-01-form");

        browser.click("closeForm:closeCase");
        assertThat(errorSummary(browser)).contains("Choose why the case is closing: needs met, stepped up to "
                + "children's social care, stepped down to universal services, consent withdrawn, or another reason.");
        assertThat(errorTargets(browser)).containsExactly("closeForm:closure:f_closure_reason:0");
        assertThat(state(lead, caseId)).isEqualTo("PLAN_ACTIVE");
        accessible(browser);
        screenshot(browser, "teamlead-closure-02-reason-required");

        choose(browser, "closeForm:closure:f_closure_reason:5");
        assertThat(browser.byId("closeForm:closure:f_closure_details").isDisplayed()).isTrue();
        browser.click("closeForm:closeCase");
        assertThat(errorSummary(browser)).contains("Details of the reason for closure");
        assertThat(errorTargets(browser)).containsExactly("closeForm:closure:f_closure_details");

        choose(browser, "closeForm:closure:f_closure_reason:4");
        assertThat(browser.driver().findElements(By.id("closeForm:closure:f_closure_details"))).isEmpty();
        assertThat(browser.text(By.cssSelector("label[for='closeForm:closure:f_receiving_authority']")))
                .isEqualTo("New local authority or area");
        browser.type("closeForm:closure:f_receiving_authority", "Sefton Council; the plan was passed on with the family's consent");
        browser.type("closeForm:closure:f_outcomes_summary", "Attendance is back to 95%.");
        browser.type("closeForm:closure:f_child_views", "I'm sad to move but happy about my new school.");
        accessible(browser);
        screenshot(browser, "teamlead-closure-03-moved-away");
        browser.click("closeForm:closeCase");

        TeamLeadSupport.awaitPath(browser, "/cases/case.xhtml?id=" + caseId);
        assertThat(notice(browser)).contains("The case is closed.");
        assertThat(browser.text(By.id("caseState"))).isEqualTo("Closed");
        screenshot(browser, "teamlead-closure-04-closed");

        JsonObject c = caseOf(lead, caseId);
        assertThat(c.getString("state")).isEqualTo("CLOSED");
        JsonObject answers = c.getJsonArray("closures").getJsonObject(0).getJsonObject("answers");
        assertThat(answers.getString("closure_reason")).isEqualTo("moved_out_of_area");
        assertThat(answers.getString("receiving_authority")).startsWith("Sefton Council");
        assertThat(answers.containsKey("closure_details")).isFalse();

        browser.open("/cases/closure.xhtml?id=" + caseId);
        assertThat(browser.text(By.tagName("h1"))).startsWith("Reopen the case of");
        assertThat(browser.text(By.id("closuresHeading"))).isEqualTo("Closures");
        assertThat(browser.pageSource()).contains("Moved out of area").contains("Sefton Council");
        browser.click("reopenForm:reopenCase");
        assertThat(errorSummary(browser)).contains("Say why the case is being reopened.");
        assertThat(errorTargets(browser)).containsExactly("reopenForm:reopenReason");
        accessible(browser);
        screenshot(browser, "teamlead-closure-05-reopen-needs-reason");

        browser.type("reopenForm:reopenReason", "The family did not move after all.");
        browser.click("reopenForm:reopenCase");
        TeamLeadSupport.awaitPath(browser, "/cases/case.xhtml?id=" + caseId);
        assertThat(notice(browser)).contains("The case is reopened.");
        assertThat(browser.text(By.id("caseState"))).isEqualTo("Delivery plan active");
        screenshot(browser, "teamlead-closure-06-reopened");

        browser.open("/cases/closure.xhtml?id=" + caseId);
        assertThat(browser.pageSource()).contains("The family did not move after all.");
        accessible(browser);
        screenshot(browser, "teamlead-closure-07-history");
    }

    @Test
    void theReasonIsChosenWithTheKeyboardAloneAndTheErrorsStayWhileItIsPutRight() {
        long caseId = TeamLeadSupport.activeCase(practitioner, lead, "practitioner1");

        TeamLeadSupport.signIn(browser, "teamlead1");
        browser.open("/cases/closure.xhtml?id=" + caseId);
        browser.byId("closeForm:closeCase").sendKeys(Keys.ENTER);
        browser.awaitIdle();
        assertThat(active().getAttribute("class")).contains("error-summary");

        active().sendKeys(Keys.TAB);
        assertThat(active().getText()).startsWith("Choose why the case is closing");
        active().sendKeys(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo("closeForm:closure:f_closure_reason:0");
        for (int i = 0; i < 5; i++) {
            active().sendKeys(Keys.ARROW_DOWN);
            browser.awaitIdle();
        }
        assertThat(browser.byId("closeForm:closure:f_closure_reason:5").isSelected()).isTrue();
        assertThat(active().getAttribute("id")).isEqualTo("closeForm:closure:f_closure_reason:5");
        assertThat(errorSummary(browser)).contains("Choose why the case is closing");

        active().sendKeys(Keys.TAB);
        assertThat(active().getAttribute("id")).isEqualTo("closeForm:closure:f_closure_details");
        active().sendKeys("The family asked to pause and will come back in the spring.");
        for (String next : new String[] {"closeForm:closure:f_outcomes_summary", "closeForm:closure:f_child_views", "closeForm:closure:f_parent_views",
                "closeForm:closure:f_closed_by", "closeForm:closeCase"}) {
            active().sendKeys(Keys.TAB);
            assertThat(active().getAttribute("id")).isEqualTo(next);
        }
        accessible(browser);
        screenshot(browser, "teamlead-closure-10-keyboard");
        active().sendKeys(Keys.ENTER);
        browser.awaitIdle();
        TeamLeadSupport.awaitPath(browser, "/cases/case.xhtml?id=" + caseId);
        assertThat(notice(browser)).contains("The case is closed.");
        assertThat(caseOf(lead, caseId).getJsonArray("closures").getJsonObject(0).getJsonObject("answers")
                .getString("closure_details")).startsWith("The family asked to pause");
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    @Test
    void theLeadProfessionalMayCloseButOnlyATeamLeadReopens() {
        long caseId = TeamLeadSupport.activeCase(practitioner, lead, "practitioner1");

        TeamLeadSupport.signIn(browser, "practitioner2");
        browser.open("/cases/closure.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("mayNotClose"))).contains("Only a team lead of Early Help Team North or the "
                + "case's lead professional can close this case.");
        assertThat(browser.driver().findElements(By.id("closeForm"))).isEmpty();
        accessible(browser);
        screenshot(browser, "teamlead-closure-08-not-lead-professional");
        browser.signOut();
        TeamLeadSupport.awaitPath(browser, "/login.xhtml");

        TeamLeadSupport.signIn(browser, "practitioner1");
        browser.open("/cases/closure.xhtml?id=" + caseId);
        choose(browser, "closeForm:closure:f_closure_reason:0");
        browser.click("closeForm:closeCase");
        assertThat(notice(browser)).contains("The case is closed.");
        browser.open("/cases/closure.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("mayNotReopen"))).contains("Only a team lead of Early Help Team North can reopen");
        assertThat(browser.driver().findElements(By.id("reopenForm"))).isEmpty();
        accessible(browser);
        screenshot(browser, "teamlead-closure-09-practitioner-cannot-reopen");
        assertThat(Journeys.expect(lead.get("/api/v1/cases/" + caseId), 200).json().getString("state")).isEqualTo("CLOSED");
    }
}
