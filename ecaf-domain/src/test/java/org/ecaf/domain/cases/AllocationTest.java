package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;
import static org.ecaf.domain.cases.Refusals.targets;

import java.util.Set;
import org.ecaf.domain.access.AccessPolicy;
import org.ecaf.domain.access.Relation;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.junit.jupiter.api.Test;

/** The practitioner a case is allocated to: who decides, who can hold it, and what it means for access. */
class AllocationTest {

    private final CaseFixture f = new CaseFixture();

    @Test
    void aNewCaseIsAllocatedToThePractitionerWhoOpenedIt() {
        CafCase c = f.openCase();

        assertThat(c.getAllocatedTo()).isEqualTo(f.aisha);
        assertThat(c.currentHolder()).contains(f.aisha);
    }

    @Test
    void aTeamLeadReassignsTheCaseAndTheTimelineSaysWhoToAndWhoBy() {
        CafCase c = f.inProgressCase();

        c.allocateTo(f.ben, "  Aisha is on leave  ", f.step(f.lena));

        assertThat(c.getAllocatedTo()).isEqualTo(f.ben);
        CaseEvent last = c.getEvents().get(c.getEvents().size() - 1);
        assertThat(last.getKind()).isEqualTo("ALLOCATED");
        assertThat(last.getActor()).isEqualTo("Lena Patel");
        assertThat(last.getSummary())
                .isEqualTo("Allocated to Ben Jones by Lena Patel (previously Aisha Khan): Aisha is on leave");
    }

    @Test
    void theReasonIsOptional() {
        CafCase c = f.openCase();

        c.allocateTo(f.ben, "   ", f.step(f.lena));

        assertThat(c.getEvents().get(c.getEvents().size() - 1).getSummary())
                .isEqualTo("Allocated to Ben Jones by Lena Patel (previously Aisha Khan)");
    }

    @Test
    void onlyATeamLeadOfTheHoldingTeamAllocatesAndNothingChangesOtherwise() {
        CafCase c = f.inProgressCase();
        CaseSnapshot before = CaseSnapshot.of(c);

        AccessDenied byPractitioner = refusal(AccessDenied.class, () -> c.allocateTo(f.ben, null, f.step(f.aisha)));
        AccessDenied byOtherLead = refusal(AccessDenied.class, () -> c.allocateTo(f.ben, null, f.step(f.mark)));

        assertThat(byPractitioner.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
        assertThat(byOtherLead.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
        assertThat(byOtherLead.getMessage()).contains("Early Help North");
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void aPractitionerOfAnotherTeamIsRefusedByName() {
        CafCase c = f.inProgressCase();
        CaseSnapshot before = CaseSnapshot.of(c);

        InvalidInput refused = refusal(InvalidInput.class, () -> c.allocateTo(f.carol, null, f.step(f.lena)));

        assertThat(codes(refused)).containsExactly(RefusalCode.NOT_IN_TEAM);
        assertThat(targets(refused)).containsExactly("practitionerId");
        assertThat(refused.violations().get(0).message()).contains("Carol Davies", "Early Help North");
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void aDisabledAccountOrAnAdministratorCannotHoldACase() {
        CafCase c = f.openCase();
        Practitioner gone = f.practitioner("gone", "Gwen Left", f.teamA, Role.PRACTITIONER);
        gone.deactivate();
        Practitioner adminInTeam = f.practitioner("tadmin", "Tom Admin", f.teamA, Role.ADMIN);

        assertThat(codes(refusal(InvalidInput.class, () -> c.allocateTo(gone, null, f.step(f.lena)))))
                .containsExactly(RefusalCode.NOT_IN_TEAM);
        assertThat(codes(refusal(InvalidInput.class, () -> c.allocateTo(adminInTeam, null, f.step(f.lena)))))
                .containsExactly(RefusalCode.NOT_IN_TEAM);
        assertThat(c.getAllocatedTo()).isEqualTo(f.aisha);
    }

    @Test
    void noPractitionerOrTheSameOneIsRefused() {
        CafCase c = f.openCase();

        assertThat(codes(refusal(InvalidInput.class, () -> c.allocateTo(null, null, f.step(f.lena)))))
                .containsExactly(RefusalCode.REQUIRED);
        assertThat(codes(refusal(InvalidInput.class, () -> c.allocateTo(f.aisha, null, f.step(f.lena)))))
                .containsExactly(RefusalCode.ALREADY_ALLOCATED);
    }

    @Test
    void aReasonOverAThousandCharactersIsRefused() {
        CafCase c = f.openCase();

        InvalidInput refused = refusal(InvalidInput.class, () -> c.allocateTo(f.ben, "x".repeat(1001), f.step(f.lena)));

        assertThat(targets(refused)).containsExactly("reason");
        assertThat(c.getAllocatedTo()).isEqualTo(f.aisha);
    }

    @Test
    void aClosedCaseIsNotAllocated() {
        CafCase c = f.planActiveCase();
        c.close(f.closure, CaseFixture.completeClosure("needs_met"), f.step(f.lena));
        CaseSnapshot before = CaseSnapshot.of(c);

        RulesViolated refused = refusal(RulesViolated.class, () -> c.allocateTo(f.ben, null, f.step(f.lena)));

        assertThat(codes(refused)).containsExactly(RefusalCode.CASE_CLOSED);
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void theAllocatedPractitionerIsInvolvedAndTheOneBeforeIsNotUnlessTheyOpenedIt() {
        CafCase c = f.openCase();
        assertThat(AccessPolicy.toCase(f.ben, c, false)).containsExactly(Relation.TEAM_PRACTITIONER);

        c.allocateTo(f.ben, null, f.step(f.lena));

        assertThat(c.directlyInvolves(f.ben)).isTrue();
        assertThat(c.involvesWithinTeam(f.ben)).isTrue();
        assertThat(AccessPolicy.toCase(f.ben, c, false)).isEqualTo(Set.of(Relation.INVOLVED));
        assertThat(AccessPolicy.toCase(f.aisha, c, false)).isEqualTo(Set.of(Relation.INVOLVED));
    }

    @Test
    void aHolderWhoLeavesTheTeamKeepsNoAccessAndTheCaseHasNoCurrentHolder() {
        CafCase c = f.openCase();
        Practitioner dan = f.practitioner("dmoss", "Dan Moss", f.teamA, Role.PRACTITIONER);
        c.allocateTo(dan, null, f.step(f.lena));

        dan.moveTo(f.teamB);

        assertThat(c.getAllocatedTo()).isEqualTo(dan);
        assertThat(c.currentHolder()).isEmpty();
        assertThat(AccessPolicy.toCase(dan, c, false)).doesNotContain(Relation.INVOLVED, Relation.TEAM_PRACTITIONER);
    }
}
