package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.pages.AssessmentPage.input;
import static org.ecaf.web.testing.pages.AssessmentPage.radio;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.SecondServer;
import org.ecaf.web.testing.pages.ApprovalPage;
import org.ecaf.web.testing.pages.AssessmentPage;
import org.ecaf.web.testing.pages.CasePage;
import org.ecaf.web.testing.pages.CheckAnswersPage;
import org.ecaf.web.testing.pages.ChildSearchPage;
import org.ecaf.web.testing.pages.ClosurePage;
import org.ecaf.web.testing.pages.CopiesPage;
import org.ecaf.web.testing.pages.HistoryPage;
import org.ecaf.web.testing.pages.HomePage;
import org.ecaf.web.testing.pages.Page;
import org.ecaf.web.testing.pages.PlanPage;
import org.ecaf.web.testing.pages.RegisterChildPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A practitioner's and a team lead's day in Chromium, as issue 12 reported it: each test is named after what the
 * user did and asserts what they should have seen. One class, so the server and the browser start once.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
@SecondServer
class PractitionerDayBrowserIT {

    private static final java.time.format.DateTimeFormatter UK =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Browser browser;
    @As("practitioner1")
    private Api api;
    @As("teamlead1")
    private Api lead;
    private EcafServer server;

    @BeforeEach
    void open(EcafServer server) {
        this.server = server;
    }

