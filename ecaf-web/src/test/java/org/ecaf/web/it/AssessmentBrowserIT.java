package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.accessible;
import static org.ecaf.web.it.AssessmentSteps.awaitSaved;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;
import static org.ecaf.web.it.AssessmentSteps.goToSection;
import static org.ecaf.web.it.AssessmentSteps.input;
import static org.ecaf.web.it.AssessmentSteps.js;
import static org.ecaf.web.it.AssessmentSteps.latest;
import static org.ecaf.web.it.AssessmentSteps.radio;
import static org.ecaf.web.it.AssessmentSteps.revisions;
import static org.ecaf.web.it.AssessmentSteps.rowInput;
import static org.ecaf.web.it.AssessmentSteps.setDate;
import static org.ecaf.web.it.AssessmentSteps.until;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
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

/** Filling the assessment in Chromium: sections, conditions, rows, ratings, autosave, problems and the leave guard. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class AssessmentBrowserIT {

    private Browser browser;
    private Api api;

    @BeforeEach
    void open(EcafServer server, Browser browser) {
        this.browser = browser;
        api = Api.as(server, "practitioner1");
    }

    @Test
    void fillingSeveralSectionsSavesRevisions() {
        long caseId = caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        assertThat(browser.title()).isEqualTo("Assessment: Identifying details of the child or young person – eCAF");
        assertThat(browser.text(By.id("statusNotice"))).contains("has not been started");
        assertThat(browser.text(By.cssSelector(".section-list li.current"))).contains("0 of 17 answered");
        accessible(browser);
        browser.screenshot("assessment-01-empty");

        browser.type(input("child_given_names"), "Amelia Rose");
        browser.type(input("child_family_name"), "Okoro");
        browser.click(radio("child_gender", 0));
        assertThat(browser.driver().findElements(By.id(input("child_disability_details")))).isEmpty();
        browser.click(radio("child_disability", 0));
        browser.type(input("child_disability_details"), "Asthma, uses an inhaler at school");
        assertThat(awaitSaved(browser)).matches("Saved revision 1 at \\d\\d:\\d\\d");
        assertThat(browser.text(By.cssSelector(".section-list li.current"))).contains("5 of 18 answered");
        accessible(browser);
        browser.screenshot("assessment-02-autosaved-with-condition");

        JsonObject first = latest(api, caseId);
        assertThat(first.getInt("revision")).isEqualTo(1);
        assertThat(first.getJsonObject("answers").getString("child_disability_details")).startsWith("Asthma");
        assertThat(first.getJsonObject("answers").getString("child_gender")).isEqualTo("female");

        goToSection(browser, "assessment_information");
        setDate(browser, input("assessment_started"), LocalDate.now(Journeys.LONDON).toString());
        browser.type(rowInput("people_present", 0, "name"), "Aisha Khan");
        browser.type(rowInput("people_present", 0, "role"), "Family support worker");
        browser.click(input("people_present_add"));
        until(browser, d -> d.switchTo().activeElement().getAttribute("id").equals(rowInput("people_present", 1, "name")));
        browser.type(rowInput("people_present", 1, "name"), "Grace Okoro");
        browser.type(rowInput("people_present", 1, "role"), "Mother");
        browser.screenshot("assessment-03-rows");
        accessible(browser);

        goToSection(browser, "development_of_child");
        JsonObject second = latest(api, caseId);
        assertThat(second.getInt("revision")).isEqualTo(2);
        assertThat(second.getJsonObject("answers").getJsonArray("people_present")).hasSize(2);
        assertThat(second.getJsonObject("answers").getJsonArray("people_present").getJsonObject(1).getString("role"))
                .isEqualTo("Mother");

        browser.type(input("general_health"), "Generally well; asthma is managed.");
        browser.click(radio("general_health_rating", 0));
        browser.click(radio("physical_development_rating", 2));
        browser.click("assessment:save");
        assertThat(awaitSaved(browser)).startsWith("Saved revision 3");
        Object timing = js(browser, "var e = performance.getEntriesByType('resource').filter(function (r) {"
                + " return r.initiatorType === 'xmlhttprequest' && r.name.indexOf('assessment.xhtml') >= 0; }).pop();"
                + " return e ? Math.round(e.duration) + ' ms, ' + e.encodedBodySize + ' bytes' : 'none';");
        System.out.println("Section save round trip (Save button, revision 3): " + timing);
        assertThat(browser.text(By.cssSelector(".section-list li.current"))).contains("3 of 24 answered");
        accessible(browser);
        browser.screenshot("assessment-04-ratings-saved");
        JsonObject third = latest(api, caseId).getJsonObject("answers");
        assertThat(third.getString("general_health_rating")).isEqualTo("strength");
        assertThat(third.getString("physical_development_rating")).isEqualTo("need");
        assertThat(revisions(api, caseId)).hasSize(3);
    }

    @Test
    void aProblemIsShownNextToTheFieldAndLinkedAndWhatWasTypedIsKept() {
        long caseId = caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        browser.type(input("child_given_names"), "Bea");
        String future = LocalDate.now(Journeys.LONDON).plusYears(1).toString();
        setDate(browser, input("child_date_of_birth"), future);
        browser.click("assessment:save");
        until(browser, d -> !d.findElements(By.className("error-summary")).isEmpty());
        String summary = browser.text(By.className("error-summary"));
        assertThat(summary).contains("Date of birth: enter today's date or an earlier date.");
        assertThat(browser.text(By.id(input("child_date_of_birth") + "_error"))).contains("enter today's date");
        assertThat(AssessmentSteps.dateShown(browser, input("child_date_of_birth"))).isEqualTo(future);
        assertThat(browser.byId(input("child_date_of_birth")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.byId(input("child_given_names")).getAttribute("value")).isEqualTo("Bea");
        // the draft stage sets the invalid answer aside and saves the rest (issue 12)
        assertThat(browser.text(By.id("assessment:saveStatus"))).startsWith("Saved revision 1")
                .contains("1 answer is not saved because it needs correcting");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("error-summary");
        accessible(browser);
        browser.screenshot("assessment-05-draft-problem");

        browser.find(By.cssSelector(".error-summary a")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(input("child_date_of_birth"));
        JsonObject saved = latest(api, caseId).getJsonObject("answers");
        assertThat(saved.getString("child_given_names")).isEqualTo("Bea");
        assertThat(saved.containsKey("child_date_of_birth")).isFalse();

        setDate(browser, input("child_date_of_birth"), "2016-05-04");
        browser.click("assessment:save");
        assertThat(awaitSaved(browser, 2)).startsWith("Saved revision 2");
        assertThat(browser.driver().findElements(By.className("error-summary"))).isEmpty();
        assertThat(browser.driver().findElements(By.id(input("child_date_of_birth") + "_error"))).isEmpty();
    }

    @Test
    void leavingWithUnsavedChangesIsGuardedAndSectionLinksSaveFirst() {
        long caseId = caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        String guard = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
        assertThat(js(browser, guard)).isEqualTo(false);

        browser.type(input("child_given_names"), "Cai");
        assertThat(js(browser, "return ecafForm.isDirty();")).isEqualTo(true);
        assertThat(js(browser, guard)).isEqualTo(true);
        // WebDriver accepts a real beforeunload prompt by itself, so the test asks the page's handler directly
        browser.screenshot("assessment-06-unsaved");

        goToSection(browser, "views");
        assertThat(latest(api, caseId).getJsonObject("answers").getString("child_given_names")).isEqualTo("Cai");
        assertThat(js(browser, guard)).isEqualTo(false);
        accessible(browser);
    }

    @Test
    void withoutConsentNothingIsSavedAndTheProblemLinksToTheConsentPage() {
        JsonObject child = Journeys.registerChild(api, 7, false);
        long caseId = Journeys.openCase(api, child.getJsonNumber("id").longValue()).getJsonNumber("id").longValue();
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId);
        browser.type(input("child_given_names"), "Gwen");
        browser.click("assessment:save");
        until(browser, d -> !d.findElements(By.className("error-summary")).isEmpty());
        assertThat(browser.text(By.className("error-summary"))).contains("Record the family's consent to record");
        assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href"))
                .endsWith("/cases/consent.xhtml?id=" + caseId);
        assertThat(browser.byId(input("child_given_names")).getAttribute("value")).isEqualTo("Gwen");
        accessible(browser);
        browser.screenshot("assessment-08-no-consent");
    }

    @Test
    void radiosRowsAndSavingWorkWithTheKeyboardAlone() {
        long caseId = caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&section=family_details");
        assertThat(browser.driver().findElements(By.id(rowInput("household", 0, "name")))).isEmpty();
        browser.byId(input("household_add")).sendKeys(Keys.ENTER);
        browser.awaitIdle();
        until(browser, d -> d.switchTo().activeElement().getAttribute("id").equals(rowInput("household", 0, "name")));
        browser.driver().switchTo().activeElement().sendKeys("Finn", Keys.TAB, "Brother");
        browser.byId(input("household_add")).sendKeys(Keys.ENTER);
        browser.awaitIdle();
        until(browser, d -> d.switchTo().activeElement().getAttribute("id").equals(rowInput("household", 1, "name")));
        browser.driver().switchTo().activeElement().sendKeys("Nobody");
        accessible(browser);
        browser.screenshot("assessment-09-keyboard-rows");
        browser.byId(input("household") + ":1:remove").sendKeys(Keys.ENTER);
        browser.awaitIdle();
        until(browser, d -> d.findElements(By.id(rowInput("household", 1, "name"))).isEmpty());
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(input("household_add"));

        browser.byId(rowInput("parents_carers", 0, "parental_responsibility") + ":0").sendKeys(Keys.SPACE);
        browser.awaitIdle();
        browser.byId("assessment:save").sendKeys(Keys.ENTER);
        assertThat(awaitSaved(browser)).startsWith("Saved revision 1");
        JsonObject saved = latest(api, caseId).getJsonObject("answers");
        assertThat(saved.getJsonArray("household")).hasSize(1);
        assertThat(saved.getJsonArray("household").getJsonObject(0).getString("relationship")).isEqualTo("Brother");
        assertThat(saved.getJsonArray("parents_carers").getJsonObject(0).getBoolean("parental_responsibility")).isTrue();

        goToSection(browser, "parenting");
        browser.byId(radio("basic_care_safety_rating", 0)).sendKeys(Keys.SPACE);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        browser.awaitIdle();
        assertThat(browser.byId(radio("basic_care_safety_rating", 1)).isSelected()).isTrue();
        browser.byId("assessment:save").sendKeys(Keys.ENTER);
        assertThat(awaitSaved(browser, 2)).startsWith("Saved revision 2");
        assertThat(latest(api, caseId).getJsonObject("answers").getString("basic_care_safety_rating")).isEqualTo("no_issue");
    }

    @Test
    void aDeepLinkOpensTheFieldsSectionWithTheFieldFocused() {
        long caseId = caseWithConsent(api);
        Journeys.expect(Journeys.save(api, caseId, null, Json.createObjectBuilder().add("child_given_names", "Dara").build()), 200);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        browser.open("/cases/assessment.xhtml?id=" + caseId + "&field=housing_rating");
        assertThat(browser.text(By.id("sectionHeading"))).startsWith("Family and environment");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(radio("housing_rating", 0));
        assertThat(browser.text(By.id("assessment:lastSaved"))).contains("Revision 1, saved by Aisha Khan");
        accessible(browser);
        browser.screenshot("assessment-07-deep-link");
    }
}
