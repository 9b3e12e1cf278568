package org.ecaf.web.application.view;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.util.List;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.junit.jupiter.api.Test;

/** Reading answers section by section, in words, with ratings beside their element and groups as tables. */
class AnswerSheetTest {

    private static final FormDefinition CAF = FormRegistry.builtIn().find("caf", 2).orElseThrow();

    @Test
    void everySectionIsListedInOrderWithItsQuestions() {
        AnswerSheet sheet = AnswerSheet.of(CAF, demoAnswers());
        assertThat(sheet.formTitle()).isEqualTo(CAF.title());
        assertThat(sheet.formVersion()).isEqualTo(2);
        assertThat(sheet.sections()).extracting(AnswerSheet.SheetSection::key).containsExactly("identifying_details",
                "assessment_information", "family_details", "people_involved", "development_of_child", "parenting",
                "family_environment", "views", "conclusions", "consent");
    }

    @Test
    void answersAreInWordsDatesInUkFormAndRatingsBesideTheirElement() {
        AnswerSheet sheet = AnswerSheet.of(CAF, demoAnswers());
        assertThat(item(sheet, "child_date_of_birth").answer()).isEqualTo("04/03/2015");
        assertThat(item(sheet, "child_gender").answer()).isEqualTo("Female");
        assertThat(item(sheet, "child_unborn").answer()).isEqualTo("No");
        assertThat(item(sheet, "special_requirements").answer()).isEqualTo("Interpreter");
        AnswerSheet.SheetItem health = item(sheet, "emotional_social_development");
        assertThat(health.answer()).startsWith("Zoë says she feels");
        assertThat(health.rating()).isEqualTo("Need");
        assertThat(health.ratingValue()).isEqualTo("need");
        assertThat(keys(sheet)).doesNotContain("emotional_social_development_rating");
    }

    @Test
    void hiddenQuestionsAreLeftOutAndUnansweredOnesSaySo() {
        JsonObject answers = Json.createObjectBuilder(demoAnswers()).remove("child_religion").build();
        AnswerSheet sheet = AnswerSheet.of(CAF, answers);
        assertThat(keys(sheet)).doesNotContain("child_expected_date_of_delivery", "safeguarding_concerns");
        assertThat(item(sheet, "child_religion").answered()).isFalse();
        assertThat(item(sheet, "child_religion").answer()).isNull();
    }

    @Test
    void aGroupIsATableWithItsQuestionsAsColumns() {
        AnswerSheet sheet = AnswerSheet.of(CAF, demoAnswers());
        AnswerSheet.SheetTable household = item(sheet, "household").table();
        assertThat(household.columns()).contains("Name", "Date of birth");
        assertThat(household.rows()).isNotEmpty();
        assertThat(household.rows().get(0)).contains("Bao Nguyễn", "15/06/2020");
        assertThat(item(sheet, "household").answered()).isTrue();
    }

    @Test
    void aWrongAnswerIsShownAsItWasGiven() {
        JsonObject answers = Json.createObjectBuilder().add("child_date_of_birth", "31/02/2015")
                .add("child_gender", "unknown_value").add("child_unborn", "maybe").build();
        AnswerSheet sheet = AnswerSheet.of(CAF, answers);
        assertThat(item(sheet, "child_date_of_birth").answer()).isEqualTo("31/02/2015");
        assertThat(item(sheet, "child_gender").answer()).isEqualTo("unknown_value");
        assertThat(item(sheet, "child_unborn").answer()).isEqualTo("maybe");
        assertThat(item(sheet, "household").answered()).isFalse();
    }

    private static AnswerSheet.SheetItem item(AnswerSheet sheet, String key) {
        return sheet.sections().stream().flatMap(s -> s.items().stream()).filter(i -> i.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + key));
    }

    private static List<String> keys(AnswerSheet sheet) {
        return sheet.sections().stream().flatMap(s -> s.items().stream()).map(AnswerSheet.SheetItem::key).toList();
    }

    private static JsonObject demoAnswers() {
        try (InputStream in = AnswerSheetTest.class.getClassLoader().getResourceAsStream("demo/caf-v2-complete.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
