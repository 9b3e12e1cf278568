package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.ecaf.web.testing.pages.CopiesPage;
import org.ecaf.web.testing.pages.PreAssessmentPage;
import org.ecaf.web.testing.pages.RegisterChildPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A practitioner in the browser: find a child, register one (a likely duplicate shown side by side first,
 * registering anyway with a reason), add a family member, open a case, record consent and its withdrawal, record
 * the child seen, issue copies and see a refusal with its reason; a shielded child shows only what the rules
 * allow. axe-core on every page, a screenshot per step.
 */
@ExtendWith({EcafServerExtension.class, BrowserExtension.class})
class PractitionerRecordsBrowserIT {

    private Browser browser;
    @As("practitioner1")
    private Api aisha;

    @Test
    void registerAChildCheckingLikelyDuplicatesThenOpenACaseAndRecordConsent() {
        String family = Journeys.randomName();
        expect(aisha.post("/api/v1/children", jakarta.json.Json.createObjectBuilder().add("givenNames", "Mohammed")
                .add("familyName", family).add("dateOfBirth", "2016-03-04").add("postcode", "NB3 4QR")
                .add("notDuplicateReason", "fixture").build()), 201);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        ChildSearchPage search = ChildSearchPage.goTo(browser).search(family);
        assertThat(search.resultsHeading()).isEqualTo("1 child found");
        assertThat(search.results()).contains("Mohammed " + family).contains("04/03/2016");
        search.assertAccessible();
        browser.screenshot("practitioner-01-search");

        RegisterChildPage register = search.register()
                .fill("Muhammad", family, LocalDate.of(2016, 4, 3), "male", "4 Quay Road, Northbridge", "nb3 4qr");
        register.assertAccessible();
        register.register();
        String comparison = register.duplicates();
        assertThat(comparison).contains("Is this child already known?").contains("Mohammed " + family)
                .contains("Date of birth 03/04/2016 could be 04/03/2016 with day and month swapped")
                .contains("Same postcode NB3 4QR");
        register.assertAccessible();
        browser.screenshot("practitioner-02-likely-duplicate");

        register.registerAnyway();
        assertThat(register.errorSummary()).contains("Say why this is a different child");
        ChildPage child = register.registerAnyway(
                "Twin brother of the other record's child; confirmed with the school office.");
        assertThat(browser.currentPath()).startsWith("/children/child.xhtml");
        assertThat(child.heading()).isEqualTo("Muhammad " + family);
        child.assertAccessible();

        child.addMember("Amina " + family, "MOTHER", "Yes", true);
        assertThat(child.familyMembers()).contains("Amina " + family).contains("Mother");
        browser.screenshot("practitioner-03-child-record");

        CasePage casePage = child.openCase();
        assertThat(browser.currentPath()).startsWith("/cases/case.xhtml");
        assertThat(casePage.caseState()).isEqualTo("Pre-assessment");
        assertThat(casePage.nextSteps()).contains("Record the family's consent");
        casePage.assertAccessible();
        browser.screenshot("practitioner-04-new-case");

        ConsentPage consent = casePage.goToConsent().givenBy("Amina " + family + " (Mother)").toShare()
                .shareWithAgency("Northbridge Community Health NHS Trust");
        consent.assertAccessible();
        consent.record();
        assertThat(consent.consents()).contains("Amina " + family).contains("In force")
                .contains("Northbridge Community Health NHS Trust");
        browser.screenshot("practitioner-05-consent");

        consent.startWithdrawal().confirmWithdrawal();
        assertThat(consent.consents()).contains("Withdrawn on");
        consent.assertAccessible();
        browser.screenshot("practitioner-06-consent-withdrawn");
    }

