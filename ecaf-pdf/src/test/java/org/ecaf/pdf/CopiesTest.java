package org.ecaf.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.ecaf.domain.cases.ApprovalEvent;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.disclosure.RedactionPlan;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Sensitivity;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.pdf.layout.Pdfs;
import org.ecaf.pdf.layout.RenderedPdf;
import org.junit.jupiter.api.Test;

/**
 * The family and agency copies read back with PDFBox: what the plan allows is there, in real text; what it leaves
 * out is nowhere in the file (text, raw bytes, metadata); every page is labelled; PDF/A-2u holds; same input,
 * same bytes. Page images go to target/pdf-pages for a person to look at.
 */
class CopiesTest {

    private static final FormDefinition CAF = FormRegistry.builtIn().get("caf", 2);
    private static final String SAFEGUARDING_NOTE = "Bruising seen on the upper arm on 02/10/2026";
    private static final String FATHERS_ADDRESS = "48 Harbour Road, Southport";
    private static final String CHILD_ADDRESS = "12 Mill Lane, Northbridge";

    private static Answers answers() {
        return Answers.fromJson("""
                {"child_given_names":"Zoë","child_family_name":"Nguyễn","child_date_of_birth":"2015-03-04",
                 "child_address":"12 Mill Lane, Northbridge","child_postcode":"NB1 1AA",
                 "reason_for_assessment":"Attendance has fallen to 81%% this term.",
                 "people_present":[{"name":"Siobhán Murphy","role":"School nurse"},{"name":"Łucja Nowak","role":"Team lead"}],
                 "parents_carers":[{"name":"Minh Nguyễn","relationship":"Father","parental_responsibility":true,
                   "address":"%s"}],
                 "emotional_social_development":"Zoë says she feels tired all the time and worries about her mother.",
                 "emotional_social_development_rating":"need",
                 "child_views":"I want to go to netball with Ŵyn.",
                 "concerns_about_harm":"yes","safeguarding_concerns":"%s",
                 "actions":[{"what":"Young carers referral","who":"Aisha Khan","by_when":"2026-12-04"}]}
                """.formatted(FATHERS_ADDRESS, SAFEGUARDING_NOTE));
    }

    private static CopyContent content(RedactionPlan plan, String recipient, boolean address) {
        return new CopyContent("CAF-2026-000007", 1, 3, Assessment.Status.APPROVED, CAF, answers(), plan, recipient, "FAMILY_MEMBER",
                LocalDate.of(2026, 11, 21),
                new CopyContent.Child("Zoë Nguyễn", LocalDate.of(2015, 3, 4), null, address ? CHILD_ADDRESS : null,
                        address ? "NB1 1AA" : null, "943 476 5919"),
                new CopyContent.Contact("Northbridge Council Early Help Service", null, "0300 123 4567",
                        "earlyhelp@northbridge.example.gov.uk", "Civic Centre, Northbridge"),
                new CopyContent.Contact("Aisha Khan", "Northbridge Council Early Help Service", "0300 123 4567", null, null),
                LocalDate.of(2027, 2, 12), "Consent given by Lan Nguyễn (mother) on 05/10/2026",
                List.of(new CopyContent.Seen(LocalDateTime.of(2026, 10, 19, 9, 30), true, "Northbridge Academy", "Aisha Khan")),
                List.of(new CopyContent.Approval(ApprovalEvent.Kind.RETURNED, "Grace Okafor", OffsetDateTime.parse("2026-10-21T11:00:00Z")),
                        new CopyContent.Approval(ApprovalEvent.Kind.APPROVED, "Grace Okafor", OffsetDateTime.parse("2026-10-22T15:30:00Z"))),
                "Aisha Khan");
    }

    private static RedactionPlan familyPlan(boolean address) {
        return new RedactionPlan(Set.of(), Set.of(Sensitivity.THIRD_PARTY, Sensitivity.SAFEGUARDING), address, true,
                List.of("Information about other people is not included in this copy."));
    }

