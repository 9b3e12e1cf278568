package org.ecaf.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ecaf.forms.registry.FormRegistry;
import org.junit.jupiter.api.Test;

class AnswerWordsTest {

    private final FormDefinition caf = FormRegistry.builtIn().get("caf", 2);

    private Field field(String key) {
        return caf.field(key).orElseThrow();
    }

    @Test
    void choicesAreShownByTheirLabelOrTheFamilysWording() {
        assertThat(AnswerWords.of(field("housing_rating"), Json.createValue("no_issue")))
                .isEqualTo("Neither strength nor need");
        assertThat(AnswerWords.of(field("housing_rating"), Json.createValue("no_issue"), true))
                .isEqualTo("No worries here");
        assertThat(AnswerWords.of(field("special_requirements"),
                Json.createArrayBuilder().add("interpreter").add("physical_access").build()))
                .isEqualTo("Interpreter, Help with physical access");
        assertThat(AnswerWords.of(field("special_requirements"),
                Json.createArrayBuilder().add("interpreter").add("physical_access").build(), true))
                .isEqualTo("Someone to interpret, Help getting into the building");
    }

    @Test
    void aValueNoOptionHasIsShownAsGivenNotHidden() {
        assertThat(AnswerWords.of(field("child_gender"), Json.createValue("retired_option"))).isEqualTo("retired_option");
    }

    @Test
    void datesAreUkAndAnythingElseIsShownAsGiven() {
        assertThat(AnswerWords.of(field("child_date_of_birth"), Json.createValue("2015-03-27"))).isEqualTo("27/03/2015");
        assertThat(AnswerWords.of(field("child_date_of_birth"), Json.createValue("27 March"))).isEqualTo("27 March");
        assertThat(AnswerWords.date(LocalDate.of(2026, 11, 2))).isEqualTo("02/11/2026");
        assertThat(AnswerWords.date((LocalDate) null)).isEmpty();
    }

    @Test
    void yesNoNumbersAndMissingAnswers() {
        assertThat(AnswerWords.of(field("child_unborn"), JsonValue.TRUE)).isEqualTo("Yes");
        assertThat(AnswerWords.of(field("child_unborn"), JsonValue.FALSE)).isEqualTo("No");
        assertThat(AnswerWords.of(null, Json.createValue(new BigDecimal("2.50")))).isEqualTo("2.5");
        assertThat(AnswerWords.of(field("child_unborn"), JsonValue.NULL)).isEmpty();
        assertThat(AnswerWords.of(field("child_unborn"), null)).isEmpty();
        assertThat(AnswerWords.of(null, Json.createValue("free text"))).isEqualTo("free text");
    }

    @Test
    void questionsUseTheFamilysWordingWhenAskedFor() {
        assertThat(AnswerWords.label(field("child_gender"), false)).isEqualTo("Gender");
        assertThat(AnswerWords.label(field("child_gender"), true)).isEqualTo("Your child's gender");
    }
}