    @Test
    void recordTheChildSeenAndIssueCopiesWithARefusalExplained() throws IOException {
        long health = Journeys.agencyId(aisha, "NBH-CHS");
        long childId = Journeys.registerChild(aisha, 13, false).getJsonNumber("id").longValue();
        JsonObject mother = Journeys.addParent(aisha, childId, "Jane " + Journeys.randomName(), true, true);
        long caseId = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();
        long motherId = mother.getJsonNumber("id").longValue();
        Journeys.consent(aisha, caseId, motherId, new long[] {health}, new long[] {motherId});
        expect(Journeys.save(aisha, caseId, null, Journeys.completeAnswers()), 200);

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        CasePage casePage = CasePage.open(browser, caseId);
        assertThat(casePage.nextSteps()).contains("Record that the child was seen");
        casePage.seenAt("Northbridge Academy").seenAlone().recordSeen();
        assertThat(casePage.notice()).contains("Recorded that the child was seen");
        assertThat(browser.pageSource()).contains("Northbridge Academy, seen alone");
        assertThat(casePage.listsNextSteps()).isFalse();
        casePage.assertAccessible();
        browser.screenshot("practitioner-07-child-seen");

        CopiesPage copies = CopiesPage.open(browser, caseId);
        copies.assertAccessible();
        copies.issueAgencyCopy("Northbridge Community Health NHS Trust");
        assertThat(copies.errorSummary()).contains("still a draft");
        browser.screenshot("practitioner-08-copy-refused");

        copies.familyRecipient(mother.getString("name") + " (Mother)").largePrint().issueFamilyCopy();
        assertThat(Files.readString(copies.downloadedCopy(), StandardCharsets.ISO_8859_1))
                .as("the browser received a PDF").startsWith("%PDF-");
        // the PDF is the answer to that request (a download); the disclosure history shows it was issued
        browser.waitFor(Duration.ofSeconds(30)).until(d -> aisha.get("/api/v1/cases/" + caseId
                + "/disclosures").array().stream().anyMatch(x -> x.asJsonObject().getString("outcome").startsWith("ALLOWED")));
        copies = CopiesPage.open(browser, caseId);
        String history = copies.disclosures();
        assertThat(history).contains("Family, large print").contains(mother.getString("name")).contains("Issued under")
                .contains("Refused: The assessment is still a draft");
        copies.assertAccessible();
        browser.screenshot("practitioner-09-disclosure-history");
    }

    @Test
    void thePreAssessmentChecklistRecordsItsDecision() {
        long childId = Journeys.registerChild(aisha, 7, false).getJsonNumber("id").longValue();
        long caseId = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();

        browser.signIn("practitioner1", Api.DEMO_PASSWORD);
        PreAssessmentPage checklist = CasePage.open(browser, caseId).goToPreAssessment();
        assertThat(checklist.value("child", "child_given_names")).isNotBlank();
        checklist.assertAccessible();
        checklist.save();
        assertThat(checklist.errorSummary()).contains("There is a problem");
        for (String question : List.of("healthy", "safe_from_harm", "learning_developing", "positive_contribution",
                "free_from_poverty")) {
            checklist.choose("checklist", question, 0);
        }
        checklist.choose("existing_support", "significant_harm", 1).choose("existing_support", "existing_caf_checked", 0);
        browser.awaitIdle();
        checklist.choose("existing_support", "existing_caf", 1).choose("decision", "decision", 3)
                .type("decision", "decision_reason", "Needs across school and home; the family want help.");
        checklist.assertAccessible();
        browser.screenshot("practitioner-11-pre-assessment");
        checklist.save();
        assertThat(browser.currentPath()).startsWith("/cases/case.xhtml");
        CasePage casePage = CasePage.of(browser);
        assertThat(casePage.notice()).contains("pre-assessment checklist is recorded");
        assertThat(casePage.timeline()).contains("Pre-assessment checklist recorded: Carry out a full");
    }

