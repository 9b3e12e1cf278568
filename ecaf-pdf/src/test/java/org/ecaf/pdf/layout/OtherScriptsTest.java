package org.ecaf.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 4: names and answers in other scripts printed as '?'. Text in Arabic, Urdu, Bengali, Devanagari,
 * Gurmukhi, Gujarati, Tamil, Hebrew, Chinese, Japanese and Korean is shown with the fallback fonts and comes back as
 * typed from {@code pdftotext} (poppler-utils), which reads the ActualText and ToUnicode the engine writes.
 */
class OtherScriptsTest {

    static final List<String> NAMES = List.of(
            "محمد علی خان",          // Urdu
            "فاطمة الزهراء",          // Arabic
            "সুমাইয়া রহমান",          // Bengali (conjuncts, pre-base vowel signs)
            "अनन्या शर्मा",            // Hindi, Devanagari
            "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",          // Punjabi, Gurmukhi
            "કૃષ્ણા પટેલ",            // Gujarati
            "கார்த்திகா சுப்பிரமணியம்", // Tamil
            "王小明",                  // Chinese
            "さくら",                  // Japanese
            "김민준",                  // Korean
            "נועה כהן");               // Hebrew

    static Document mixedScript(Style style) {
        Document.Builder doc = Samples.decorated().header(Samples.CASE_REF, "Copy for " + NAMES.get(0));
        doc.watermark("Copy for " + NAMES.get(0) + " — 21/11/2026");
        doc.heading(1, "Family members");
        for (String name : NAMES) {
            doc.field("Name", name);
        }
        doc.field("In their own words", "میرا بیٹا اسکول جانا پسند کرتا ہے، لیکن صبح کا وقت مشکل ہوتا ہے۔ "
                + "ہم 3 بچوں کے ساتھ رہتے ہیں۔ Mr Khan works nights.");
        doc.paragraph("আমার মেয়ে স্কুলে ভালো করছে। সে ছবি আঁকতে ভালোবাসে এবং বন্ধুদের সাথে খেলতে পছন্দ করে।");
        doc.paragraph("我们一家人住在伦敦，孩子们在附近的学校上学。周末我们经常去公园散步，奶奶也会来帮忙照顾孩子。");
        doc.bullets("Interpreter: " + NAMES.get(2), "School contact: " + NAMES.get(7));
        doc.table(Table.withColumns(2, 2, 1).header("Who", "What", "When")
                .row(NAMES.get(0), "ملاقات", "1/12")
                .row(NAMES.get(3), "Speech and language referral", "5/12").build());
        return doc.build();
    }

    @Test
    void namesInOtherScriptsAreShownWithRealGlyphsNotQuestionMarks() {
        byte[] pdf = PdfLayout.render(mixedScript(Style.standard()), Style.standard()).pdf();
        String text = Pdfs.text(pdf);
        assertThat(text).doesNotContain("?").doesNotContain("\uFFFD");
        try (var doc = Pdfs.load(pdf)) {
            List<String> fonts = new java.util.ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSansArabic")).anyMatch(f -> f.contains("NotoSansBengali"))
                    .anyMatch(f -> f.contains("NotoSansGurmukhi")).anyMatch(f -> f.contains("NotoSansTamil"))
                    .anyMatch(f -> f.contains("DroidSansFallback"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pdftotextReturnsEveryNameAsTyped() throws Exception {
        byte[] pdf = PdfLayout.render(mixedScript(Style.standard()), Style.standard()).pdf();
        String text = nfc(pdftotext(pdf, "mixed-standard"));
        for (String name : NAMES) {
            assertThat(text).as("pdftotext output").contains(nfc(name));
        }
        assertThat(text).contains("Mr Khan works nights").contains("میرا بیٹا اسکول جانا پسند کرتا ہے");
        Pdfs.pageImages(pdf, "mixed-script");
        byte[] large = PdfLayout.render(mixedScript(Style.largePrint()), Style.largePrint()).pdf();
        String largeText = nfc(pdftotext(large, "mixed-large"));
        for (String name : NAMES) {
            assertThat(largeText).contains(nfc(name));
        }
    }

    @Test
    void aMissingFontIsAClearErrorNamingThePackage() {
        FontLibrary empty = new FontLibrary("/nonexistent-font-folder");
        assertThatThrownBy(() -> empty.faceFor('ব', false, null)).isInstanceOf(MissingFontException.class)
                .hasMessageContaining("NotoSansBengali-Regular.ttf").hasMessageContaining("fonts-noto-core");
        assertThatThrownBy(() -> empty.faceFor('王', false, null)).isInstanceOf(MissingFontException.class)
                .hasMessageContaining("fonts-droid-fallback");
        assertThat(empty.missingFonts()).anyMatch(m -> m.contains("fonts-noto-core"));
        assertThat(FontLibrary.system().missingFonts()).as("fonts on this machine (see README)").isEmpty();
    }

    static String nfc(String s) {
        return Pdfs.nfc(s);
    }

    static String pdftotext(byte[] pdf, String name) throws IOException, InterruptedException {
        return Pdfs.pdftotext(pdf, name);
    }
}
