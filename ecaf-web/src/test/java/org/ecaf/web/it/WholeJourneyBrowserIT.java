package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ecaf.forms.FormDefinition;
import org.ecaf.forms.FormRegistry;
import org.ecaf.forms.Section;
import org.ecaf.web.testing.Accessibility;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.FormFiller;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole CAF journey entirely in the browser, as practitioner1 and teamlead1: register a child, record the
 * family and consent, fill every section of the assessment, record the child seen, submit; approve; agree the
 * lead professional, the Team Around the Child, the delivery plan and the review date and make the plan active;
 * issue a family copy; record a review; close the case. axe-core on every page; the screenshots are the ones
 * docs/user-guide.md shows.
 */
@ExtendWith(EcafServerExtension.class)
class WholeJourneyBrowserIT {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static void accessible(Browser browser) {
        List<String> violations = Accessibility.seriousViolations(browser.driver());
        assertThat(violations).as("axe-core on " + browser.currentPath()).isEmpty();
    }

    private static void awaitPath(Browser browser, String prefix) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.currentPath().startsWith(prefix));
        browser.awaitIdle();
    }

    @Test
    void fromRegistrationToClosureInTheBrowser(EcafServer server) {
        String given = Journeys.randomName();
        String family = Journeys.randomName();
        String child = given + " " + family;
        String mother = "Lan " + family;
        LocalDate today = LocalDate.now(Journeys.LONDON);
        long caseId;

        try (Browser aisha = new Browser(server.baseUrl())) {
            aisha.signIn("practitioner1", Api.DEMO_PASSWORD);
            aisha.clickAndWait("navChildren");
            aisha.type("search:query", family);
            aisha.click("search:searchButton");
            assertThat(aisha.text(By.id("resultsHeading"))).isEqualTo("0 children found");
            aisha.clickAndWait("registerLink");
            aisha.type("child:givenNames", given);
            aisha.type("child:familyName", family);
            aisha.setDate("child:dateOfBirth", today.minusYears(11).minusDays(40));
            new Select(aisha.byId("child:gender")).selectByValue("female");
            aisha.type("child:address", "12 Mill Lane, Northbridge");
            aisha.type("child:postcode", "NB1 1AA");
            aisha.screenshot("journey-01-register");
            aisha.clickAndWait("child:register");
            assertThat(aisha.text(By.tagName("h1"))).isEqualTo(child);

            aisha.type("family:memberName", mother);
            new Select(aisha.byId("family:relationship")).selectByValue("MOTHER");
            new Select(aisha.byId("family:pr")).selectByVisibleText("Yes");
            aisha.byId("family:livesWith").click();
            aisha.click("family:addMember");
            assertThat(aisha.text(By.id("familyTable"))).contains(mother);
            aisha.screenshot("journey-02-child-record");
            aisha.clickAndWait("openCase:open");
            caseId = Long.parseLong(aisha.currentPath().replaceAll(".*id=(\\d+).*", "$1"));

            aisha.open("/cases/consent.xhtml?id=" + caseId);
            new Select(aisha.byId("consent:giver")).selectByVisibleText(mother + " (Mother)");
            aisha.byId("consent:toShare").click();
            aisha.find(By.xpath("//table[@id='consent:agencies']//label[normalize-space()="
                    + "'Northbridge Community Health NHS Trust']")).click();
            aisha.find(By.xpath("//table[@id='consent:familyMembers']//label[contains(normalize-space(), '"
                    + mother + "')]")).click();
            aisha.click("consent:recordConsent");
            assertThat(aisha.text(By.id("consentTable"))).contains("In force");
            accessible(aisha);
            aisha.screenshot("journey-03-consent");

            // every section of the assessment, filled as a practitioner would, saved as it goes
            FormDefinition caf = FormRegistry.builtIn().latest("caf");
            JsonObject answers = Json.createObjectBuilder(Journeys.completeAnswers())
                    .add("child_given_names", given).add("child_family_name", family)
                    .add("child_date_of_birth", today.minusYears(11).minusDays(40).toString()).build();
            FormFiller filler = new FormFiller(aisha, "assessment:fields:f_");
            for (Section section : caf.sections()) {
                aisha.open("/cases/assessment.xhtml?id=" + caseId + "&section=" + section.key());
                filler.fill(section, answers);
                aisha.click("assessment:save");
                new WebDriverWait(aisha.driver(), Duration.ofSeconds(30)).until(d ->
                        d.findElement(By.id("assessment:saveStatus")).getText().startsWith("Saved revision"));
                if (section.key().equals("development_of_child")) {
                    accessible(aisha);
                    aisha.screenshot("journey-04-assessment-section");
                }
            }
            assertThat(aisha.text(By.className("section-list"))).doesNotContain("Not complete").doesNotContain("Not started");

            aisha.click("assessment:submit");
            assertThat(aisha.text(By.className("error-summary"))).contains("Record that the child was seen");
            aisha.screenshot("journey-05-submit-refused");

            aisha.open("/cases/case.xhtml?id=" + caseId);
            aisha.type("childSeenForm:seenLocation", "Northbridge Academy");
            aisha.byId("childSeenForm:seenAlone").click();
            aisha.click("childSeenForm:recordSeen");
            assertThat(aisha.text(By.className("notice-success"))).contains("Recorded that the child was seen");

            aisha.open("/cases/assessment.xhtml?id=" + caseId);
            aisha.click("assessment:submit");
            awaitPath(aisha, "/cases/case.xhtml");
            assertThat(aisha.text(By.id("caseState"))).isEqualTo("Submitted for approval");
            aisha.screenshot("journey-06-submitted");
        }

        try (Browser grace = new Browser(server.baseUrl())) {
            grace.signIn("teamlead1", Api.DEMO_PASSWORD);
            grace.clickAndWait("navApprovals");
            assertThat(grace.pageSource()).contains("approval.xhtml?id=" + caseId);
            grace.open("/cases/approval.xhtml?id=" + caseId);
            accessible(grace);
            grace.screenshot("journey-07-approval");
            grace.type("decisionForm:comment", "A clear assessment; the family's views are well recorded.");
            grace.click("decisionForm:approve");
            awaitPath(grace, "/team/approvals.xhtml");

            grace.open("/cases/plan.xhtml?id=" + caseId);
            Api api = Api.as(server, "teamlead1");
            new Select(grace.byId("leadForm:leadProfessional"))
                    .selectByValue(Long.toString(Journeys.practitionerId(api, "practitioner1")));
            grace.click("leadForm:saveLead");
            new Select(grace.byId("memberForm:memberPractitioner"))
                    .selectByValue(Long.toString(Journeys.practitionerId(api, "practitioner3")));
            grace.type("memberForm:memberPractitionerRole", "School nurse");
            grace.click("memberForm:addPractitioner");
            grace.type("actionForm:actionWhat", "Refer to the Northbridge Young Carers project");
            grace.type("actionForm:actionWho", "Aisha Khan");
            grace.type("actionForm:actionByWhen", today.plusWeeks(2).format(UK));
            grace.click("actionForm:addAction");
            grace.type("reviewDateForm:reviewDate", today.plusWeeks(12).format(UK));
            grace.click("reviewDateForm:saveReviewDate");
            grace.click("activateForm:activatePlan");
            assertThat(grace.text(By.className("notice-success"))).contains("active");
            accessible(grace);
            grace.screenshot("journey-08-plan-active");
        }

        try (Browser aisha = new Browser(server.baseUrl())) {
            aisha.signIn("practitioner1", Api.DEMO_PASSWORD);
            aisha.open("/cases/copies.xhtml?id=" + caseId);
            new Select(aisha.byId("family:recipient")).selectByVisibleText(mother + " (Mother)");
            aisha.byId("family:issueFamily").click();
            // the PDF is the answer to that request (a download); wait until the disclosure log has it
            Api api = Api.as(server, "practitioner1");
            String disclosures = "/api/v1/cases/" + caseId + "/disclosures";
            new WebDriverWait(aisha.driver(), Duration.ofSeconds(30)).until(d -> !api.get(disclosures).array().isEmpty());
            aisha.open("/cases/copies.xhtml?id=" + caseId);
            assertThat(aisha.text(By.id("disclosures"))).contains(mother).contains("Issued under");
            accessible(aisha);
            aisha.screenshot("journey-09-family-copy");

            aisha.open("/cases/plan.xhtml?id=" + caseId);
            aisha.type("reviewForm:people:0:personName", mother);
            aisha.type("reviewForm:people:0:personRole", "Mother");
            aisha.type("reviewForm:progress", "Attendance is up to 94% and the young carers' worker visits weekly.");
            aisha.type("reviewForm:childViews", "Netball is fun again.");
            aisha.byId("reviewForm:outcome:0").click();
            aisha.awaitIdle();
            aisha.type("reviewForm:nextReviewDate", today.plusWeeks(24).format(UK));
            aisha.click("reviewForm:recordReview");
            assertThat(aisha.text(By.className("notice-success"))).contains("The review is recorded.");
            aisha.screenshot("journey-10-review");
        }

        try (Browser grace = new Browser(server.baseUrl())) {
            grace.signIn("teamlead1", Api.DEMO_PASSWORD);
            grace.open("/cases/closure.xhtml?id=" + caseId);
            grace.byId("closeForm:closureReason:0").click();
            grace.awaitIdle();
            grace.type("closeForm:outcomesSummary", "Zoë's needs are met: she is back at school every day.");
            accessible(grace);
            grace.screenshot("journey-11-closure");
            grace.click("closeForm:closeCase");
            grace.open("/cases/case.xhtml?id=" + caseId);
            assertThat(grace.text(By.id("caseState"))).isEqualTo("Closed");
            assertThat(grace.text(By.id("timeline"))).contains("Case closed").contains("Review held")
                    .contains("Family copy of revision").contains("Delivery plan active").contains("Assessment approved");
            accessible(grace);
            grace.screenshot("journey-12-closed");
        }
    }
}
