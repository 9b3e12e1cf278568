package org.ecaf.web.interfaces.jsf;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The review and closure inputs become the forms' answers: keys as published, blanks and hidden questions left out. */
class FormAnswersConversionTest {

    @Test
    void aContinuingReviewKeepsTheNextDateAndDropsTheReasonForClosing() {
        PlanPage page = new PlanPage();
        page.setHeldOn(LocalDate.of(2026, 11, 20));
        page.addPerson();
        page.addPerson();
        page.getPresent().get(0).setName(" Lan Nguyễn ");
        page.getPresent().get(0).setRole("Mother");
        page.getPresent().get(1).setName("  ");
        page.setProgress("Attendance is up.");
        page.setChildViews("");
        page.setOutcome("continue");
        page.setNextReviewDate(LocalDate.of(2027, 2, 12));
        page.setReasonForClosing("left over from an earlier choice");

        JsonObject answers = page.reviewAnswers();

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
        PlanPage page = new PlanPage();
        page.setOutcome("close");
        page.setNextReviewDate(LocalDate.of(2027, 2, 12));
        page.setReasonForClosing("Needs are met.");

        JsonObject answers = page.reviewAnswers();

        assertThat(answers.getString("reason_for_closing")).isEqualTo("Needs are met.");
        assertThat(answers.keySet()).doesNotContain("next_review_date", "review_date");
        assertThat(answers.getJsonArray("people_present")).isEmpty();
    }

    @Test
    void closureAnswersKeepOnlyWhatTheChosenReasonAsksFor() {
        ClosurePage page = new ClosurePage();
        page.setClosureReason("moved_out_of_area");
        page.setClosureDetails("typed before choosing another reason");
        page.setReceivingAuthority("Sefton Council");
        page.setOutcomesSummary(" Attendance 95% ");

        JsonObject moved = page.closureAnswers();
        assertThat(moved.getString("closure_reason")).isEqualTo("moved_out_of_area");
        assertThat(moved.getString("receiving_authority")).isEqualTo("Sefton Council");
        assertThat(moved.getString("outcomes_summary")).isEqualTo("Attendance 95%");
        assertThat(moved.keySet()).doesNotContain("closure_details", "child_views");

        page.setClosureReason("other");
        JsonObject other = page.closureAnswers();
        assertThat(other.getString("closure_details")).isEqualTo("typed before choosing another reason");
        assertThat(other.keySet()).doesNotContain("receiving_authority");

        assertThat(new ClosurePage().closureAnswers()).isEmpty();
    }
}