    /** A case whose assessment is complete except the consent section's sharing answers; the child was seen. */
    private long caseReadyButForSharing() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        var answers = Json.createObjectBuilder(Journeys.completeAnswers());
        answers.remove("consent_services");
        answers.remove("consent_to_share");
        Journeys.expect(Journeys.save(api, caseId, null, answers.build()), 200);
        Journeys.childSeen(api, caseId);
        return caseId;
    }

    @Test
    void submittingFromTheLastSectionListsTheProblemsInsteadOfCrashing() {
        long caseId = caseReadyButForSharing();
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId, "section=consent");
        assessment.choose("consent_to_share", 0).submit().awaitProblems();
        assertThat(assessment.title()).doesNotContain("went wrong");
        String summary = assessment.errorSummary();
        assertThat(summary).contains("Services the information may be shared with");
        assertThat(browser.pageSource()).doesNotContain("Something went wrong");
        assertThat(AssessmentSteps.latest(api, caseId).getString("status")).isEqualTo("IN_PROGRESS");
        assessment.assertAccessible();
        browser.screenshot("day-01-submit-from-last-section");
    }

    @Test
    void aReturnedAssessmentShowsTheTeamLeadsCommentOnTheHomeCaseAndAssessmentPages() {
        long caseId = Journeys.submittedCase(api, Journeys.firstAgencyId(api));
        String comment = "Add the father's views and a date for the first review " + Journeys.randomName() + ".";
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/return",
                Json.createObjectBuilder().add("comment", comment).build()), 200);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        HomePage home = HomePage.open(browser);
        assertThat(home.workTray()).contains("Returned for changes").contains(comment);
        assertThat(browser.text(By.cssSelector("main"))).contains("assessment returned by Grace Okafor");
        home.assertAccessible();
        browser.screenshot("day-02-home-returned");

        CasePage casePage = CasePage.open(browser, caseId);
        assertThat(casePage.returnBanner()).contains("Returned by Grace Okafor").contains(comment);
        casePage.assertAccessible();
        browser.screenshot("day-03-case-returned");

        AssessmentPage assessment = casePage.openReturnedAssessment();
        assertThat(assessment.returnBanner()).contains("Returned by Grace Okafor").contains(comment);
        assessment.assertAccessible();
        browser.screenshot("day-04-assessment-returned");

        // the practitioner adds the father's views and resubmits: the banner is gone
        JsonObject latest = AssessmentSteps.latest(api, caseId);
        JsonObject changed = Json.createObjectBuilder(latest.getJsonObject("answers"))
                .add("parent_views", "Father: he wants to help with the school mornings.").build();
        Journeys.expect(Journeys.save(api, caseId, latest.getInt("revision"), changed), 200);
        Journeys.expect(api.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        assertThat(CasePage.open(browser, caseId).showsReturnBanner()).isFalse();

        // the team lead sees what changed since the return, with the comment it answers
        try (Browser grace = new Browser(server.baseUrl())) {
            grace.signIn("teamlead1", Api.DEMO_PASSWORD);
            ApprovalPage approval = ApprovalPage.open(grace, caseId);
            assertThat(approval.sinceReturnHeading()).startsWith("Changes since Grace Okafor returned it on");
            assertThat(approval.returnedComment()).isEqualTo(comment);
            assertThat(approval.sinceReturn()).contains("he wants to help with the school mornings");
            assertThat(approval.sinceReturnRows()).isEqualTo(1);
            approval.assertAccessible();
            grace.screenshot("day-17-changes-since-return");
        }
    }

    @Test
    void aFutureStartDateIsMarkedWhileThePeoplePresentAndTheReasonAreSaved() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId, "section=assessment_information");
        String future = LocalDate.now(Journeys.LONDON).plusDays(3).toString();
        assessment.typeInRow("people_present", 0, "name", "Aisha Khan")
                .typeInRow("people_present", 0, "role", "Family support worker");
        String reason = "School asked for support: attendance has fallen since September. ".repeat(8).strip();
        assessment.type("reason_for_assessment", reason).date("assessment_started", LocalDate.parse(future))
                .awaitStatus("not saved because");

        JsonObject saved = AssessmentSteps.latest(api, caseId).getJsonObject("answers");
        assertThat(saved.getJsonArray("people_present").getJsonObject(0).getString("name")).isEqualTo("Aisha Khan");
        assertThat(saved.getString("reason_for_assessment")).isEqualTo(reason);
        assertThat(saved.containsKey("assessment_started")).isFalse();
        assertThat(assessment.dateShown("assessment_started")).isEqualTo(future);
        assertThat(assessment.field("assessment_started").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(assessment.errorFor("assessment_started")).contains("today");
        assertThat(assessment.script("return ecafForm.isDirty();")).isEqualTo(true);
        assessment.assertAccessible();
        browser.screenshot("day-05-invalid-date-held");

        // autosave goes on: the next change is saved, the held date still marked
        assessment.typeInRow("people_present", 0, "role", "Family support worker, lead");
        assessment.until(d -> "Family support worker, lead".equals(AssessmentSteps.latest(api, caseId)
                .getJsonObject("answers").getJsonArray("people_present").getJsonObject(0).getString("role")));

        String today = LocalDate.now(Journeys.LONDON).toString();
        // the save is stored before its answer reaches the page, which then redraws the fields (the held date):
        // type the date into the redrawn boxes (typing while that answer redraws them is not what this test checks)
        browser.awaitIdle();
        assessment.date("assessment_started", LocalDate.parse(today));
        assessment.until(d -> today.equals(AssessmentSteps.latest(api, caseId).getJsonObject("answers")
                .getString("assessment_started", "")));
        browser.awaitIdle();
        assessment.until(d -> !assessment.hasErrorFor("assessment_started"));
        // typing in three boxes may start one more save (what was typed after the last one): the page ends clean
        assessment.until(d -> Boolean.FALSE.equals(assessment.script("return ecafForm.isDirty();")));
    }

    @Test
    void movingOnAndTypingWhileAnAutosaveIsUnderWayKeepsTheFocusAndWhatWasTyped() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId, "section=assessment_information");
        // a slow mobile network: a save's answer comes about three seconds after the save began
        browser.latency(1500);
        assessment.typeInRow("people_present", 0, "name", "Aisha Khan");
        assessment.date("assessment_started", LocalDate.now(Journeys.LONDON).plusDays(3));
        assessment.until(d -> assessment.saveStatus().contains("Saving"));

        // while it is on its way, the practitioner moves on to the next question and types
        String typed = "Attendance has fallen since September";
        WebElement reason = assessment.field("reason_for_assessment");
        reason.click();
        reason.sendKeys(typed);

        // the answer holds the date (it is in the future) and redraws the questions to mark it
        assessment.awaitStatus("not saved because");
        assertThat(ExpectedConditions.stalenessOf(reason).apply(browser.driver())).isTrue();
        assertThat(assessment.errorFor("assessment_started")).contains("today");
        // the practitioner is where they were, with what they typed, the caret after it
        assertThat(assessment.focusedId()).isEqualTo(input("reason_for_assessment"));
        assertThat(assessment.value("reason_for_assessment")).isEqualTo(typed);
        assertThat(assessment.script("return document.activeElement.selectionStart;")).isEqualTo((long) typed.length());
        browser.screenshot("day-05b-typed-during-save");
        // and the next save stores it
        assessment.until(d -> typed.equals(AssessmentSteps.latest(api, caseId).getJsonObject("answers")
                .getString("reason_for_assessment", "")));
    }

    @Test
    void pressingEnterInATextFieldSavesInsteadOfAddingABlankEntry() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId, "section=assessment_information");
        assessment.typeInRow("people_present", 0, "name", "Aisha Khan");
        assessment.rowField("people_present", 0, "name").sendKeys(Keys.ENTER);
        assertThat(assessment.awaitSaved()).startsWith("Saved revision 1");
        assertThat(assessment.hasRow("people_present", 1, "name")).isFalse();
        assertThat(AssessmentSteps.latest(api, caseId).getJsonObject("answers").getJsonArray("people_present"))
                .hasSize(1);
    }

    @Test
    void typedActionTextSurvivesSavingTheLeadProfessionalAndActionsCanBeChangedButNotBackdated() {
        long caseId = Journeys.submittedCase(api, Journeys.firstAgencyId(api));
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Clear.").build()), 200);
        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        PlanPage plan = PlanPage.open(browser, caseId);

        plan.typeAction("Referral to the young carers' service", "Aisha Khan").chooseLeadAt(1);
        plan.until(d -> !d.findElement(By.id("leadProfessional")).getText().contains("Not yet agreed"));
        assertThat(plan.actionWhatTyped()).isEqualTo("Referral to the young carers' service");
        assertThat(plan.actionWhoTyped()).isEqualTo("Aisha Khan");
        Object unsaved = plan.script("return ecafKeep.unsaved().length;");
        assertThat(((Number) unsaved).intValue()).isGreaterThanOrEqualTo(2);

        String yesterday = UK.format(LocalDate.now(Journeys.LONDON).minusDays(1));
        plan.addActionBy(yesterday).awaitProblems();
        assertThat(plan.errorSummary()).contains("cannot be in the past");
        assertThat(plan.listsActions()).isFalse();
        plan.assertAccessible();
        browser.screenshot("day-06-plan-past-date");

        String nextWeek = UK.format(LocalDate.now(Journeys.LONDON).plusDays(7));
        plan.addActionBy(nextWeek);
        plan.until(d -> plan.listsActions());
        assertThat(plan.actions()).contains("Referral to the young carers' service").contains(nextWeek);

        plan.editAction(0);
        assertThat(plan.actionWhatTyped()).isEqualTo("Referral to the young carers' service");
        plan.changeActionTo("Referral to the young carers' service and the school nurse");
        plan.until(d -> d.findElement(By.id("actions")).getText().contains("and the school nurse"));
        assertThat(plan.actionFormHeading()).isEqualTo("Add an action");
        plan.assertAccessible();
        browser.screenshot("day-07-plan-action-changed");
    }

    @Test
    void onAPhoneEveryPageFitsTheScreenAndSignOutIsReachable() {
        long caseId = Journeys.submittedCase(api, Journeys.firstAgencyId(api));
        long childId = api.get("/api/v1/cases/" + caseId).json().getJsonObject("child").getJsonNumber("id").longValue();
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/index.xhtml", "/children/search.xhtml?q=a", "/children/register.xhtml",
                "/children/child.xhtml?id=" + childId, "/cases/case.xhtml?id=" + caseId,
                "/cases/assessment.xhtml?id=" + caseId, "/cases/assessment.xhtml?id=" + caseId + "&section=consent",
                "/cases/history.xhtml?id=" + caseId, "/cases/consent.xhtml?id=" + caseId,
                "/cases/plan.xhtml?id=" + caseId, "/cases/closure.xhtml?id=" + caseId, "/account.xhtml")) {
            fitsAPhone(path);
        }
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        // the list of sections is folded: the first question comes within the first screen
        assertThat(assessment.sectionListFolded()).isTrue();
        assertThat(assessment.sectionHeadingTop()).isLessThan(844);
        browser.screenshot("day-08-phone-assessment");
        HistoryPage.open(browser, caseId);
        browser.screenshot("day-09-phone-history");

        browser.signOut();
        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        for (String path : List.of("/index.xhtml", "/team/approvals.xhtml", "/team/dashboard.xhtml",
                "/cases/approval.xhtml?id=" + caseId)) {
            fitsAPhone(path);
        }
        browser.screenshot("day-10-phone-dashboard");
    }

    /** At 390 CSS px (a plain window, not mobile emulation) the page does not scroll sideways, "Sign out" is on screen. */
    private void fitsAPhone(String path) {
        browser.open(path);
        Page page = Page.of(browser);
        long inner = page.windowWidth();
        long scroll = page.pageWidth();
        assertThat(inner).as("window width").isBetween(300L, 400L);
        assertThat(scroll).as(() -> path + ": page width at " + inner + " px; too wide: " + page.script(
                "var w = window.innerWidth, out = [];"
                        + " document.querySelectorAll('body *').forEach(function (e) {"
                        + " var r = e.getBoundingClientRect();"
                        + " if (r.right > w + 0.5 && r.width > 0) { out.push(e.tagName + (e.id ? '#' + e.id : '')"
                        + " + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')"
                        + " + ' ' + Math.round(r.right)); } });"
                        + " return out.slice(-8).join('; ');")).isLessThanOrEqualTo(inner);
        var signOut = page.signOutButton().getRect();
        assertThat(signOut.getX() + signOut.getWidth()).as(path + ": Sign out on screen").isLessThanOrEqualTo((int) inner);
        assertThat(signOut.getHeight()).isGreaterThanOrEqualTo(24);
        page.assertAccessible();
    }

    @Test
    void theFocusRingIsDarkAndThickOnInputsRadiosAndButtons() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        for (String id : List.of(input("child_given_names"), radio("child_gender", 0), AssessmentPage.SAVE)) {
            assessment.script("document.getElementById(arguments[0]).focus();", id);
            String style = String.valueOf(assessment.script("var s = getComputedStyle(document.activeElement);"
                    + " return s.outlineStyle + '|' + s.outlineWidth + '|' + s.outlineColor;"));
            String[] parts = style.split("\\|");
            assertThat(parts[0]).as(id).isEqualTo("solid");
            assertThat(Double.parseDouble(parts[1].replace("px", ""))).as(id).isGreaterThanOrEqualTo(2);
            assertThat(contrastWithWhite(parts[2])).as(id + " " + parts[2]).isGreaterThanOrEqualTo(3);
            var rect = browser.byId(id).getRect();
            assertThat(Math.min(rect.getWidth(), rect.getHeight())).as(id + " target size").isGreaterThanOrEqualTo(24);
        }
    }

    private static double contrastWithWhite(String rgb) {
        String[] c = rgb.replaceAll("[^0-9,]", "").split(",");
        double l = 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
        return 1.05 / (l + 0.05);
    }

    private static double channel(String value) {
        double v = Integer.parseInt(value) / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void theCasePageWordsWhatIsMissingAndTheRegisterPageMarksItsFields() {
        JsonObject child = Journeys.registerChild(api, 7, false);
        long caseId = Journeys.openCase(api, child.getJsonNumber("id").longValue()).getJsonNumber("id").longValue();
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        assertThat(CasePage.open(browser, caseId).nextSteps()).contains("Record the family's consent")
                .doesNotContain("CONSENT_TO_RECORD_MISSING");

        RegisterChildPage register = RegisterChildPage.open(browser).familyName("Okoro").register();
        register.awaitProblems();
        assertThat(register.focused().getAttribute("class")).contains("error-summary");
        assertThat(register.givenNamesError()).isNotBlank();
        register.assertAccessible();
        browser.screenshot("day-11-register-problems");

        browser.signOut();
        browser.signIn("admin", Api.DEMO_PASSWORD);
        assertThat(ChildSearchPage.open(browser).offersRegistration()).isFalse();
    }

    @Test
    void startingAnAssessmentFillsInWhatECafKnowsMarkedAndEditable() {
        JsonObject child = Journeys.registerChild(api, 9, false);
        long childId = child.getJsonNumber("id").longValue();
        String motherName = "Parent " + Journeys.randomName();
        JsonObject mother = Journeys.addParent(api, childId, motherName, true, true);
        long caseId = Journeys.openCase(api, childId).getJsonNumber("id").longValue();
        Journeys.consent(api, caseId, mother.getJsonNumber("id").longValue(), new long[0], new long[0]);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        assessment.type("child_religion", "None").prefill();
        assessment.until(d -> !d.findElement(By.id(input("child_given_names"))).getAttribute("value").isBlank());
        assertThat(assessment.value("child_religion")).isEqualTo("None");
        assertThat(assessment.showsPrefilledMarks()).isTrue();
        assessment.assertAccessible();
        browser.screenshot("day-12-prefilled");

        assessment.type("child_family_name", "Changed-Name").goToSection("people_involved");
        assertThat(assessment.value("assessor_name")).isEqualTo("Aisha Khan");
        JsonObject saved = AssessmentSteps.latest(api, caseId).getJsonObject("answers");
        assertThat(saved.getString("child_family_name")).isEqualTo("Changed-Name");
        assertThat(saved.getString("child_religion")).isEqualTo("None");
        assertThat(saved.getString("assessor_name")).isEqualTo("Aisha Khan");
        assertThat(saved.getString("assessment_started")).isEqualTo(LocalDate.now(Journeys.LONDON).toString());
        assertThat(saved.getJsonArray("parents_carers").getJsonObject(0).getString("name")).isEqualTo(motherName);
        assertThat(saved.getBoolean("consent_to_store")).isTrue();
    }

    @Test
    void theTeamLeadStartsThePlanFromTheAgreedActionsAndIsWarnedOfOpenOnesWhenClosing() {
        long caseId = Journeys.submittedCase(api, Journeys.firstAgencyId(api));
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Clear.").build()), 200);
        int agreed = Journeys.completeAnswers().getJsonArray("actions").size();
        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        PlanPage plan = PlanPage.open(browser, caseId);
        assertThat(plan.agreedActionCount()).isEqualTo(agreed);
        plan.addAgreed();
        plan.until(d -> plan.listsActions());
        assertThat(plan.actionCount()).isEqualTo(agreed);
        assertThat(plan.offersAgreed()).isFalse();

        ClosurePage closure = ClosurePage.open(browser, caseId);
        assertThat(closure.openActionsWarning()).contains(agreed + " actions are still open");
        closure.assertAccessible();
        browser.screenshot("day-13-closure-open-actions");
    }

    @Test
    void aDateIsTypedAsDayMonthAndYearAndAnImpossibleOneIsKeptAsTypedUntilPutRight() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId, "section=assessment_information");
        String started = "assessment_started";
        // three boxes labelled Day, Month and Year in a fieldset named by the question; no browser picker anywhere
        assertThat(assessment.dateLabel(started, "")).isEqualTo("Day");
        assertThat(assessment.dateLabel(started, "_month")).isEqualTo("Month");
        assertThat(assessment.dateLabel(started, "_year")).isEqualTo("Year");
        assertThat(browser.driver().findElements(By.cssSelector("input[type='date']"))).isEmpty();

        // 31 February: typed, then the next box typed at once, as people do
        assessment.typeDate(started, "31", "2", "2026")
                .type("reason_for_assessment", "Attendance has fallen since September.")
                .awaitStatus("not saved because");
        assertThat(assessment.errorFor(started)).contains("enter a real date");
        assertThat(assessment.dateBox(started, "")).isEqualTo("31");
        assertThat(assessment.dateBox(started, "_month")).isEqualTo("2");
        assertThat(assessment.dateBox(started, "_year")).isEqualTo("2026");
        JsonObject saved = AssessmentSteps.latest(api, caseId).getJsonObject("answers");
        assertThat(saved.getString("reason_for_assessment")).isEqualTo("Attendance has fallen since September.");
        assertThat(saved.containsKey("assessment_started")).isFalse();
        assessment.assertAccessible();
        assessment.script("arguments[0].scrollIntoView({block: 'center'});", assessment.field(started));
        browser.screenshot("day-14-date-boxes");
        // a section of optional questions nobody answered is not called complete
        assertThat(assessment.sectionEntry("views"))
                .contains("0 of 2 answered").contains("Optional, not answered").doesNotContain("Complete");

        LocalDate today = LocalDate.now(Journeys.LONDON);
        assessment.typeDate(started, String.valueOf(today.getDayOfMonth()),
                String.format("%02d", today.getMonthValue()), String.valueOf(today.getYear()));
        assessment.until(d -> today.toString().equals(AssessmentSteps.latest(api, caseId).getJsonObject("answers")
                .getString("assessment_started", "")));
        browser.awaitIdle();
        assessment.until(d -> !assessment.hasErrorFor(started));
    }

    @Test
    void submittingShowsEveryAnswerToCheckWithChangeLinksBeforeItIsSubmitted() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        Journeys.expect(Journeys.save(api, caseId, null, Journeys.completeAnswers()), 200);
        Journeys.childSeen(api, caseId);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        CheckAnswersPage check = AssessmentPage.open(browser, caseId, "section=conclusions").submit()
                .awaitCheckAnswers();
        assertThat(check.title()).startsWith("Check your answers before submitting");
        assertThat(AssessmentSteps.latest(api, caseId).getString("status")).isEqualTo("IN_PROGRESS");
        String page = browser.text(By.tagName("main"));
        assertThat(page).contains("Zoë").contains("Summary of conclusions");
        assertThat(check.changeLink("conclusions"))
                .endsWith("/cases/assessment.xhtml?id=" + caseId + "&section=conclusions");
        assertThat(check.seenSummary()).startsWith("Seen on");
        check.assertAccessible();
        browser.screenshot("day-15-check-answers");

        // Change goes back to the section; the answers are kept and submitting brings the check back
        CasePage submitted = check.change("conclusions").submit().awaitCheckAnswers().submit();
        assertThat(submitted.notice()).contains("submitted for approval");
        assertThat(AssessmentSteps.latest(api, caseId).getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void closingWithOpenActionsStopsOnAnInterruptionPageThatKeepsWhatWasTyped() {
        long caseId = Journeys.submittedCase(api, Journeys.firstAgencyId(api));
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Clear.").build()), 200);
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/actions", Json.createObjectBuilder()
                .add("what", "Weekly check-in with the school").add("who", "Aisha Khan")
                .add("byWhen", LocalDate.now(Journeys.LONDON).plusDays(7).toString()).build()), 201);
        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        ClosurePage closure = ClosurePage.open(browser, caseId);
        closure.chooseReason(0).type("outcomes_summary", "Needs met at school.").close().awaitInterruption();
        assertThat(closure.interruptionHeading()).isEqualTo("1 action is still open in the delivery plan");
        assertThat(closure.openActions()).contains("Weekly check-in with the school");
        assertThat(closure.focusedId()).isEqualTo("interruptionHeading");
        assertThat(TeamLeadSupport.state(lead, caseId)).isNotEqualTo("CLOSED");
        closure.assertAccessible();
        browser.screenshot("day-16-closure-interruption");

        closure.goBack();
        assertThat(closure.value("outcomes_summary")).isEqualTo("Needs met at school.");
        assertThat(closure.isChosen(0)).isTrue();

        closure.close().closeAnyway();
        assertThat(TeamLeadSupport.state(lead, caseId)).isEqualTo("CLOSED");
    }

    @Test
    void issuingACopyShowsItInTheHistoryAtOnceAndASecondPressDoesNotIssueItTwice() {
        AssessmentSteps.ConsentedCase consented = AssessmentSteps.consentedCase(api, true);
        long caseId = consented.caseId();
        long motherId = consented.motherId();
        JsonObject mother = consented.mother();
        Journeys.expect(Journeys.save(api, caseId, null, Journeys.completeAnswers()), 200);
        String disclosures = "/api/v1/cases/" + caseId + "/disclosures";

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        CopiesPage copies = CopiesPage.open(browser, caseId).familyRecipientValue(Long.toString(motherId));
        // an impatient double click, as when nothing seemed to happen
        new org.openqa.selenium.interactions.Actions(browser.driver()).doubleClick(copies.issueFamilyButton())
                .perform();
        // the page reloads itself once the PDF has arrived: the copy is listed without going anywhere
        copies.until(d -> d.getCurrentUrl().contains("issued=true"));
        browser.awaitIdle();
        assertThat(copies.notice()).contains("The copy is issued and downloaded");
        assertThat(copies.disclosures()).contains(mother.getString("name")).contains("Issued under");
        assertThat(api.get(disclosures).array()).hasSize(1);
        copies.assertAccessible();
        browser.screenshot("day-18-copy-issued");
    }

    @Test
    void correctingTheChildsDateOfBirthOnTheRecordIsOfferedToTheDraftInsteadOfLeftStale() {
        AssessmentSteps.ConsentedCase consented = AssessmentSteps.consentedCase(api, false);
        JsonObject child = consented.child();
        long childId = consented.childId();
        long caseId = consented.caseId();
        LocalDate born = LocalDate.parse(child.getString("dateOfBirth"));
        JsonObject answers = Json.createObjectBuilder(Journeys.completeAnswers())
                .add("child_given_names", child.getString("givenNames"))
                .add("child_family_name", child.getString("familyName"))
                .add("child_date_of_birth", born.toString()).build();
        Journeys.expect(Journeys.save(api, caseId, null, answers), 200);

        // the date of birth on the child's record is corrected after the draft was written
        LocalDate corrected = born.minusDays(3);
        Journeys.expect(api.put("/api/v1/children/" + childId, Json.createObjectBuilder()
                .add("givenNames", child.getString("givenNames")).add("familyName", child.getString("familyName"))
                .add("dateOfBirth", corrected.toString()).add("gender", "female")
                .add("address", child.getString("address")).add("postcode", "NB9 9ZZ").add("shielded", false).build(),
                java.util.Map.of()), 200);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        String table = assessment.recordDifferences();
        assertThat(table).contains("Date of birth").contains(corrected.format(UK)).contains(born.format(UK));
        assessment.assertAccessible();
        browser.screenshot("day-19-record-changed");

        assessment.useRecord();
        assessment.until(d -> corrected.toString().equals(assessment.dateShown("child_date_of_birth")));
        assessment.until(d -> corrected.toString().equals(AssessmentSteps.latest(api, caseId).getJsonObject("answers")
                .getString("child_date_of_birth", "")));
        assertThat(assessment.showsRecordDifferences()).isFalse();
    }
}
