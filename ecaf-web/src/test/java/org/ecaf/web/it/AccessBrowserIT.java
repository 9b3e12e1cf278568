package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.CasePage;
import org.ecaf.web.testing.pages.ChildPage;
import org.ecaf.web.testing.pages.ChildSearchPage;
import org.ecaf.web.testing.pages.ConsentPage;
import org.ecaf.web.testing.pages.HomePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access that follows the child's relationships, in the browser: another team finds a child, sees who holds them and
 * how to reach them (never an address), and asks to join the Team Around the Child or for a transfer; the holding
 * team's lead decides on the case page; a record outside someone's reach is not shown; family members are corrected
 * and ended with their history; the consent page says what a withdrawal stops before it is confirmed.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class AccessBrowserIT {

    private Browser browser;
    @As("practitioner1")
    private Api aisha;

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** Searches by family name and chooses the child's "Ask to work with this child". */
    private ChildSearchPage findAndChoose(String familyName) {
        return ChildSearchPage.open(browser).search(familyName).askToWorkWith();
    }

    @Test
    void anotherTeamAsksToJoinTheTeamAroundTheChildAndTheHoldingTeamLeadAcceptsOnTheCasePage() {
        JsonObject child = Journeys.registerChild(aisha, 10, true);
        long childId = id(child);
        long caseId = id(Journeys.openCase(aisha, childId));
        String family = child.getString("familyName");

        browser.signIn("practitioner3", Api.DEMO_PASSWORD);
        ChildPage record = ChildPage.open(browser, childId);
        assertThat(record.heading()).isEqualTo("Record not available");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address"));
        ChildSearchPage search = findAndChoose(family);
        String row = search.results();
        assertThat(row).contains("Open CAF held by Early Help Team North").contains("Grace Okafor");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address")).doesNotContain("NB9 9ZZ");
        search.why("I am her school nurse").role("School nurse");
        search.assertAccessible();
        browser.screenshot("access-01-ask-to-join");
        search.askToJoin();
        assertThat(search.notice()).contains("request to join the Team Around the Child");
        HomePage home = HomePage.open(browser);
        assertThat(home.requestsMade()).contains("waiting for a decision");
        browser.signOut();

        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        assertThat(HomePage.of(browser).requestsToDecide()).contains("Siobhán Murphy").contains("join the Team Around");
        CasePage casePage = CasePage.open(browser, caseId);
        assertThat(casePage.requests()).contains("I am her school nurse").contains("School nurse");
        casePage.requestComment(0, "Welcome: TAC meeting on Thursday");
        casePage.assertAccessible();
        browser.screenshot("access-02-team-lead-decides");
        casePage.acceptRequest(0);
        assertThat(casePage.notice()).contains("was accepted");
        assertThat(casePage.timeline())
                .contains("Siobhán Murphy (School nurse) joined the Team Around the Child");
        browser.signOut();

        browser.signIn("practitioner3", Api.DEMO_PASSWORD);
        assertThat(HomePage.of(browser).requestsMade()).contains("accepted").contains("Welcome: TAC meeting on Thursday");
        casePage = CasePage.open(browser, caseId);
        assertThat(casePage.caseState()).isNotEmpty();
        assertThat(browser.pageSource()).contains(child.getString("address"));
        browser.screenshot("access-03-member-sees-the-case");
    }

    @Test
    void anotherTeamsLeadAsksForATransferAndTheFormerTeamKeepsOnlyTheSummary() {
        JsonObject child = Journeys.registerChild(aisha, 8, false);
        long childId = id(child);
        long caseId = id(Journeys.openCase(aisha, childId));

        browser.signIn("teamlead2", Api.DEMO_PASSWORD);
        ChildSearchPage search = findAndChoose(child.getString("familyName"))
                .why("The family moved into our area; we see the children every week").askForTransfer();
        assertThat(search.notice()).contains("transferred to your team");
        browser.signOut();

        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        CasePage casePage = CasePage.open(browser, caseId);
        casePage.declineRequest(0);
        assertThat(casePage.errorSummary()).contains("Say why the request is declined");
        casePage.acceptRequest(0);
        assertThat(casePage.restricted()).contains("You do not work on this case")
                .contains("School Nursing Team");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address"));
        casePage.assertAccessible();
        browser.screenshot("access-04-transferred-away");
        browser.signOut();

        browser.signIn("practitioner3", Api.DEMO_PASSWORD);
        casePage = CasePage.open(browser, caseId);
        assertThat(casePage.transfers()).contains("from Early Help Team North to School Nursing Team");
        assertThat(browser.pageSource()).contains(child.getString("address"));
    }

    @Test
    void aFamilyMemberIsCorrectedAndEndedAndTheRecordKeepsItsHistory() {
        JsonObject child = Journeys.registerChild(aisha, 6, false);
        long childId = id(child);
        Journeys.openCase(aisha, childId);
        expect(aisha.post("/api/v1/children/" + childId + "/family-members", Json.createObjectBuilder()
                .add("name", "Dan Smiht").add("relationship", "FATHER").add("parentalResponsibility", true)
                .add("livesWithChild", false).add("phone", "07700 900555").build()), 201);

        browser.signIn("practitioner2", Api.DEMO_PASSWORD);
        ChildPage record = ChildPage.open(browser, childId);
        record.correctMember().memberName("Dan Smith").saveMember();
        assertThat(record.notice()).contains("Dan Smith's details are corrected");
        assertThat(record.familyMembers()).contains("Dan Smith").doesNotContain("Smiht");
        record.endMember().confirmEnd();
        assertThat(record.errorSummary()).contains("Say why");
        record.endReason("Moved abroad; no longer in contact").confirmEnd();
        assertThat(record.familyMembers()).contains("ended").contains("Moved abroad");
        assertThat(record.recordChanges()).contains("Family member Dan Smith corrected by Tom Evans: name")
                .contains("Family member Dan Smith ended by Tom Evans");
        record.editParticulars().firstLanguage("Welsh").saveParticulars();
        assertThat(record.particulars()).contains("Welsh");
        assertThat(record.recordChanges()).contains("Child's record changed by Tom Evans: first language");
        record.assertAccessible();
        browser.screenshot("access-05-record-history");
    }

    @Test
    void theConsentPageSaysWhatAWithdrawalStopsBeforeItIsConfirmed() {
        JsonObject child = Journeys.registerChild(aisha, 9, false);
        long childId = id(child);
        JsonObject mother = Journeys.addParent(aisha, childId, "Ruth " + Journeys.randomName(), true, true);
        long caseId = id(Journeys.openCase(aisha, childId));
        Journeys.consent(aisha, caseId, id(mother), new long[0], new long[] {id(mother)});

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        ConsentPage consent = ConsentPage.open(browser, caseId).startWithdrawal();
        assertThat(consent.withdrawalConsequences()).contains("every other consent the same person gave")
                .contains("no copy can be sent to anyone");
        consent.assertAccessible();
        browser.screenshot("access-06-withdrawal-consequences");
        consent.confirmWithdrawal();
        assertThat(CasePage.open(browser, caseId).nextSteps()).contains("Consent to record was withdrawn");
    }

    @Test
    void anAdministratorIsNotOfferedToRegisterAChild() {
        browser.signIn("admin", Api.DEMO_PASSWORD);
        assertThat(ChildSearchPage.open(browser).offersRegistration()).isFalse();
    }
}
