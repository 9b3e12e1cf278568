package org.ecaf.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.testing.Journeys.expect;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ecaf.web.testing.Api;
import org.ecaf.web.testing.EcafServer;
import org.ecaf.web.testing.EcafServerExtension;
import org.ecaf.web.testing.Journeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Copies through the API: a family copy and an agency copy download as PDF and contain what the plan allows,
 * refusals answer 403 with their code, every issue and refusal is in the disclosure log with the SHA-256 of the
 * bytes, a shielded child's address never reaches a parent who does not live with them.
 */
@ExtendWith(EcafServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CopiesApiIT {

    private EcafServer server;
    private Api aisha;
    private long caseId;
    private long mother;
    private long fatherWithoutPr;
    private long health;
    private long council;

    @BeforeAll
    void submittedCaseWithConsentToShare(EcafServer server) {
        this.server = server;
        aisha = Api.as(server, "practitioner1");
        health = Journeys.agencyId(aisha, "NBH-CHS");
        council = Journeys.agencyId(aisha, "NBC-EH");
        long child = Journeys.registerChild(aisha, 12, false).getJsonNumber("id").longValue();
        mother = Journeys.addParent(aisha, child, "Lan " + Journeys.randomName(), true, true).getJsonNumber("id").longValue();
        fatherWithoutPr = Journeys.addParent(aisha, child, "Minh " + Journeys.randomName(), false, false)
                .getJsonNumber("id").longValue();
        caseId = Journeys.openCase(aisha, child).getJsonNumber("id").longValue();
        Journeys.consent(aisha, caseId, mother, new long[] {health}, new long[] {mother});
        expect(Journeys.save(aisha, caseId, null, Journeys.completeAnswers()), 200);
        Journeys.childSeen(aisha, caseId);
        expect(aisha.post("/api/v1/cases/" + caseId + "/assessment/submission", null), 200);
    }

    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // lines wrap wherever the layout breaks them: compare words, not line breaks
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Path dir = EcafServer.TARGET.resolve("copies");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
    }

    @Test
    void aFamilyCopyForAParentWithParentalResponsibilityLeavesOutOtherPeopleAndSafeguarding() throws Exception {
        Api.Answer copy = aisha.get("/api/v1/cases/" + caseId + "/copies/family.pdf?recipient=" + mother);
        assertThat(copy.status()).as(copy.toString()).isEqualTo(200);
        assertThat(copy.header("content-type")).startsWith("application/pdf");
        assertThat(copy.header("content-disposition")).contains("family-copy");
        save("family-copy", copy.bytes());
        String text = text(copy.bytes());
        assertThat(text).contains("What we have written down about").contains("Page 1 of")
                .contains("Who to contact").contains("What we agreed to do").contains("Words we use")
                .contains("Refer Zoë to the Northbridge Young Carers project");
        // parents and carers and the household are information about other people; safeguarding notes stay out
        assertThat(text).doesNotContain("48 Harbour Road").doesNotContain("Mill Lane Primary (Reception)");
        JsonObject logged = aisha.get("/api/v1/cases/" + caseId + "/disclosures").array().getJsonObject(0);
        assertThat(logged.getString("outcome")).isEqualTo("ALLOWED_UNDER_CONSENT");
        assertThat(logged.getString("sha256")).isEqualTo(sha256(copy.bytes()));
        assertThat(logged.getString("issuedBy")).isEqualTo("practitioner1");
    }

    @Test
    void theSameRevisionRecipientAndDayGiveTheSameBytes() {
        byte[] first = expect(aisha.get("/api/v1/cases/" + caseId + "/copies/family.pdf?recipient=" + mother), 200).bytes();
        byte[] second = expect(aisha.get("/api/v1/cases/" + caseId + "/copies/family.pdf?recipient=" + mother), 200).bytes();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aLargePrintCopyUsesAtLeast16PointBodyText() throws Exception {
        byte[] pdf = expect(aisha.get("/api/v1/cases/" + caseId + "/copies/family.pdf?recipient=" + mother
                + "&largePrint=true"), 200).bytes();
        save("family-copy-large-print", pdf);
        float[] smallest = {Float.MAX_VALUE};
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper sizes = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    // body text is everything but the page header, footer and watermark
                    for (TextPosition p : positions) {
                        float y = p.getYDirAdj();
                        if (y > 80 && y < 760 && p.getDir() == 0) {
                            smallest[0] = Math.min(smallest[0], p.getFontSizeInPt());
                        }
                    }
                }
            };
            sizes.getText(doc);
        }
        assertThat(smallest[0]).isGreaterThanOrEqualTo(16f);
    }

    @Test
    void anAgencyCopyNamedInTheConsentHasEveryAnswerTheChildSeenAndTheApprovalHistory() throws Exception {
        Api.Answer copy = aisha.get("/api/v1/cases/" + caseId + "/copies/agency.pdf?agency=" + health);
        assertThat(copy.status()).as(copy.toString()).isEqualTo(200);
        save("agency-copy", copy.bytes());
        String text = text(copy.bytes());
        assertThat(text).contains("Shared under").contains("Child seen").contains("Approval").contains("Submitted")
                .contains("Rating: Need").contains("48 Harbour Road");
        try (PDDocument doc = Loader.loadPDF(copy.bytes())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).startsWith("CAF assessment for");
            assertThat(info.getAuthor()).isEqualTo("Northbridge Council Early Help Service");
            assertThat(info.getSubject()).contains("shared with Northbridge Community Health NHS Trust");
        }
    }

    @Test
    void refusalsAnswer403WithTheirCodeAndAreLogged() {
        Api.Answer notCovered = aisha.get("/api/v1/cases/" + caseId + "/copies/agency.pdf?agency=" + council);
        assertThat(notCovered.status()).isEqualTo(403);
        assertThat(notCovered.header("content-type")).startsWith("application/problem+json");
        assertThat(notCovered.json().getString("code")).isEqualTo("RECIPIENT_NOT_COVERED");

        Api.Answer noPr = aisha.get("/api/v1/cases/" + caseId + "/copies/family.pdf?recipient=" + fatherWithoutPr);
        assertThat(noPr.status()).isEqualTo(403);
        assertThat(noPr.json().getString("code")).isEqualTo("NO_PARENTAL_RESPONSIBILITY");

        assertThat(aisha.get("/api/v1/cases/" + caseId + "/disclosures").array().stream()
                .map(d -> d.asJsonObject().getString("outcome") + ":" + d.asJsonObject().get("refusalCode")).toList())
                .contains("REFUSED:\"RECIPIENT_NOT_COVERED\"", "REFUSED:\"NO_PARENTAL_RESPONSIBILITY\"");
        // another team is outside the case's reach: the same 404 as for a case that does not exist
        assertThat(Api.as(server, "practitioner3").get("/api/v1/cases/" + caseId + "/copies/agency.pdf?agency=" + health)
                .status()).isEqualTo(404);
        assertThat(Api.as(server, "practitioner3").get("/api/v1/cases/" + caseId + "/disclosures").status()).isEqualTo(404);
    }

    @Test
    void withoutConsentToShareAndAfterWithdrawalNoCopyIsMade() {
        long child = Journeys.registerChild(aisha, 9, false).getJsonNumber("id").longValue();
        long parent = Journeys.addParent(aisha, child, "Rosa " + Journeys.randomName(), true, true)
                .getJsonNumber("id").longValue();
        long other = Journeys.openCase(aisha, child).getJsonNumber("id").longValue();
        long consent = Journeys.consent(aisha, other, parent, new long[0], new long[0]).getJsonNumber("id").longValue();
        expect(Journeys.save(aisha, other, null, Journeys.completeAnswers()), 200);
        Journeys.childSeen(aisha, other);
        expect(aisha.post("/api/v1/cases/" + other + "/assessment/submission", null), 200);
        assertThat(aisha.get("/api/v1/cases/" + other + "/copies/agency.pdf?agency=" + health).json().getString("code"))
                .isEqualTo("CONSENT_REQUIRED");
        expect(aisha.post("/api/v1/cases/" + other + "/consents/" + consent + "/withdrawal",
                Json.createObjectBuilder().build()), 200);
        assertThat(aisha.get("/api/v1/cases/" + other + "/copies/family.pdf?recipient=" + parent).json().getString("code"))
                .isEqualTo("CONSENT_WITHDRAWN");
    }

    @Test
    void aShieldedChildsAddressIsNowhereInACopyForAParentWhoDoesNotLiveWithThem() throws Exception {
        JsonObject child = Journeys.registerChild(aisha, 10, true);
        long childId = child.getJsonNumber("id").longValue();
        String address = child.getString("address");
        long resident = Journeys.addParent(aisha, childId, "Nadia " + Journeys.randomName(), true, true)
                .getJsonNumber("id").longValue();
        long away = Journeys.addParent(aisha, childId, "Karim " + Journeys.randomName(), true, false)
                .getJsonNumber("id").longValue();
        long shielded = Journeys.openCase(aisha, childId).getJsonNumber("id").longValue();
        Journeys.consent(aisha, shielded, resident, new long[0], new long[0]);
        JsonObject answers = Json.createObjectBuilder(Journeys.completeAnswers())
                .add("child_address", address).add("child_postcode", "NB9 9ZZ").build();
        expect(Journeys.save(aisha, shielded, null, answers), 200);

        byte[] forAway = expect(aisha.get("/api/v1/cases/" + shielded + "/copies/family.pdf?recipient=" + away), 200).bytes();
        save("shielded-non-resident-parent", forAway);
        String street = address.substring(0, address.indexOf(','));
        assertThat(text(forAway)).doesNotContain(street).doesNotContain("NB9 9ZZ")
                .contains("The child's address is not included in this copy.");
        String raw = new String(forAway, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(street).doesNotContain("NB9 9ZZ");
        try (PDDocument doc = Loader.loadPDF(forAway)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(String.join(" ", info.getTitle(), info.getSubject(), info.getKeywords()))
                    .doesNotContain(street).doesNotContain("NB9 9ZZ");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).doesNotContain(street);
        }

        byte[] forResident = expect(aisha.get("/api/v1/cases/" + shielded + "/copies/family.pdf?recipient=" + resident),
                200).bytes();
        assertThat(text(forResident)).contains(street);
    }

    @Test
    void aPasswordGivesAnEncryptedCopyAndTheLogKeepsBothHashes() throws Exception {
        Api.Answer copy = aisha.get("/api/v1/cases/" + caseId + "/copies/family.pdf?recipient=" + mother,
                Map.of("X-Copy-Password", "Zoë-2026"));
        assertThat(copy.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(copy.bytes(), "Zoë-2026")) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(new PDFTextStripper().getText(doc)).contains("What we have written down about");
        }
        JsonObject logged = aisha.get("/api/v1/cases/" + caseId + "/disclosures").array().getJsonObject(0);
        assertThat(logged.getString("sha256Encrypted")).isEqualTo(sha256(copy.bytes()));
        assertThat(logged.getString("sha256")).isNotEqualTo(logged.getString("sha256Encrypted")).hasSize(64);
    }
}