    private static String flat(byte[] pdf) {
        return Pdfs.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void aFamilyCopyUsesFamilyWordingAndLeavesOutOtherPeopleAndSafeguarding() {
        RenderedPdf copy = FamilyCopy.render(content(familyPlan(true), "Lan Nguyễn", true), false, null);
        String text = flat(copy.pdf());
        assertThat(text).contains("What we have written down about Zoë Nguyễn", "Who to contact", "Aisha Khan",
                "If something is wrong", "If you want to stop", "If you are unhappy", "What we agreed to do",
                "Young carers referral", "04/12/2026", "Words we use", "I want to go to netball with Ŵyn.",
                "Information about other people is not included in this copy.", CHILD_ADDRESS);
        assertThat(text).doesNotContain(SAFEGUARDING_NOTE).doesNotContain(FATHERS_ADDRESS).doesNotContain("Minh");
        assertThat(new String(copy.pdf(), StandardCharsets.ISO_8859_1)).doesNotContain("Bruising");
        List<String> pages = Pdfs.pageTexts(copy.pdf());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("CAF-2026-000007 · Revision 3").contains("Copy for Lan Nguyễn")
                    .contains("Page " + (i + 1) + " of " + pages.size()).contains("Issued 21/11/2026");
        }
        Pdfs.assertPdfA2u(copy.pdf());
        Pdfs.pageImages(copy.pdf(), "family-copy");
    }

