package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Section;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.web.testing.Accessibility;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.Browser;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.FormFiller;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole CAF journey in the browser with the keyboard alone (Enter on buttons and links, Space on checkboxes and
 * radios, typing into lists: the mouse is never used), on a 390 px phone and at desktop width, as practitioner1 and
 * teamlead1: register a child, record the family and consent, fill every section of the assessment, record the child
 * seen, check the answers and submit; approve; agree the lead professional, the Team Around the Child, the delivery
 * plan and the review date and make the plan active; issue a family copy; record a review; close the case past the
 * interruption page. On every page: nothing scrolls sideways ({@code scrollWidth <= innerWidth}), no input uses the
 * browser's date picker, and axe-core finds no serious or critical violation. The desktop screenshots are the ones docs/user-guide.md shows.
 */
@ExtendWith(EcafServerExtension.class)
class WholeJourneyBrowserIT {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private int width;

    /** The checks every page of the journey passes: it fits the screen, and axe-core finds nothing serious. */
    private static void page(Browser browser) {
        browser.awaitIdle();
        Object fits = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth + ' <= ' + window.innerWidth;");
        String[] sides = fits.toString().split(" <= ");
        assertThat(Integer.parseInt(sides[0])).as("scrollWidth <= innerWidth on " + browser.currentPath())
                .isLessThanOrEqualTo(Integer.parseInt(sides[1]));
        assertThat(browser.driver().findElements(By.cssSelector("input[type=date], input[type=datetime-local]")))
                .as("a browser date picker on " + browser.currentPath()).isEmpty();
        List<String> violations = Accessibility.seriousViolations(browser.driver());
        assertThat(violations).as("axe-core on " + browser.currentPath()).isEmpty();
    }

    private Browser browser(EcafServer server) {
        return new Browser(server.baseUrl()).width(width).keyboardOnly();
    }

    private void screenshot(Browser browser, String name) {
        browser.screenshot(width < 600 ? name + "-phone" : name);
    }

