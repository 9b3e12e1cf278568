package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.TeamLeadSupport.caseOf;
import static org.ecaf.web.it.TeamLeadSupport.state;
import static org.ecaf.web.testing.pages.ClosurePage.field;
import static org.ecaf.web.testing.pages.ClosurePage.reason;

import jakarta.json.JsonObject;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.CasePage;
import org.ecaf.web.testing.pages.ClosurePage;
import org.ecaf.web.testing.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Journey 8, closure: closing on the closure form with a reason, and reopening with a reason. */
class TeamLeadClosureIT extends TeamLeadBrowserSetUp {

    @Test
    void aTeamLeadClosesWithAReasonAndReopensWithAReason() {
        long caseId = TeamLeadSupport.activeCase(practitioner, lead, "practitioner1");

        SignInPage.signIn(browser, "teamlead1");
        ClosurePage closure = ClosurePage.open(browser, caseId);
        assertThat(closure.heading()).startsWith("Close the case of");
        closure.assertAccessible();
        closure.screenshot("teamlead-closure-01-form");

        closure.close();
        assertThat(closure.errorSummary()).contains("Choose why the case is closing: needs met, stepped up to "
                + "children's social care, stepped down to universal services, consent withdrawn, or another reason.");
        assertThat(closure.errorTargets()).containsExactly(reason(0));
        assertThat(state(lead, caseId)).isEqualTo("PLAN_ACTIVE");
        closure.assertAccessible();
        closure.screenshot("teamlead-closure-02-reason-required");

        closure.chooseReason(5);
        assertThat(closure.shows("closure_details")).isTrue();
        closure.close();
        assertThat(closure.errorSummary()).contains("Details of the reason for closure");
        assertThat(closure.errorTargets()).containsExactly(field("closure_details"));

        closure.chooseReason(4);
        assertThat(closure.asks("closure_details")).isFalse();
        assertThat(closure.label("receiving_authority")).isEqualTo("New local authority or area");
        closure.type("receiving_authority", "Sefton Council; the plan was passed on with the family's consent")
                .type("outcomes_summary", "Attendance is back to 95%.")
                .type("child_views", "I'm sad to move but happy about my new school.");
        closure.assertAccessible();
        closure.screenshot("teamlead-closure-03-moved-away");
        closure.close();

        CasePage closed = closure.awaitCase(caseId);
        assertThat(closed.notice()).contains("The case is closed.");
        assertThat(closed.caseState()).isEqualTo("Closed");
        closed.screenshot("teamlead-closure-04-closed");

        JsonObject c = caseOf(lead, caseId);
        assertThat(c.getString("state")).isEqualTo("CLOSED");
        JsonObject answers = c.getJsonArray("closures").getJsonObject(0).getJsonObject("answers");
        assertThat(answers.getString("closure_reason")).isEqualTo("moved_out_of_area");
        assertThat(answers.getString("receiving_authority")).startsWith("Sefton Council");
        assertThat(answers.containsKey("closure_details")).isFalse();

        closure = ClosurePage.open(browser, caseId);
        assertThat(closure.heading()).startsWith("Reopen the case of");
        assertThat(closure.closuresHeading()).isEqualTo("Closures");
        assertThat(browser.pageSource()).contains("Moved out of area").contains("Sefton Council");
        closure.reopen();
        assertThat(closure.errorSummary()).contains("Say why the case is being reopened.");
        assertThat(closure.errorTargets()).containsExactly(ClosurePage.REOPEN_REASON);
        closure.assertAccessible();
        closure.screenshot("teamlead-closure-05-reopen-needs-reason");

        closure.reopenReason("The family did not move after all.").reopen();
        CasePage reopened = closure.awaitCase(caseId);
        assertThat(reopened.notice()).contains("The case is reopened.");
        assertThat(reopened.caseState()).isEqualTo("Delivery plan active");
        reopened.screenshot("teamlead-closure-06-reopened");

        closure = ClosurePage.open(browser, caseId);
        assertThat(browser.pageSource()).contains("The family did not move after all.");
        closure.assertAccessible();
        closure.screenshot("teamlead-closure-07-history");
    }

    @Test
    void theReasonIsChosenWithTheKeyboardAloneAndTheErrorsStayWhileItIsPutRight() {
        long caseId = TeamLeadSupport.activeCase(practitioner, lead, "practitioner1");

        SignInPage.signIn(browser, "teamlead1");
        ClosurePage closure = ClosurePage.open(browser, caseId);
        closure.closeButton().sendKeys(Keys.ENTER);
        browser.awaitIdle();
        assertThat(closure.focused().getAttribute("class")).contains("error-summary");

        closure.focused().sendKeys(Keys.TAB);
        assertThat(closure.focused().getText()).startsWith("Choose why the case is closing");
        closure.focused().sendKeys(Keys.ENTER);
        assertThat(closure.focusedId()).isEqualTo(reason(0));
        for (int i = 0; i < 5; i++) {
            closure.focused().sendKeys(Keys.ARROW_DOWN);
            browser.awaitIdle();
        }
        assertThat(closure.isChosen(5)).isTrue();
        assertThat(closure.focusedId()).isEqualTo(reason(5));
        assertThat(closure.errorSummary()).contains("Choose why the case is closing");

        closure.focused().sendKeys(Keys.TAB);
        assertThat(closure.focusedId()).isEqualTo(field("closure_details"));
        closure.focused().sendKeys("The family asked to pause and will come back in the spring.");
        for (String next : new String[] {field("outcomes_summary"), field("child_views"), field("parent_views"),
                field("closed_by"), ClosurePage.CLOSE}) {
            closure.focused().sendKeys(Keys.TAB);
            assertThat(closure.focusedId()).isEqualTo(next);
        }
        closure.assertAccessible();
        closure.screenshot("teamlead-closure-10-keyboard");
        closure.focused().sendKeys(Keys.ENTER);
        browser.awaitIdle();
        CasePage closed = closure.awaitCase(caseId);
        assertThat(closed.notice()).contains("The case is closed.");
        assertThat(caseOf(lead, caseId).getJsonArray("closures").getJsonObject(0).getJsonObject("answers")
                .getString("closure_details")).startsWith("The family asked to pause");
    }

    @Test
    void theLeadProfessionalMayCloseButOnlyATeamLeadReopens() {
        long caseId = TeamLeadSupport.activeCase(practitioner, lead, "practitioner1");

        SignInPage.signIn(browser, "practitioner2");
        ClosurePage closure = ClosurePage.open(browser, caseId);
        assertThat(closure.mayNotClose()).contains("Only a team lead of Early Help Team North or the "
                + "case's lead professional can close this case.");
        assertThat(closure.offersClosing()).isFalse();
        closure.assertAccessible();
        closure.screenshot("teamlead-closure-08-not-lead-professional");
        SignInPage.signOut(browser);

        SignInPage.signIn(browser, "practitioner1");
        closure = ClosurePage.open(browser, caseId);
        closure.chooseReason(0).close();
        assertThat(closure.notice()).contains("The case is closed.");
        closure = ClosurePage.open(browser, caseId);
        assertThat(closure.mayNotReopen()).contains("Only a team lead of Early Help Team North can reopen");
        assertThat(closure.offersReopening()).isFalse();
        closure.assertAccessible();
        closure.screenshot("teamlead-closure-09-practitioner-cannot-reopen");
        assertThat(Journeys.expect(lead.get("/api/v1/cases/" + caseId), 200).json().getString("state")).isEqualTo("CLOSED");
    }
}