    @Test
    void aShieldedAddressLeftOutOfThePlanIsNowhereInTheFile() throws Exception {
        RenderedPdf copy = FamilyCopy.render(content(familyPlan(false), "Minh Nguyễn", false), false, null);
        assertThat(flat(copy.pdf())).doesNotContain("Mill Lane").doesNotContain("NB1 1AA");
        assertThat(new String(copy.pdf(), StandardCharsets.ISO_8859_1)).doesNotContain("Mill Lane").doesNotContain("NB1 1AA");
        try (PDDocument doc = Pdfs.load(copy.pdf())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle() + info.getSubject() + info.getKeywords()).doesNotContain("Mill Lane");
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .doesNotContain("Mill Lane");
        }
    }

    @Test
    void anAgencyCopyHasEveryAnswerRatingPeoplePresentChildSeenAndApproval() throws Exception {
        RedactionPlan plan = new RedactionPlan(Set.of(), Set.of(), true, false, List.of());
        RenderedPdf copy = AgencyCopy.render(content(plan, "Northbridge Community Health NHS Trust", true), null);
        String text = flat(copy.pdf());
        assertThat(text).contains("CAF assessment: Zoë Nguyễn", "Shared under Consent given by Lan Nguyễn",
                "Emotional and social development", "Rating: Need", "Siobhán Murphy", "Łucja Nowak",
                FATHERS_ADDRESS, SAFEGUARDING_NOTE, "Child seen", "19/10/2026 09:30", "Approval", "Grace Okafor",
                "Returned", "Approved");
        try (PDDocument doc = Pdfs.load(copy.pdf())) {
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Northbridge Council Early Help Service");
            assertThat(doc.getDocumentInformation().getSubject()).contains("shared with Northbridge Community Health");
        }
        Pdfs.assertPdfA2u(copy.pdf());
        Pdfs.pageImages(copy.pdf(), "agency-copy");
    }

    @Test
    void sectionsTheFamilyWithheldAreNotInTheAgencyCopy() {
        RedactionPlan plan = new RedactionPlan(Set.of("development_of_child"), Set.of(), true, false,
                List.of("The family did not agree to share 1 section(s); they are not included in this copy."));
        String text = flat(AgencyCopy.render(content(plan, "Northbridge Academy", true), null).pdf());
        assertThat(text).doesNotContain("worries about her mother").contains("did not agree to share 1 section");
    }

    @Test
    void theSameSnapshotAndIssueDateGiveTheSameBytesAndLargePrintIsLarger() {
        CopyContent content = content(familyPlan(true), "Lan Nguyễn", true);
        byte[] first = FamilyCopy.render(content, false, null).pdf();
        byte[] second = FamilyCopy.render(content(familyPlan(true), "Lan Nguyễn", true), false, null).pdf();
        assertThat(second).isEqualTo(first);
        RenderedPdf large = FamilyCopy.render(content, true, "secret");
        assertThat(large.pageCount()).isGreaterThan(FamilyCopy.render(content, false, null).pageCount());
        assertThat(Pdfs.glyphs(large.pdf()).stream().filter(g -> !g.rotated() && g.baseline() > 90 && g.baseline() < 760)
                .mapToDouble(g -> g.fontSize()).min().orElseThrow()).isGreaterThanOrEqualTo(16.0);
        assertThat(large.encryptedPdf()).isPresent();
        assertThat(large.encryptedPdfSha256()).isPresent().get().isNotEqualTo(large.pdfSha256());
        Pdfs.pageImages(large.pdf(), "family-copy-large-print");
    }

    @Test
    void familyCopiesAreTaggedForScreenReadersInStandardAndLargePrintAndAgencyCopiesToo() {
        for (boolean largePrint : new boolean[] {false, true}) {
            RenderedPdf copy = FamilyCopy.render(content(familyPlan(true), "Lan Nguyễn", true), largePrint, null);
            Pdfs.assertPdfUa1(copy.pdf());
            Pdfs.assertPdfA2u(copy.pdf());
        }
        RedactionPlan plan = new RedactionPlan(Set.of(), Set.of(), true, false, List.of());
        Pdfs.assertPdfUa1(AgencyCopy.render(content(plan, "Northbridge Community Health NHS Trust", true), null).pdf());
    }

    @Test
    void aFamilyCopyInUrduBengaliAndChineseIsTaggedIsPdfAAndReadsBackAsTyped() throws Exception {
        Answers mixed = Answers.fromJson("""
                {"child_given_names":"محمد علی","child_family_name":"خان","child_date_of_birth":"2015-03-04",
                 "reason_for_assessment":"আমার মেয়ে স্কুলে ভালো করছে। 我们一家人住在伦敦。",
                 "people_present":[{"name":"সুমাইয়া রহমান","role":"Interpreter"}],
                 "child_views":"میرا بیٹا اسکول جانا پسند کرتا ہے",
                 "actions":[{"what":"School contact 王小明","who":"Aisha Khan","by_when":"2026-12-04"}]}
                """);
        for (boolean largePrint : new boolean[] {false, true}) {
            CopyContent content = new CopyContent("CAF-2026-000008", 1, 2, Assessment.Status.APPROVED, CAF, mixed, familyPlan(false),
                    "সুমাইয়া রহমান", "FAMILY_MEMBER", LocalDate.of(2026, 11, 21),
                    new CopyContent.Child("محمد علی خان", LocalDate.of(2015, 3, 4), null, null, null, null),
                    new CopyContent.Contact("Northbridge Council Early Help Service", null, "0300 123 4567", null, null),
                    new CopyContent.Contact("Aisha Khan", "Northbridge Council Early Help Service", "0300 123 4567",
                            null, null),
                    LocalDate.of(2027, 2, 12), "Consent given by সুমাইয়া রহমান (mother) on 05/10/2026", List.of(),
                    List.of(), "Aisha Khan");
            RenderedPdf copy = FamilyCopy.render(content, largePrint, null);
            Pdfs.assertPdfUa1(copy.pdf());
            Pdfs.assertPdfA2a(copy.pdf());
            String text = Pdfs.nfc(Pdfs.pdftotext(copy.pdf(), "family-mixed-" + (largePrint ? "large" : "standard")));
            assertThat(text).doesNotContain("?")
                    .contains(Pdfs.nfc("সুমাইয়া রহমান")).contains("王小明").contains("我们一家人住在伦敦")
                    .contains(Pdfs.nfc("میرا بیٹا اسکول جانا پسند کرتا ہے"));
        }
    }
}
