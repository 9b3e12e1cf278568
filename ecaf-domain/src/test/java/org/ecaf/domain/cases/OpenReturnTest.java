package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The return a practitioner still has to answer (the banner on the case, the assessment and the home page). */
class OpenReturnTest {

    private final CaseFixture f = new CaseFixture();

    @Test
    void aReturnedAssessmentCarriesTheTeamLeadsComment() {
        CafCase c = f.submittedCase();
        c.returnAssessment("Add the father's views.", f.step(f.lena));

        assertThat(c.openReturn()).hasValueSatisfying(r -> {
            assertThat(r.getComment()).isEqualTo("Add the father's views.");
            assertThat(r.getKind()).isEqualTo(ApprovalEvent.Kind.RETURNED);
        });
    }

    @Test
    void resubmittingEndsTheReturn() {
        CafCase c = f.submittedCase();
        c.returnAssessment("Add the father's views.", f.step(f.lena));
        c.submit(f.caf, f.step(f.aisha));

        assertThat(c.openReturn()).isEmpty();
    }

    @Test
    void nothingIsOpenBeforeAReturnOrAfterApproval() {
        assertThat(f.inProgressCase().openReturn()).isEmpty();
        assertThat(f.submittedCase().openReturn()).isEmpty();
        assertThat(f.approvedCase().openReturn()).isEmpty();
    }
}
