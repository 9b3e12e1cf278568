package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.accessible;
import static org.ecaf.web.it.AssessmentSteps.input;
import static org.ecaf.web.it.AssessmentSteps.radio;
import static org.ecaf.web.it.AssessmentSteps.until;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * A practitioner's and a team lead's day in Chromium, as issue 12 reported it: each test is named after what the
 * user did and asserts what they should have seen. One class, so the server and the browser start once.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class PractitionerDayBrowserIT {

    private static final java.time.format.DateTimeFormatter UK = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Browser browser;
    private Api api;
    private EcafServer server;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
        api = Api.as(server, "practitioner1");
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
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&section=consent");
        browser.click(radio("consent_to_share", 0));
        browser.click("assessment:submit");
        until(browser, d -> !d.findElements(By.className("error-summary")).isEmpty());
        assertThat(browser.title()).doesNotContain("went wrong");
        String summary = browser.text(By.className("error-summary"));
        assertThat(summary).contains("Services the information may be shared with");
        assertThat(browser.pageSource()).doesNotContain("Something went wrong");
        assertThat(AssessmentSteps.latest(api, caseId).getString("status")).isEqualTo("IN_PROGRESS");
        accessible(browser);
        browser.screenshot("day-01-submit-from-last-section");
    }

    @Test
    void aReturnedAssessmentShowsTheTeamLeadsCommentOnTheHomeCaseAndAssessmentPages() {
        long caseId = Journeys.submittedCase(api, Journeys.firstAgencyId(api));
        Api lead = Api.as(server, "teamlead1");
        String comment = "Add the father's views and a date for the first review " + Journeys.randomName() + ".";
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/return",
                Json.createObjectBuilder().add("comment", comment).build()), 200);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/index.xhtml");
        assertThat(browser.text(By.id("workTray"))).contains("Returned for changes").contains(comment);
        assertThat(browser.text(By.cssSelector("main"))).contains("assessment returned by Grace Okafor");
        accessible(browser);
        browser.screenshot("day-02-home-returned");

        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("returnBanner"))).contains("Returned by Grace Okafor").contains(comment);
        accessible(browser);
        browser.screenshot("day-03-case-returned");

        browser.byId("returnBannerLink").click();
        until(browser, d -> d.getCurrentUrl().contains("/cases/assessment.xhtml"));
        browser.awaitIdle();
        assertThat(browser.text(By.id("returnBanner"))).contains("Returned by Grace Okafor").contains(comment);
        accessible(browser);
        browser.screenshot("day-04-assessment-returned");

        // the practitioner adds the father's views and resubmits: the banner is gone
        JsonObject latest = AssessmentSteps.latest(api, caseId);
        JsonObject changed = Json.createObjectBuilder(latest.getJsonObject("answers"))
                .add("parent_views", "Father: he wants to help with the school mornings.").build();
        Journeys.expect(Journeys.save(api, caseId, latest.getInt("revision"), changed), 200);
        Journeys.expect(api.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.driver().findElements(By.id("returnBanner"))).isEmpty();

        // the team lead sees what changed since the return, with the comment it answers
        try (org.ecaf.web.testing.Browser grace = new org.ecaf.web.testing.Browser(server.baseUrl())) {
            grace.signIn("teamlead1", Api.DEMO_PASSWORD);
            grace.open("/cases/approval.xhtml?id=" + caseId);
            assertThat(grace.text(By.id("sinceReturnHeading"))).startsWith("Changes since Grace Okafor returned it on");
            assertThat(grace.text(By.id("returnedComment"))).isEqualTo(comment);
            assertThat(grace.text(By.id("sinceReturnTable"))).contains("he wants to help with the school mornings");
            assertThat(grace.driver().findElements(By.cssSelector("#sinceReturnTable tbody tr"))).hasSize(1);
            accessible(grace);
            grace.screenshot("day-17-changes-since-return");
        }
    }

    @Test
    void aFutureStartDateIsMarkedWhileThePeoplePresentAndTheReasonAreSaved() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&section=assessment_information");
        String future = LocalDate.now(Journeys.LONDON).plusDays(3).toString();
        browser.type(AssessmentSteps.rowInput("people_present", 0, "name"), "Aisha Khan");
        browser.type(AssessmentSteps.rowInput("people_present", 0, "role"), "Family support worker");
        String reason = "School asked for support: attendance has fallen since September. ".repeat(8).strip();
        browser.type(input("reason_for_assessment"), reason);
        AssessmentSteps.setDate(browser, input("assessment_started"), future);
        until(browser, d -> d.findElement(By.id("assessment:saveStatus")).getText().contains("not saved because"));
        browser.awaitIdle();

        JsonObject saved = AssessmentSteps.latest(api, caseId).getJsonObject("answers");
        assertThat(saved.getJsonArray("people_present").getJsonObject(0).getString("name")).isEqualTo("Aisha Khan");
        assertThat(saved.getString("reason_for_assessment")).isEqualTo(reason);
        assertThat(saved.containsKey("assessment_started")).isFalse();
        assertThat(AssessmentSteps.dateShown(browser, input("assessment_started"))).isEqualTo(future);
        assertThat(browser.byId(input("assessment_started")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text(By.id(input("assessment_started") + "_error"))).contains("today");
        assertThat(AssessmentSteps.js(browser, "return ecafForm.isDirty();")).isEqualTo(true);
        accessible(browser);
        browser.screenshot("day-05-invalid-date-held");

        // autosave goes on: the next change is saved, the held date still marked
        browser.type(AssessmentSteps.rowInput("people_present", 0, "role"), "Family support worker, lead");
        until(browser, d -> "Family support worker, lead".equals(AssessmentSteps.latest(api, caseId)
                .getJsonObject("answers").getJsonArray("people_present").getJsonObject(0).getString("role")));

        String today = LocalDate.now(Journeys.LONDON).toString();
        AssessmentSteps.setDate(browser, input("assessment_started"), today);
        until(browser, d -> today.equals(AssessmentSteps.latest(api, caseId).getJsonObject("answers")
                .getString("assessment_started", "")));
        browser.awaitIdle();
        until(browser, d -> d.findElements(By.id(input("assessment_started") + "_error")).isEmpty());
        // typing in three boxes may start one more save (what was typed after the last one): the page ends clean
        until(browser, d -> Boolean.FALSE.equals(AssessmentSteps.js(browser, "return ecafForm.isDirty();")));
    }

    @Test
    void pressingEnterInATextFieldSavesInsteadOfAddingABlankEntry() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&section=assessment_information");
        String name = AssessmentSteps.rowInput("people_present", 0, "name");
        browser.type(name, "Aisha Khan");
        browser.byId(name).sendKeys(Keys.ENTER);
        assertThat(AssessmentSteps.awaitSaved(browser)).startsWith("Saved revision 1");
        assertThat(browser.driver().findElements(By.id(AssessmentSteps.rowInput("people_present", 1, "name")))).isEmpty();
        assertThat(AssessmentSteps.latest(api, caseId).getJsonObject("answers").getJsonArray("people_present"))
                .hasSize(1);
    }

    @Test
    void typedActionTextSurvivesSavingTheLeadProfessionalAndActionsCanBeChangedButNotBackdated() {
        long caseId = Journeys.submittedCase(api, Journeys.firstAgencyId(api));
        Api lead = Api.as(server, "teamlead1");
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Clear.").build()), 200);
        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        browser.open("/cases/plan.xhtml?id=" + caseId);

        browser.type("actionForm:actionWhat", "Referral to the young carers' service");
        browser.type("actionForm:actionWho", "Aisha Khan");
        new Select(browser.byId("leadForm:leadProfessional")).selectByIndex(1);
        browser.click("leadForm:saveLead");
        until(browser, d -> !d.findElement(By.id("leadProfessional")).getText().contains("Not yet agreed"));
        assertThat(browser.byId("actionForm:actionWhat").getAttribute("value")).isEqualTo("Referral to the young carers' service");
        assertThat(browser.byId("actionForm:actionWho").getAttribute("value")).isEqualTo("Aisha Khan");
        Object unsaved = AssessmentSteps.js(browser, "return ecafKeep.unsaved().length;");
        assertThat(((Number) unsaved).intValue()).isGreaterThanOrEqualTo(2);

        String yesterday = UK.format(LocalDate.now(Journeys.LONDON).minusDays(1));
        browser.type("actionForm:actionByWhen", yesterday);
        browser.click("actionForm:addAction");
        until(browser, d -> !d.findElements(By.className("error-summary")).isEmpty());
        assertThat(browser.text(By.className("error-summary"))).contains("cannot be in the past");
        assertThat(browser.driver().findElements(By.id("actions"))).isEmpty();
        accessible(browser);
        browser.screenshot("day-06-plan-past-date");

        String nextWeek = UK.format(LocalDate.now(Journeys.LONDON).plusDays(7));
        browser.type("actionForm:actionByWhen", nextWeek);
        browser.click("actionForm:addAction");
        until(browser, d -> !d.findElements(By.id("actions")).isEmpty());
        assertThat(browser.text(By.id("actions"))).contains("Referral to the young carers' service").contains(nextWeek);

        browser.click("actionsForm:rows:0:editAction");
        until(browser, d -> "Change the action".equals(d.findElement(By.id("actionFormHeading")).getText()));
        assertThat(browser.byId("actionForm:actionWhat").getAttribute("value")).isEqualTo("Referral to the young carers' service");
        browser.type("actionForm:actionWhat", "Referral to the young carers' service and the school nurse");
        browser.click("actionForm:addAction");
        until(browser, d -> d.findElement(By.id("actions")).getText().contains("and the school nurse"));
        assertThat(browser.text(By.id("actionFormHeading"))).isEqualTo("Add an action");
        accessible(browser);
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
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        // the list of sections is folded: the first question comes within the first screen
        assertThat(browser.byId("sectionNavDetails").getAttribute("open")).isNull();
        assertThat(browser.find(By.cssSelector(".section-main h2")).getRect().getY()).isLessThan(844);
        browser.screenshot("day-08-phone-assessment");
        browser.open("/cases/history.xhtml?id=" + caseId);
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
        long inner = ((Number) AssessmentSteps.js(browser, "return window.innerWidth;")).longValue();
        long scroll = ((Number) AssessmentSteps.js(browser, "return document.documentElement.scrollWidth;")).longValue();
        assertThat(inner).as("window width").isBetween(300L, 400L);
        assertThat(scroll).as(() -> path + ": page width at " + inner + " px; too wide: " + AssessmentSteps.js(browser,
                "var w = window.innerWidth, out = [];"
                        + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                        + " if (r.right > w + 0.5 && r.width > 0) { out.push(e.tagName + (e.id ? '#' + e.id : '')"
                        + " + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ' + Math.round(r.right)); } });"
                        + " return out.slice(-8).join('; ');")).isLessThanOrEqualTo(inner);
        var signOut = browser.byId("userForm:logout").getRect();
        assertThat(signOut.getX() + signOut.getWidth()).as(path + ": Sign out on screen").isLessThanOrEqualTo((int) inner);
        assertThat(signOut.getHeight()).isGreaterThanOrEqualTo(24);
        accessible(browser);
    }

    @Test
    void theFocusRingIsDarkAndThickOnInputsRadiosAndButtons() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        for (String id : List.of(input("child_given_names"), radio("child_gender", 0), "assessment:save")) {
            AssessmentSteps.js(browser, "document.getElementById(arguments[0]).focus();", id);
            String style = String.valueOf(AssessmentSteps.js(browser, "var s = getComputedStyle(document.activeElement);"
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
        browser.open("/cases/case.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("nextStepList"))).contains("Record the family's consent")
                .doesNotContain("CONSENT_TO_RECORD_MISSING");

        browser.open("/children/register.xhtml");
        browser.type("child:familyName", "Okoro");
        browser.click("child:register");
        until(browser, d -> !d.findElements(By.className("error-summary")).isEmpty());
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("error-summary");
        assertThat(browser.byId("child:givenNamesError").getText()).isNotBlank();
        accessible(browser);
        browser.screenshot("day-11-register-problems");

        browser.signOut();
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/children/search.xhtml");
        assertThat(browser.driver().findElements(By.id("registerLink"))).isEmpty();
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
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        browser.type(input("child_religion"), "None");
        browser.click("assessment:prefill");
        until(browser, d -> !d.findElement(By.id(input("child_given_names"))).getAttribute("value").isBlank());
        assertThat(browser.byId(input("child_religion")).getAttribute("value")).isEqualTo("None");
        assertThat(browser.driver().findElements(By.className("prefilled-tag"))).isNotEmpty();
        accessible(browser);
        browser.screenshot("day-12-prefilled");

        browser.type(input("child_family_name"), "Changed-Name");
        AssessmentSteps.goToSection(browser, "people_involved");
        assertThat(browser.byId(input("assessor_name")).getAttribute("value")).isEqualTo("Aisha Khan");
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
        Api lead = Api.as(server, "teamlead1");
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Clear.").build()), 200);
        int agreed = Journeys.completeAnswers().getJsonArray("actions").size();
        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        browser.open("/cases/plan.xhtml?id=" + caseId);
        assertThat(browser.driver().findElements(By.cssSelector("#agreedActions li"))).hasSize(agreed);
        browser.click("agreedForm:addAgreed");
        until(browser, d -> !d.findElements(By.id("actions")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector("#actions tbody tr"))).hasSize(agreed);
        assertThat(browser.driver().findElements(By.id("agreedForm:addAgreed"))).isEmpty();

        browser.open("/cases/closure.xhtml?id=" + caseId);
        assertThat(browser.text(By.id("openActionsWarning"))).contains(agreed + " actions are still open");
        accessible(browser);
        browser.screenshot("day-13-closure-open-actions");
    }

    @Test
    void aDateIsTypedAsDayMonthAndYearAndAnImpossibleOneIsKeptAsTypedUntilPutRight() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&section=assessment_information");
        String started = input("assessment_started");
        // three boxes labelled Day, Month and Year in a fieldset named by the question; no browser picker anywhere
        assertThat(browser.text(By.cssSelector("label[for='" + started + "']"))).isEqualTo("Day");
        assertThat(browser.text(By.cssSelector("label[for='" + started + "_month']"))).isEqualTo("Month");
        assertThat(browser.text(By.cssSelector("label[for='" + started + "_year']"))).isEqualTo("Year");
        assertThat(browser.driver().findElements(By.cssSelector("input[type='date']"))).isEmpty();

        // 31 February: typed, then the next box typed at once, as people do
        AssessmentSteps.typeDate(browser, started, "31", "2", "2026");
        browser.type(input("reason_for_assessment"), "Attendance has fallen since September.");
        until(browser, d -> d.findElement(By.id("assessment:saveStatus")).getText().contains("not saved because"));
        browser.awaitIdle();
        assertThat(browser.text(By.id(started + "_error"))).contains("enter a real date");
        assertThat(browser.byId(started).getAttribute("value")).isEqualTo("31");
        assertThat(browser.byId(started + "_month").getAttribute("value")).isEqualTo("2");
        assertThat(browser.byId(started + "_year").getAttribute("value")).isEqualTo("2026");
        JsonObject saved = AssessmentSteps.latest(api, caseId).getJsonObject("answers");
        assertThat(saved.getString("reason_for_assessment")).isEqualTo("Attendance has fallen since September.");
        assertThat(saved.containsKey("assessment_started")).isFalse();
        accessible(browser);
        AssessmentSteps.js(browser, "arguments[0].scrollIntoView({block: 'center'});", browser.byId(started));
        browser.screenshot("day-14-date-boxes");
        // a section of optional questions nobody answered is not called complete
        assertThat(browser.find(By.xpath("//a[@id='nav-views']/ancestor::li[1]")).getText())
                .contains("0 of 2 answered").contains("Optional, not answered").doesNotContain("Complete");

        LocalDate today = LocalDate.now(Journeys.LONDON);
        AssessmentSteps.typeDate(browser, started, String.valueOf(today.getDayOfMonth()),
                String.format("%02d", today.getMonthValue()), String.valueOf(today.getYear()));
        until(browser, d -> today.toString().equals(AssessmentSteps.latest(api, caseId).getJsonObject("answers")
                .getString("assessment_started", "")));
        browser.awaitIdle();
        until(browser, d -> d.findElements(By.id(started + "_error")).isEmpty());
    }

    @Test
    void submittingShowsEveryAnswerToCheckWithChangeLinksBeforeItIsSubmitted() {
        long caseId = AssessmentSteps.caseWithConsent(api);
        Journeys.expect(Journeys.save(api, caseId, null, Journeys.completeAnswers()), 200);
        Journeys.childSeen(api, caseId);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&section=conclusions");
        browser.click("assessment:submit");
        until(browser, d -> d.getCurrentUrl().contains("/cases/check-answers.xhtml"));
        browser.awaitIdle();
        assertThat(browser.title()).startsWith("Check your answers before submitting");
        assertThat(AssessmentSteps.latest(api, caseId).getString("status")).isEqualTo("IN_PROGRESS");
        String page = browser.text(By.tagName("main"));
        assertThat(page).contains("Zoë").contains("Summary of conclusions");
        assertThat(browser.byId("change-conclusions").getAttribute("href"))
                .endsWith("/cases/assessment.xhtml?id=" + caseId + "&section=conclusions");
        assertThat(browser.text(By.id("seenSummary"))).startsWith("Seen on");
        accessible(browser);
        browser.screenshot("day-15-check-answers");

        // Change goes back to the section; the answers are kept and submitting brings the check back
        browser.byId("change-conclusions").click();
        until(browser, d -> d.getCurrentUrl().contains("section=conclusions"));
        browser.awaitIdle();
        browser.click("assessment:submit");
        until(browser, d -> d.getCurrentUrl().contains("/cases/check-answers.xhtml"));
        browser.awaitIdle();
        browser.click("checkAnswers:submit");
        until(browser, d -> d.getCurrentUrl().contains("/cases/case.xhtml"));
        browser.awaitIdle();
        assertThat(browser.text(By.className("notice-success"))).contains("submitted for approval");
        assertThat(AssessmentSteps.latest(api, caseId).getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void closingWithOpenActionsStopsOnAnInterruptionPageThatKeepsWhatWasTyped() {
        long caseId = Journeys.submittedCase(api, Journeys.firstAgencyId(api));
        Api lead = Api.as(server, "teamlead1");
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/assessment/approval",
                Json.createObjectBuilder().add("comment", "Clear.").build()), 200);
        Journeys.expect(lead.post("/api/v1/cases/" + caseId + "/actions", Json.createObjectBuilder()
                .add("what", "Weekly check-in with the school").add("who", "Aisha Khan")
                .add("byWhen", LocalDate.now(Journeys.LONDON).plusDays(7).toString()).build()), 201);
        browser.signIn("teamlead1", Api.DEMO_PASSWORD);
        browser.open("/cases/closure.xhtml?id=" + caseId);
        browser.click("closeForm:closure:f_closure_reason:0");
        browser.type("closeForm:closure:f_outcomes_summary", "Needs met at school.");
        browser.click("closeForm:closeCase");
        until(browser, d -> !d.findElements(By.id("interruptionHeading")).isEmpty());
        assertThat(browser.text(By.id("interruptionHeading"))).isEqualTo("1 action is still open in the delivery plan");
        assertThat(browser.text(By.id("openActions"))).contains("Weekly check-in with the school");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("interruptionHeading");
        assertThat(TeamLeadSupport.state(lead, caseId)).isNotEqualTo("CLOSED");
        accessible(browser);
        browser.screenshot("day-16-closure-interruption");

        browser.click("interruption:goBack");
        until(browser, d -> !d.findElements(By.id("closeForm:closure:f_outcomes_summary")).isEmpty());
        assertThat(browser.byId("closeForm:closure:f_outcomes_summary").getAttribute("value")).isEqualTo("Needs met at school.");
        assertThat(browser.byId("closeForm:closure:f_closure_reason:0").isSelected()).isTrue();

        browser.click("closeForm:closeCase");
        until(browser, d -> !d.findElements(By.id("interruption:closeAnyway")).isEmpty());
        browser.click("interruption:closeAnyway");
        until(browser, d -> d.getCurrentUrl().contains("/cases/case.xhtml"));
        browser.awaitIdle();
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
        browser.open("/cases/copies.xhtml?id=" + caseId);
        browser.select("family:recipient", Long.toString(motherId));
        // an impatient double click, as when nothing seemed to happen
        new org.openqa.selenium.interactions.Actions(browser.driver()).doubleClick(browser.byId("family:issueFamily"))
                .perform();
        // the page reloads itself once the PDF has arrived: the copy is listed without going anywhere
        until(browser, d -> d.getCurrentUrl().contains("issued=true"));
        browser.awaitIdle();
        assertThat(browser.text(By.className("notice-success"))).contains("The copy is issued and downloaded");
        assertThat(browser.text(By.id("disclosures"))).contains(mother.getString("name")).contains("Issued under");
        assertThat(api.get(disclosures).array()).hasSize(1);
        accessible(browser);
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
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        String table = browser.text(By.id("recordDiffTable"));
        assertThat(table).contains("Date of birth").contains(corrected.format(UK)).contains(born.format(UK));
        accessible(browser);
        browser.screenshot("day-19-record-changed");

        browser.click("assessment:useRecord");
        until(browser, d -> corrected.toString().equals(AssessmentSteps.dateShown(browser, input("child_date_of_birth"))));
        until(browser, d -> corrected.toString().equals(AssessmentSteps.latest(api, caseId).getJsonObject("answers")
                .getString("child_date_of_birth", "")));
        assertThat(browser.driver().findElements(By.id("recordDifferences"))).isEmpty();
    }
}
