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
import org.ecaf.web.testing.pages.ApprovalPage;
import org.ecaf.web.testing.pages.AssessmentPage;
import org.ecaf.web.testing.pages.CasePage;
import org.ecaf.web.testing.pages.CheckAnswersPage;
import org.ecaf.web.testing.pages.ChildPage;
import org.ecaf.web.testing.pages.ChildSearchPage;
import org.ecaf.web.testing.pages.ClosurePage;
import org.ecaf.web.testing.pages.ConsentPage;
import org.ecaf.web.testing.pages.CopiesPage;
import org.ecaf.web.testing.pages.HistoryPage;
import org.ecaf.web.testing.pages.HomePage;
import org.ecaf.web.testing.pages.PlanPage;
import org.ecaf.web.testing.pages.RegisterChildPage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
        browser.waitFor(Duration.ofSeconds(30)).until(d -> browser.currentPath().startsWith(prefix));
        page(browser);
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
            ChildSearchPage search = ChildSearchPage.goTo(aisha);
            page(aisha);
            search.search(family);
            assertThat(search.resultsHeading()).isEqualTo("0 children found");
            page(aisha);
            RegisterChildPage register = search.register().fill(given, family, today.minusYears(11).minusDays(40),
                    "female", "12 Mill Lane, Northbridge", "NB1 1AA");
            page(aisha);
            screenshot(aisha, "journey-01-register");
            ChildPage record = register.registerAndWait();
            assertThat(record.heading()).isEqualTo(child);
            page(aisha);

            record.addMember(mother, "MOTHER", "Yes", true);
            assertThat(record.familyMembers()).contains(mother);
            page(aisha);
            screenshot(aisha, "journey-02-child-record");
            record.openCase();
            caseId = Long.parseLong(aisha.currentPath().replaceAll(".*id=(\\d+).*", "$1"));
            page(aisha);

            ConsentPage consent = ConsentPage.open(aisha, caseId);
            page(aisha);
            consent.givenBy(mother + " (Mother)").toShare().tickAgency("Northbridge Community Health NHS Trust")
                    .tickFamilyMember(mother).record();
            assertThat(consent.consents()).contains("In force");
            page(aisha);
            screenshot(aisha, "journey-03-consent");

            // every section of the assessment, filled as a practitioner would, saved as it goes
            FormDefinition caf = FormRegistry.builtIn().latest("caf");
            JsonObject answers = Json.createObjectBuilder(Journeys.completeAnswers())
                    .add("child_given_names", given).add("child_family_name", family)
                    .add("child_date_of_birth", today.minusYears(11).minusDays(40).toString()).build();
            FormFiller filler = new FormFiller(aisha, AssessmentPage.FIELDS);
            for (Section section : caf.sections()) {
                AssessmentPage assessment = AssessmentPage.open(aisha, caseId, "section=" + section.key());
                filler.fill(section, answers);
                assessment.save();
                aisha.waitFor(Duration.ofSeconds(30)).until(d ->
                        assessment.saveStatus().startsWith("Saved revision"));
                page(aisha);
                if (section.key().equals("development_of_child")) {
                    screenshot(aisha, "journey-04-assessment-section");
                }
            }
            // on a phone the list of sections is folded away ("Sections"): read it whether shown or not
            assertThat(aisha.driver().findElement(By.className("section-list")).getAttribute("textContent"))
                    .contains("Complete").doesNotContain("Not complete").doesNotContain("Not started");

            AssessmentPage assessment = AssessmentPage.of(aisha).submit();
            assertThat(assessment.errorSummary()).contains("Record that the child was seen");
            page(aisha);
            screenshot(aisha, "journey-05-submit-refused");

            CasePage casePage = CasePage.open(aisha, caseId);
            page(aisha);
            casePage.seenAt("Northbridge Academy").seenAlone().recordSeen();
            assertThat(casePage.notice()).contains("Recorded that the child was seen");
            page(aisha);

            AssessmentPage.open(aisha, caseId).submit();
            awaitPath(aisha, "/cases/check-answers.xhtml");
            CheckAnswersPage check = CheckAnswersPage.of(aisha);
            assertThat(check.seenSummary()).contains("Northbridge Academy");
            screenshot(aisha, "journey-05b-check-answers");
            check.submitAndWait();
            awaitPath(aisha, "/cases/case.xhtml");
            assertThat(CasePage.of(aisha).caseState()).isEqualTo("Submitted for approval");
            screenshot(aisha, "journey-06-submitted");
        }

        try (Browser grace = browser(server)) {
            grace.signIn("teamlead1", Api.DEMO_PASSWORD);
            page(grace);
            grace.clickAndWait("navApprovals");
            assertThat(grace.pageSource()).contains("approval.xhtml?id=" + caseId);
            page(grace);
            ApprovalPage approval = ApprovalPage.open(grace, caseId);
            page(grace);
            screenshot(grace, "journey-07-approval");
            approval.comment("A clear assessment; the family's views are well recorded.").approve();
            awaitPath(grace, "/team/approvals.xhtml");

            PlanPage plan = PlanPage.open(grace, caseId);
            page(grace);
            Api api = Api.as(server, "teamlead1");
            plan.chooseLead(Journeys.practitionerId(api, "practitioner1"))
                    .addPractitioner(Journeys.practitionerId(api, "practitioner3"), "School nurse")
                    .addAction("Refer to the Northbridge Young Carers project", "Aisha Khan",
                            today.plusWeeks(2).format(UK), null)
                    .reviewDate(today.plusWeeks(12).format(UK))
                    .activate();
            assertThat(plan.notice()).contains("active");
            page(grace);
            screenshot(grace, "journey-08-plan-active");
            grace.open("/team/dashboard.xhtml");
            page(grace);
        }

        try (Browser aisha = browser(server)) {
            aisha.signIn("practitioner1", Api.DEMO_PASSWORD);
            CopiesPage copies = CopiesPage.open(aisha, caseId);
            page(aisha);
            copies.familyRecipient(mother + " (Mother)").issueFamilyCopy();
            // the PDF is the answer to that request (a download); wait until the disclosure log has it
            Api api = Api.as(server, "practitioner1");
            String disclosures = "/api/v1/cases/" + caseId + "/disclosures";
            aisha.waitFor(Duration.ofSeconds(30)).until(d -> !api.get(disclosures).array().isEmpty());
            copies = CopiesPage.open(aisha, caseId);
            assertThat(copies.disclosures()).contains(mother).contains("Issued under");
            page(aisha);
            screenshot(aisha, "journey-09-family-copy");

            HistoryPage.open(aisha, caseId);
            page(aisha);
            PlanPage plan = PlanPage.open(aisha, caseId);
            plan.review().typeInRow("meeting", "people_present", 0, "name", mother)
                    .typeInRow("meeting", "people_present", 0, "role", "Mother")
                    .type("meeting", "progress", "Attendance is up to 94% and the young carers' worker visits weekly.")
                    .type("views", "child_views", "Netball is fun again.")
                    .choose("next_steps", "outcome", 0)
                    .date("next_steps", "next_review_date", today.plusWeeks(24))
                    .record();
            assertThat(plan.notice()).contains("The review is recorded.");
            page(aisha);
            screenshot(aisha, "journey-10-review");
            HomePage.open(aisha);
            page(aisha);
        }

        try (Browser grace = browser(server)) {
            grace.signIn("teamlead1", Api.DEMO_PASSWORD);
            ClosurePage closure = ClosurePage.open(grace, caseId).chooseReason(0)
                    .type("outcomes_summary", "Zoë's needs are met: she is back at school every day.");
            page(grace);
            screenshot(grace, "journey-11-closure");
            closure.close();
            // the young carers' referral is still open: the interruption page says so before the case closes
            assertThat(closure.interruptionHeading()).isEqualTo("1 action is still open in the delivery plan");
            assertThat(closure.openActions()).contains("Refer to the Northbridge Young Carers project");
            page(grace);
            screenshot(grace, "journey-11b-closure-interruption");
            closure.pressCloseAnyway();
            awaitPath(grace, "/cases/case.xhtml");
            CasePage closed = CasePage.of(grace);
            assertThat(closed.caseState()).isEqualTo("Closed");
            assertThat(closed.timeline()).contains("Case closed").contains("Review held")
                    .contains("Family copy of revision").contains("Delivery plan active").contains("Assessment approved");
            page(grace);
            screenshot(grace, "journey-12-closed");
        }
    }
}
