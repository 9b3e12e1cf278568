package org.ecaf.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.forms.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

class DraftAnswersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final FormDefinition caf = FormRegistry.builtIn().get("caf", 2);

    @Test
    void aFutureStartDateIsSetAsideAndEveryOtherAnswerIsKept() {
        Answers typed = Answers.fromJson("{\"assessment_started\":\"2027-01-01\",\"reason_for_assessment\":\"Long reason\","
                + "\"people_present\":[{\"name\":\"Aisha Khan\",\"role\":\"Family support worker\"}]}");
        DraftAnswers.Settled settled = DraftAnswers.settle(caf, typed, Answers.empty(), TODAY);

        assertThat(settled.savable().get("assessment_started")).isEmpty();
        assertThat(settled.savable().text("reason_for_assessment")).contains("Long reason");
        assertThat(settled.savable().rows("people_present")).hasSize(1);
        assertThat(settled.setAside()).extracting(ValidationProblem::field).containsExactly("assessment_started");
        assertThat(settled.setAside().get(0).code()).isEqualTo(ValidationProblem.DATE_IN_FUTURE);
    }

    @Test
    void theAnswerSavedBeforeStaysInPlaceOfAnInvalidOne() {
        Answers previous = Answers.fromJson("{\"assessment_started\":\"2026-11-30\"}");
        Answers typed = Answers.fromJson("{\"assessment_started\":\"2027-01-01\",\"child_given_names\":\"Bea\"}");
        DraftAnswers.Settled settled = DraftAnswers.settle(caf, typed, previous, TODAY);

        assertThat(settled.savable().text("assessment_started")).contains("2026-11-30");
        assertThat(settled.savable().text("child_given_names")).contains("Bea");
        assertThat(settled.complete()).isFalse();
    }

    @Test
    void aTooLongEntryInOneRowLeavesTheOtherRowsAndTheRestOfTheRow() {
        String longName = "x".repeat(5000);
        Answers typed = Answers.fromJson("{\"people_present\":[{\"name\":\"Aisha Khan\",\"role\":\"Worker\"},"
                + "{\"name\":\"" + longName + "\",\"role\":\"Mother\"}]}");
        DraftAnswers.Settled settled = DraftAnswers.settle(caf, typed, Answers.empty(), TODAY);

        assertThat(settled.setAside()).extracting(ValidationProblem::field).containsExactly("people_present[1].name");
        assertThat(settled.savable().rows("people_present")).hasSize(2);
        assertThat(settled.savable().rows("people_present").get(1).text("role")).contains("Mother");
        assertThat(settled.savable().rows("people_present").get(1).get("name")).isEmpty();
        assertThat(settled.savable().rows("people_present").get(0).text("name")).contains("Aisha Khan");
    }

    @Test
    void validAnswersAreSavedAsTyped() {
        Answers typed = Answers.fromJson("{\"child_given_names\":\"Bea\",\"assessment_started\":\"2026-12-01\"}");
        DraftAnswers.Settled settled = DraftAnswers.settle(caf, typed, Answers.empty(), TODAY);

        assertThat(settled.complete()).isTrue();
        assertThat(settled.savable()).isEqualTo(typed);
    }
}
