package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.TODAY;

import org.junit.jupiter.api.Test;

/** The return a practitioner still has to answer (the banner on the case, the assessment and the home page). */
class OpenReturnTest {

    private final CaseFixture f = new CaseFixture();

    @Test
    void aReturnedAssessmentCarriesTheTeamLeadsComment() {
        CafCase c = f.submittedCase();
        c.returnAssessment(f.lena, "Add the father's views.", f.tick());

        assertThat(c.openReturn()).hasValueSatisfying(r -> {
            assertThat(r.getComment()).isEqualTo("Add the father's views.");
            assertThat(r.getKind()).isEqualTo(ApprovalEvent.Kind.RETURNED);
        });
    }

    @Test
    void resubmittingEndsTheReturn() {
        CafCase c = f.submittedCase();
        c.returnAssessment(f.lena, "Add the father's views.", f.tick());
        c.submit(f.caf, f.aisha, f.tick(), TODAY);

        assertThat(c.openReturn()).isEmpty();
    }

    @Test
    void nothingIsOpenBeforeAReturnOrAfterApproval() {
        assertThat(f.inProgressCase().openReturn()).isEmpty();
        assertThat(f.submittedCase().openReturn()).isEmpty();
        assertThat(f.approvedCase().openReturn()).isEmpty();
    }
}
