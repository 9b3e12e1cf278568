package org.ecaf.web.interfaces.jsf;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.web.interfaces.jsf.forms.FormModel;
import org.junit.jupiter.api.Test;

/** The review and closure forms' shown questions become the forms' answers: keys as published, blanks and hidden questions left out. */
class FormAnswersConversionTest {

    private static FormModel review() {
        return new FormModel(FormRegistry.builtIn().get("review", 1), Answers.empty());
    }

    @Test
    void aContinuingReviewKeepsTheNextDateAndDropsTheReasonForClosing() {
        FormModel page = review();
        page.date("review_date").setDay("20");
        page.date("review_date").setMonth("11");
        page.date("review_date").setYear("2026");
        page.rows("people_present").get(0).put("name", "Lan Nguyễn");
        page.rows("people_present").get(0).put("role", "Mother");
        page.addRow("people_present");
        page.getValues().put("progress", "Attendance is up.");
        page.getValues().put("child_views", "");
        page.getValues().put("outcome", "continue");
        page.getValues().put("next_review_date", "2027-02-12");
        page.getValues().put("reason_for_closing", "left over from an earlier choice");

        JsonObject answers = page.toShownAnswers().toJson();

        assertThat(answers.getString("review_date")).isEqualTo("2026-11-20");
        assertThat(answers.getJsonArray("people_present")).hasSize(1);
        assertThat(answers.getJsonArray("people_present").getJsonObject(0).getString("name")).isEqualTo("Lan Nguyễn");
        assertThat(answers.getString("progress")).isEqualTo("Attendance is up.");
        assertThat(answers.getString("outcome")).isEqualTo("continue");
        assertThat(answers.getString("next_review_date")).isEqualTo("2027-02-12");
        assertThat(answers.keySet()).doesNotContain("child_views", "parent_views", "reason_for_closing");
    }

    @Test
    void aClosingReviewKeepsTheReasonAndDropsTheNextDate() {
        FormModel page = review();
        page.getValues().put("outcome", "close");
        page.getValues().put("next_review_date", "2027-02-12");
        page.getValues().put("reason_for_closing", "Needs are met.");

        JsonObject answers = page.toShownAnswers().toJson();

        assertThat(answers.getString("reason_for_closing")).isEqualTo("Needs are met.");
        assertThat(answers.keySet()).doesNotContain("next_review_date", "review_date", "people_present");
    }

    @Test
    void anImpossibleDateIsKeptAsTypedAndAnEmptyOneIsNoAnswer() {
        FormModel page = review();
        page.date("review_date").setDay("31");
        page.date("review_date").setMonth("2");
        page.date("review_date").setYear("2026");
        assertThat(page.toAnswers().toJson().getString("review_date")).isEqualTo("2026-2-31");
        assertThat(page.date("review_date").getDay()).isEqualTo("31");
        assertThat(page.date("review_date").getMonth()).isEqualTo("2");

        page.date("review_date").setDay("");
        page.date("review_date").setMonth("");
        page.date("review_date").setYear("");
        assertThat(page.toAnswers().toJson().containsKey("review_date")).isFalse();

        page.date("review_date").setDay("7");
        page.date("review_date").setMonth("03");
        page.date("review_date").setYear("2026");
        assertThat(page.toAnswers().toJson().getString("review_date")).isEqualTo("2026-03-07");
        assertThat(page.date("review_date").getMonth()).isEqualTo("3");
    }

    @Test
    void closureAnswersKeepOnlyWhatTheChosenReasonAsksFor() {
        FormModel page = new FormModel(FormRegistry.builtIn().get("closure", 1), Answers.empty());
        page.getValues().put("closure_reason", "moved_out_of_area");
        page.getValues().put("closure_details", "typed before choosing another reason");
        page.getValues().put("receiving_authority", "Sefton Council");
        page.getValues().put("outcomes_summary", "Attendance 95%");

        JsonObject moved = page.toShownAnswers().toJson();
        assertThat(moved.getString("closure_reason")).isEqualTo("moved_out_of_area");
        assertThat(moved.getString("receiving_authority")).isEqualTo("Sefton Council");
        assertThat(moved.getString("outcomes_summary")).isEqualTo("Attendance 95%");
        assertThat(moved.keySet()).doesNotContain("closure_details", "child_views");

        page.getValues().put("closure_reason", "other");
        JsonObject other = page.toShownAnswers().toJson();
        assertThat(other.getString("closure_details")).isEqualTo("typed before choosing another reason");
        assertThat(other.keySet()).doesNotContain("receiving_authority");

        assertThat(new FormModel(FormRegistry.builtIn().get("closure", 1), Answers.empty()).toShownAnswers().toJson())
                .isEmpty();
    }
}