    @Test
    void typingTheDetailsOfAChildAlreadyKnownShowsTheirRecordBeforeRegisteringAndAShieldedOneOnlyByNameAndTeam() {
        String family = Journeys.randomName();
        JsonObject elizabeth = expect(aisha.post("/api/v1/children", jakarta.json.Json.createObjectBuilder()
                .add("givenNames", "Elizabeth").add("familyName", family).add("dateOfBirth", "2017-05-09")
                .add("postcode", "NB5 1AA").add("notDuplicateReason", "fixture").build()), 201).json();
        JsonObject isla = expect(aisha.post("/api/v1/children", jakarta.json.Json.createObjectBuilder()
                .add("givenNames", "Isla").add("familyName", family + "-Moss").add("dateOfBirth", "2019-02-11")
                .add("address", "7 Hidden Lane, Northbridge").add("postcode", "NB8 3XY").add("shielded", true)
                .add("notDuplicateReason", "fixture").build()), 201).json();

        // a practitioner of another team starts registering "Beth", as her school calls her
        browser.signIn("practitioner2", Api.DEMO_PASSWORD);
        RegisterChildPage register = RegisterChildPage.open(browser);
        assertThat(register.knownAlready()).isEmpty();
        register.typeNamesAndBirth("Beth", family, LocalDate.of(2017, 5, 9));
        register.until(d -> register.knownAlready().contains("Elizabeth " + family));
        assertThat(register.knownAlready()).contains("A child with details like these is already known")
                .contains("born 09/05/2017").contains("Beth").contains("Same date of birth");
        assertThat(browser.driver().findElement(By.linkText("Open the record of Elizabeth " + family))
                .getAttribute("href")).contains("id=" + elizabeth.getJsonNumber("id").longValue());
        register.assertAccessible();
        browser.screenshot("practitioner-02b-known-as-typed");

        // the shielded child: named with whom to contact, never its date of birth, postcode or address
        register.typeNamesAndBirth("Isla", family, LocalDate.of(2019, 11, 2));
        register.until(d -> register.knownAlready().contains("Isla " + family + "-Moss"));
        String entry = register.knownEntry("Isla");
        assertThat(entry).contains("age ").contains("Known to").contains("which ones is not shown")
                .doesNotContain("11/02/2019").doesNotContain("02/11/2019").doesNotContain("NB8")
                .doesNotContain("Hidden Lane");
        assertThat(browser.driver().findElements(By.linkText("Open the record of Isla " + family + "-Moss"))).isEmpty();
        assertThat(browser.pageSource()).doesNotContain("NB8 3XY").doesNotContain("Hidden Lane");
        browser.width(390);
        assertThat(register.pageWidth()).isLessThanOrEqualTo(register.windowWidth());
        register.assertAccessible();
        browser.screenshot("practitioner-02c-known-shielded-390");
        browser.width(1366);

        // nothing was registered by typing
        assertThat(aisha.get("/api/v1/children?query=" + family).array()).hasSize(2);
        assertThat(isla.getBoolean("shielded")).isTrue();
    }

    @Test
    void aShieldedChildShowsOnlyNameAgeBandAndWhoToContact() {
        JsonObject child = Journeys.registerChild(aisha, 12, true);
        long childId = child.getJsonNumber("id").longValue();
        long caseId = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();

        browser.signIn("practitioner2", Api.DEMO_PASSWORD);
        ChildPage childPage = ChildPage.open(browser, childId);
        assertThat(childPage.restrictedNotice()).contains("You do not work with this child")
                .contains("Not shown");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address")).doesNotContain("NB9 9ZZ");
        childPage.assertAccessible();
        CasePage casePage = CasePage.open(browser, caseId);
        assertThat(casePage.restricted()).contains("You do not work on this case").contains("11 to 15");
        assertThat(browser.pageSource()).doesNotContain(child.getString("address"));
        assertThat(casePage.showsTimeline()).isFalse();
        casePage.assertAccessible();
        browser.screenshot("practitioner-10-shielded");
        ConsentPage consent = ConsentPage.open(browser, caseId);
        assertThat(consent.refusal()).contains("You do not work on this case");
    }
}