    private static void awaitPath(Browser browser, String prefix) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.currentPath().startsWith(prefix));
        page(browser);
    }

    /** Chooses a list's option by the text it shows (typed, in keyboard-only mode). */
    private static void selectText(Browser browser, String id, String text) {
        String value = browser.byId(id).findElements(By.tagName("option")).stream()
                .filter(o -> o.getText().strip().equals(text)).findFirst().orElseThrow().getAttribute("value");
        browser.select(id, value);
    }

    /** The checkbox or radio a label names. */
    private static String inputLabelled(Browser browser, By label) {
        WebElement found = browser.find(label);
        return found.getAttribute("for");
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1366})
    void fromRegistrationToClosureWithTheKeyboardAlone(int width, EcafServer server) {
        this.width = width;
        String given = Journeys.randomName();
        String family = Journeys.randomName();
        String child = given + " " + family;
        String mother = "Lan " + family;
        LocalDate today = LocalDate.now(Journeys.LONDON);
        long caseId;

        try (Browser aisha = browser(server)) {
            aisha.signIn("practitioner1", Api.DEMO_PASSWORD);
            page(aisha);
            aisha.clickAndWait("navChildren");
            page(aisha);
            aisha.type("search:query", family);
            aisha.click("search:searchButton");
            assertThat(aisha.text(By.id("resultsHeading"))).isEqualTo("0 children found");
            page(aisha);
            aisha.clickAndWait("registerLink");
            aisha.type("child:givenNames", given);
            aisha.type("child:familyName", family);
            aisha.setDate("child:dateOfBirth", today.minusYears(11).minusDays(40));
            aisha.select("child:gender", "female");
            aisha.type("child:address", "12 Mill Lane, Northbridge");
            aisha.type("child:postcode", "NB1 1AA");
            page(aisha);
            screenshot(aisha, "journey-01-register");
            aisha.clickAndWait("child:register");
            assertThat(aisha.text(By.tagName("h1"))).isEqualTo(child);
            page(aisha);

            aisha.type("family:memberName", mother);
            aisha.select("family:relationship", "MOTHER");
            selectText(aisha, "family:pr", "Yes");
            aisha.click("family:livesWith");
            aisha.click("family:addMember");
            assertThat(aisha.text(By.id("familyTable"))).contains(mother);
            page(aisha);
            screenshot(aisha, "journey-02-child-record");
            aisha.clickAndWait("openCase:open");
            caseId = Long.parseLong(aisha.currentPath().replaceAll(".*id=(\\d+).*", "$1"));
            page(aisha);

            aisha.open("/cases/consent.xhtml?id=" + caseId);
            page(aisha);
            selectText(aisha, "consent:giver", mother + " (Mother)");
            aisha.click("consent:toShare");
            aisha.click(inputLabelled(aisha, By.xpath("//table[@id='consent:agencies']//label[normalize-space()="
                    + "'Northbridge Community Health NHS Trust']")));
            aisha.click(inputLabelled(aisha, By.xpath("//table[@id='consent:familyMembers']//label[contains("
                    + "normalize-space(), '" + mother + "')]")));
            aisha.click("consent:recordConsent");
            assertThat(aisha.text(By.id("consentTable"))).contains("In force");
            page(aisha);
            screenshot(aisha, "journey-03-consent");

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
                page(aisha);
                if (section.key().equals("development_of_child")) {
                    screenshot(aisha, "journey-04-assessment-section");
                }
            }
            // on a phone the list of sections is folded away ("Sections"): read it whether shown or not
            assertThat(aisha.driver().findElement(By.className("section-list")).getAttribute("textContent"))
                    .contains("Complete").doesNotContain("Not complete").doesNotContain("Not started");

            aisha.click("assessment:submit");
            assertThat(aisha.text(By.className("error-summary"))).contains("Record that the child was seen");
            page(aisha);
            screenshot(aisha, "journey-05-submit-refused");

            aisha.open("/cases/case.xhtml?id=" + caseId);
            page(aisha);
            aisha.type("childSeenForm:seenLocation", "Northbridge Academy");
            aisha.click("childSeenForm:seenAlone");
            aisha.click("childSeenForm:recordSeen");
            assertThat(aisha.text(By.className("notice-success"))).contains("Recorded that the child was seen");
            page(aisha);

            aisha.open("/cases/assessment.xhtml?id=" + caseId);
            aisha.click("assessment:submit");
            awaitPath(aisha, "/cases/check-answers.xhtml");
            assertThat(aisha.text(By.id("seenSummary"))).contains("Northbridge Academy");
            screenshot(aisha, "journey-05b-check-answers");
            aisha.clickAndWait("checkAnswers:submit");
            awaitPath(aisha, "/cases/case.xhtml");
            assertThat(aisha.text(By.id("caseState"))).isEqualTo("Submitted for approval");
            screenshot(aisha, "journey-06-submitted");
        }

        try (Browser grace = browser(server)) {
            grace.signIn("teamlead1", Api.DEMO_PASSWORD);
            page(grace);
            grace.clickAndWait("navApprovals");
            assertThat(grace.pageSource()).contains("approval.xhtml?id=" + caseId);
            page(grace);
            grace.open("/cases/approval.xhtml?id=" + caseId);
            page(grace);
            screenshot(grace, "journey-07-approval");
            grace.type("decisionForm:comment", "A clear assessment; the family's views are well recorded.");
            grace.click("decisionForm:approve");
            awaitPath(grace, "/team/approvals.xhtml");

            grace.open("/cases/plan.xhtml?id=" + caseId);
            page(grace);
            Api api = Api.as(server, "teamlead1");
            grace.select("leadForm:leadProfessional", Long.toString(Journeys.practitionerId(api, "practitioner1")));
            grace.click("leadForm:saveLead");
            grace.select("memberForm:memberPractitioner", Long.toString(Journeys.practitionerId(api, "practitioner3")));
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
            page(grace);
            screenshot(grace, "journey-08-plan-active");
            grace.open("/team/dashboard.xhtml");
            page(grace);
        }

        try (Browser aisha = browser(server)) {
            aisha.signIn("practitioner1", Api.DEMO_PASSWORD);
            aisha.open("/cases/copies.xhtml?id=" + caseId);
            page(aisha);
            selectText(aisha, "family:recipient", mother + " (Mother)");
            aisha.press(By.id("family:issueFamily"));
            // the PDF is the answer to that request (a download); wait until the disclosure log has it
            Api api = Api.as(server, "practitioner1");
            String disclosures = "/api/v1/cases/" + caseId + "/disclosures";
            new WebDriverWait(aisha.driver(), Duration.ofSeconds(30)).until(d -> !api.get(disclosures).array().isEmpty());
            aisha.open("/cases/copies.xhtml?id=" + caseId);
            assertThat(aisha.text(By.id("disclosures"))).contains(mother).contains("Issued under");
            page(aisha);
            screenshot(aisha, "journey-09-family-copy");

            aisha.open("/cases/history.xhtml?id=" + caseId);
            page(aisha);
            aisha.open("/cases/plan.xhtml?id=" + caseId);
            aisha.type("reviewForm:meeting:f_people_present:0:f_name", mother);
            aisha.type("reviewForm:meeting:f_people_present:0:f_role", "Mother");
            aisha.type("reviewForm:meeting:f_progress", "Attendance is up to 94% and the young carers' worker visits weekly.");
            aisha.type("reviewForm:views:f_child_views", "Netball is fun again.");
            aisha.click("reviewForm:next_steps:f_outcome:0");
            AssessmentSteps.setDate(aisha, "reviewForm:next_steps:f_next_review_date", today.plusWeeks(24).toString());
            aisha.click("reviewForm:recordReview");
            assertThat(aisha.text(By.className("notice-success"))).contains("The review is recorded.");
            page(aisha);
            screenshot(aisha, "journey-10-review");
            aisha.open("/index.xhtml");
            page(aisha);
        }

        try (Browser grace = browser(server)) {
            grace.signIn("teamlead1", Api.DEMO_PASSWORD);
            grace.open("/cases/closure.xhtml?id=" + caseId);
            grace.click("closeForm:closure:f_closure_reason:0");
            grace.type("closeForm:closure:f_outcomes_summary", "Zoë's needs are met: she is back at school every day.");
            page(grace);
            screenshot(grace, "journey-11-closure");
            grace.click("closeForm:closeCase");
            // the young carers' referral is still open: the interruption page says so before the case closes
            assertThat(grace.text(By.id("interruptionHeading"))).isEqualTo("1 action is still open in the delivery plan");
            assertThat(grace.text(By.id("openActions"))).contains("Refer to the Northbridge Young Carers project");
            page(grace);
            screenshot(grace, "journey-11b-closure-interruption");
            grace.clickAndWait("interruption:closeAnyway");
            awaitPath(grace, "/cases/case.xhtml");
            assertThat(grace.text(By.id("caseState"))).isEqualTo("Closed");
            assertThat(grace.text(By.id("timeline"))).contains("Case closed").contains("Review held")
                    .contains("Family copy of revision").contains("Delivery plan active").contains("Assessment approved");
            page(grace);
            screenshot(grace, "journey-12-closed");
        }
    }
}
