package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.it.AssessmentSteps.caseWithConsent;
import static org.ecaf.web.it.AssessmentSteps.latest;
import static org.ecaf.web.it.AssessmentSteps.revisions;
import static org.ecaf.web.testing.pages.AssessmentPage.input;
import static org.ecaf.web.testing.pages.AssessmentPage.radio;
import static org.ecaf.web.testing.pages.AssessmentPage.rowInput;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.As;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.BrowserExtension;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.ecaf.web.testing.pages.AssessmentPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/** Filling the assessment in Chromium: sections, conditions, rows, ratings, autosave, problems and the leave guard. */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class AssessmentBrowserIT {

    private Browser browser;
    @As("practitioner1")
    private Api api;

    @Test
    void fillingSeveralSectionsSavesRevisions() {
        long caseId = caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        assertThat(assessment.title()).isEqualTo("Assessment: Identifying details of the child or young person – eCAF");
        assertThat(assessment.statusNotice()).contains("has not been started");
        assertThat(assessment.currentSection()).contains("0 of 17 answered");
        assessment.assertAccessible();
        browser.screenshot("assessment-01-empty");

        assessment.type("child_given_names", "Amelia Rose").type("child_family_name", "Okoro").choose("child_gender", 0);
        assertThat(assessment.asks("child_disability_details")).isFalse();
        assessment.choose("child_disability", 0).type("child_disability_details", "Asthma, uses an inhaler at school");
        assertThat(assessment.awaitSaved()).matches("Saved revision 1 at \\d\\d:\\d\\d");
        assertThat(assessment.currentSection()).contains("5 of 18 answered");
        assessment.assertAccessible();
        browser.screenshot("assessment-02-autosaved-with-condition");

        JsonObject first = latest(api, caseId);
        assertThat(first.getInt("revision")).isEqualTo(1);
        assertThat(first.getJsonObject("answers").getString("child_disability_details")).startsWith("Asthma");
        assertThat(first.getJsonObject("answers").getString("child_gender")).isEqualTo("female");

        assessment.goToSection("assessment_information").date("assessment_started", LocalDate.now(Journeys.LONDON))
                .typeInRow("people_present", 0, "name", "Aisha Khan")
                .typeInRow("people_present", 0, "role", "Family support worker")
                .addRow("people_present");
        assessment.awaitFocusOn(rowInput("people_present", 1, "name"));
        assessment.typeInRow("people_present", 1, "name", "Grace Okoro").typeInRow("people_present", 1, "role", "Mother");
        browser.screenshot("assessment-03-rows");
        assessment.assertAccessible();

        assessment.goToSection("development_of_child");
        JsonObject second = latest(api, caseId);
        assertThat(second.getInt("revision")).isEqualTo(2);
        assertThat(second.getJsonObject("answers").getJsonArray("people_present")).hasSize(2);
        assertThat(second.getJsonObject("answers").getJsonArray("people_present").getJsonObject(1).getString("role"))
                .isEqualTo("Mother");

        assessment.type("general_health", "Generally well; asthma is managed.").choose("general_health_rating", 0)
                .choose("physical_development_rating", 2).save();
        assertThat(assessment.awaitSaved()).startsWith("Saved revision 3");
        Object timing = assessment.script("var e = performance.getEntriesByType('resource').filter(function (r) {"
                + " return r.initiatorType === 'xmlhttprequest' && r.name.indexOf('assessment.xhtml') >= 0; }).pop();"
                + " return e ? Math.round(e.duration) + ' ms, ' + e.encodedBodySize + ' bytes' : 'none';");
        System.out.println("Section save round trip (Save button, revision 3): " + timing);
        assertThat(assessment.currentSection()).contains("3 of 24 answered");
        assessment.assertAccessible();
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
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        assessment.type("child_given_names", "Bea");
        LocalDate future = LocalDate.now(Journeys.LONDON).plusYears(1);
        assessment.date("child_date_of_birth", future).save().awaitProblems();
        String summary = assessment.errorSummary();
        assertThat(summary).contains("Date of birth: enter today's date or an earlier date.");
        assertThat(assessment.errorFor("child_date_of_birth")).contains("enter today's date");
        assertThat(assessment.dateShown("child_date_of_birth")).isEqualTo(future.toString());
        assertThat(assessment.field("child_date_of_birth").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(assessment.value("child_given_names")).isEqualTo("Bea");
        // the draft stage sets the invalid answer aside and saves the rest (issue 12)
        assertThat(assessment.saveStatus()).startsWith("Saved revision 1")
                .contains("1 answer is not saved because it needs correcting");
        assertThat(assessment.focused().getAttribute("class")).contains("error-summary");
        assessment.assertAccessible();
        browser.screenshot("assessment-05-draft-problem");

        assessment.followFirstError();
        assertThat(assessment.focusedId()).isEqualTo(input("child_date_of_birth"));
        JsonObject saved = latest(api, caseId).getJsonObject("answers");
        assertThat(saved.getString("child_given_names")).isEqualTo("Bea");
        assertThat(saved.containsKey("child_date_of_birth")).isFalse();

        assessment.date("child_date_of_birth", LocalDate.parse("2016-05-04")).save();
        assertThat(assessment.awaitSaved(2)).startsWith("Saved revision 2");
        assertThat(assessment.showsProblems()).isFalse();
        assertThat(assessment.hasErrorFor("child_date_of_birth")).isFalse();
    }

    @Test
    void leavingWithUnsavedChangesIsGuardedAndSectionLinksSaveFirst() {
        long caseId = caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        String guard = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
        assertThat(assessment.script(guard)).isEqualTo(false);

        assessment.type("child_given_names", "Cai");
        assertThat(assessment.script("return ecafForm.isDirty();")).isEqualTo(true);
        assertThat(assessment.script(guard)).isEqualTo(true);
        // WebDriver accepts a real beforeunload prompt by itself, so the test asks the page's handler directly
        browser.screenshot("assessment-06-unsaved");

        assessment.goToSection("views");
        assertThat(latest(api, caseId).getJsonObject("answers").getString("child_given_names")).isEqualTo("Cai");
        assertThat(assessment.script(guard)).isEqualTo(false);
        assessment.assertAccessible();
    }

    @Test
    void withoutConsentNothingIsSavedAndTheProblemLinksToTheConsentPage() {
        JsonObject child = Journeys.registerChild(api, 7, false);
        long caseId = Journeys.openCase(api, child.getJsonNumber("id").longValue()).getJsonNumber("id").longValue();
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId);
        assessment.type("child_given_names", "Gwen").save().awaitProblems();
        assertThat(assessment.errorSummary()).contains("Record the family's consent to record");
        assertThat(assessment.firstErrorLink()).endsWith("/cases/consent.xhtml?id=" + caseId);
        assertThat(assessment.value("child_given_names")).isEqualTo("Gwen");
        assessment.assertAccessible();
        browser.screenshot("assessment-08-no-consent");
    }

    @Test
    void radiosRowsAndSavingWorkWithTheKeyboardAlone() {
        long caseId = caseWithConsent(api);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId, "section=family_details");
        assertThat(assessment.hasRow("household", 0, "name")).isFalse();
        assessment.addRowButton("household").sendKeys(Keys.ENTER);
        browser.awaitIdle();
        assessment.awaitFocusOn(rowInput("household", 0, "name"));
        assessment.focused().sendKeys("Finn", Keys.TAB, "Brother");
        assessment.addRowButton("household").sendKeys(Keys.ENTER);
        browser.awaitIdle();
        assessment.awaitFocusOn(rowInput("household", 1, "name"));
        assessment.focused().sendKeys("Nobody");
        assessment.assertAccessible();
        browser.screenshot("assessment-09-keyboard-rows");
        assessment.removeRowButton("household", 1).sendKeys(Keys.ENTER);
        browser.awaitIdle();
        assessment.until(d -> !assessment.hasRow("household", 1, "name"));
        assertThat(assessment.focusedId()).isEqualTo(input("household_add"));

        assessment.rowOption("parents_carers", 0, "parental_responsibility", 0).sendKeys(Keys.SPACE);
        browser.awaitIdle();
        assessment.saveButton().sendKeys(Keys.ENTER);
        assertThat(assessment.awaitSaved()).startsWith("Saved revision 1");
        JsonObject saved = latest(api, caseId).getJsonObject("answers");
        assertThat(saved.getJsonArray("household")).hasSize(1);
        assertThat(saved.getJsonArray("household").getJsonObject(0).getString("relationship")).isEqualTo("Brother");
        assertThat(saved.getJsonArray("parents_carers").getJsonObject(0).getBoolean("parental_responsibility")).isTrue();

        assessment.goToSection("parenting");
        assessment.option("basic_care_safety_rating", 0).sendKeys(Keys.SPACE);
        assessment.focused().sendKeys(Keys.ARROW_RIGHT);
        browser.awaitIdle();
        assertThat(assessment.option("basic_care_safety_rating", 1).isSelected()).isTrue();
        assessment.saveButton().sendKeys(Keys.ENTER);
        assertThat(assessment.awaitSaved(2)).startsWith("Saved revision 2");
        assertThat(latest(api, caseId).getJsonObject("answers").getString("basic_care_safety_rating")).isEqualTo("no_issue");
    }

    @Test
    void aDeepLinkOpensTheFieldsSectionWithTheFieldFocused() {
        long caseId = caseWithConsent(api);
        Journeys.expect(Journeys.save(api, caseId, null, Json.createObjectBuilder().add("child_given_names", "Dara").build()), 200);
        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        AssessmentPage assessment = AssessmentPage.open(browser, caseId, "field=housing_rating");
        assertThat(assessment.sectionHeading()).startsWith("Family and environment");
        assertThat(assessment.focusedId()).isEqualTo(radio("housing_rating", 0));
        assertThat(assessment.lastSaved()).contains("Revision 1, saved by Aisha Khan");
        assessment.assertAccessible();
        browser.screenshot("assessment-07-deep-link");
    }
}
