package org.ecaf.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.TODAY;

import java.util.EnumSet;
import java.util.List;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseFixture;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.cases.Refusals;
import org.ecaf.domain.cases.TeamMember;
import org.ecaf.domain.cases.TestIds;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.forms.Answers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who sees what of a case of team A, as a matrix: the viewer's role and team × how they are involved × whether the
 * child is shielded.
 */
class CaseAccessPolicyTest {

    private final CaseFixture f = new CaseFixture();

    /** How the viewer is connected to the case. */
    enum Involvement { NOT_INVOLVED, LEAD_PROFESSIONAL, TAC_MEMBER, AUTHOR, OPENED_THE_CASE }

    private Practitioner viewer(String who) {
        return switch (who) {
            case "practitioner_in_team" -> f.ben;
            case "practitioner_other_team" -> f.carol;
            case "team_lead_of_team" -> f.lena;
            case "team_lead_other_team" -> f.mark;
            case "admin" -> f.admin;
            default -> throw new IllegalArgumentException(who);
        };
    }

    /** The same account while it was in team A: people move teams, cases stay with the team they were opened in. */
    private Practitioner whileInTeamA(Practitioner p) {
        if (p.memberOf(f.teamA)) {
            return p;
        }
        Practitioner before = new Practitioner(p.getUsername(), p.getDisplayName(), f.council, f.teamA,
                EnumSet.copyOf(p.getRoles()));
        return TestIds.assign(before, p.getId());
    }

    /** A case of team A for {@code child}, opened by Aisha unless the viewer opened it, with the viewer connected. */
    private CafCase caseWith(Practitioner viewer, Involvement involvement, Child child) {
        CafCase c = f.openCase(child, involvement == Involvement.OPENED_THE_CASE ? whileInTeamA(viewer) : f.aisha);
        f.recordConsent(c);
        switch (involvement) {
            case LEAD_PROFESSIONAL -> c.setLeadProfessional(f.lena, viewer, f.tick());
            case TAC_MEMBER -> c.addTeamMember(viewer, null, "Member", null, null, f.aisha, f.tick());
            case AUTHOR -> c.saveAssessment(f.caf, null, Answers.empty(), null, viewer, f.tick(), TODAY);
            default -> {
            }
        }
        assertThat(c.getTeam()).isSameAs(f.teamA);
        return c;
    }

    @ParameterizedTest(name = "{0}, {1}: ordinary child {2}, shielded child {3}")
    @CsvSource({
            "practitioner_in_team,    NOT_INVOLVED,      FULL, RESTRICTED",
            "practitioner_in_team,    LEAD_PROFESSIONAL, FULL, FULL",
            "practitioner_in_team,    TAC_MEMBER,        FULL, FULL",
            "practitioner_in_team,    AUTHOR,            FULL, FULL",
            "practitioner_in_team,    OPENED_THE_CASE,   FULL, FULL",
            "practitioner_other_team, NOT_INVOLVED,      NONE, NONE",
            "practitioner_other_team, LEAD_PROFESSIONAL, FULL, FULL",
            "practitioner_other_team, TAC_MEMBER,        FULL, FULL",
            "practitioner_other_team, AUTHOR,            FULL, FULL",
            "practitioner_other_team, OPENED_THE_CASE,   FULL, FULL",
            "team_lead_of_team,       NOT_INVOLVED,      FULL, FULL",
            "team_lead_of_team,       LEAD_PROFESSIONAL, FULL, FULL",
            "team_lead_of_team,       TAC_MEMBER,        FULL, FULL",
            "team_lead_of_team,       AUTHOR,            FULL, FULL",
            "team_lead_of_team,       OPENED_THE_CASE,   FULL, FULL",
            "team_lead_other_team,    NOT_INVOLVED,      NONE, NONE",
            "team_lead_other_team,    LEAD_PROFESSIONAL, FULL, FULL",
            "team_lead_other_team,    TAC_MEMBER,        FULL, FULL",
            "team_lead_other_team,    AUTHOR,            FULL, FULL",
            "team_lead_other_team,    OPENED_THE_CASE,   FULL, FULL",
            "admin,                   NOT_INVOLVED,      NONE, NONE",
            "admin,                   TAC_MEMBER,        NONE, NONE",
            "admin,                   AUTHOR,            NONE, NONE"})
    void accessToACaseFollowsRoleTeamAndInvolvement(String who, Involvement involvement, Access ordinary,
                                                    Access shielded) {
        Practitioner viewer = viewer(who);

        CafCase ordinaryCase = caseWith(viewer, involvement, f.zoe);
        CafCase shieldedCase = caseWith(viewer, involvement, f.shieldedChild());

        assertThat(ordinaryCase.directlyInvolves(viewer)).isEqualTo(involvement != Involvement.NOT_INVOLVED);
        assertThat(CaseAccessPolicy.toCase(viewer, ordinaryCase)).as("ordinary child").isEqualTo(ordinary);
        assertThat(CaseAccessPolicy.toCase(viewer, shieldedCase)).as("shielded child").isEqualTo(shielded);
    }

    @Nested
    class Cases {

        @Test
        void nobodyAndInactiveAccountsSeeNothing() {
            CafCase c = caseWith(f.carol, Involvement.LEAD_PROFESSIONAL, f.zoe);
            f.carol.deactivate();
            f.lena.deactivate();

            assertThat(CaseAccessPolicy.toCase(null, c)).isEqualTo(Access.NONE);
            assertThat(CaseAccessPolicy.toCase(f.carol, c)).isEqualTo(Access.NONE);
            assertThat(CaseAccessPolicy.toCase(f.lena, c)).isEqualTo(Access.NONE);
        }

        @Test
        void leavingTheTeamAroundTheChildEndsAccessThatCameFromIt() {
            Child shielded = f.shieldedChild();
            CafCase c = f.openCase(shielded, f.aisha);
            TeamMember ben = f.entity(c.addTeamMember(f.ben, null, "Mentor", null, null, f.aisha, f.tick()));
            TeamMember carol = f.entity(c.addTeamMember(f.carol, null, "Nurse", null, null, f.aisha, f.tick()));

            c.removeTeamMember(ben.getId(), f.aisha, f.tick());
            c.removeTeamMember(carol.getId(), f.aisha, f.tick());

            assertThat(CaseAccessPolicy.toCase(f.ben, c)).isEqualTo(Access.RESTRICTED);
            assertThat(CaseAccessPolicy.toCase(f.carol, c)).isEqualTo(Access.NONE);
        }

        @Test
        void aTeamLeadWhoIsAlsoAPractitionerSeesTheirTeamsShieldedCases() {
            Practitioner both = f.practitioner("both", "Bo Th", f.teamA, Role.PRACTITIONER, Role.TEAM_LEAD);

            assertThat(CaseAccessPolicy.toCase(both, f.openCase(f.shieldedChild(), f.aisha))).isEqualTo(Access.FULL);
        }

        @Test
        void onlyAPractitionerOrTeamLeadInATeamOpensACaseAndItBelongsToTheirTeam() {
            Practitioner floating = f.practitioner("float", "Flo Ating", null, Role.PRACTITIONER);

            AccessDenied admin = Refusals.refusal(AccessDenied.class, () -> f.openCase(f.zoe, f.admin));
            AccessDenied noTeam = Refusals.refusal(AccessDenied.class, () -> f.openCase(f.zoe, floating));
            CafCase opened = f.openCase(f.zoe, f.mark);

            assertThat(admin.code()).isEqualTo("NOT_A_PRACTITIONER");
            assertThat(noTeam.code()).isEqualTo("NOT_A_PRACTITIONER");
            assertThat(opened.getTeam()).isSameAs(f.teamB);
            assertThat(opened.getOpenedBy()).isSameAs(f.mark);
            assertThat(opened.getState()).isEqualTo(CaseState.PRE_ASSESSMENT);
            assertThat(opened.getChild()).isSameAs(f.zoe);
            assertThat(opened.getReference()).startsWith("CAF-2026-");
        }

        @Test
        void anAccountWithNoTeamSeesOnlyWhatItIsInvolvedIn() {
            Practitioner floating = f.practitioner("float", "Flo Ating", null, Role.PRACTITIONER);
            CafCase c = f.openCase();

            assertThat(CaseAccessPolicy.toCase(floating, c)).isEqualTo(Access.NONE);
            c.addTeamMember(floating, null, "Advisor", null, null, f.aisha, f.tick());
            assertThat(CaseAccessPolicy.toCase(floating, c)).isEqualTo(Access.FULL);
        }
    }

    @Nested
    class Children {

        @Test
        void anAdministratorOrAnInactiveAccountSeesNoChild() {
            Practitioner gone = f.practitioner("gone", "Gone Away", f.teamA, Role.PRACTITIONER);
            gone.deactivate();

            assertThat(CaseAccessPolicy.toChild(f.admin, f.zoe, List.of())).isEqualTo(Access.NONE);
            assertThat(CaseAccessPolicy.toChild(gone, f.zoe, List.of())).isEqualTo(Access.NONE);
            assertThat(CaseAccessPolicy.toChild(null, f.zoe, List.of())).isEqualTo(Access.NONE);
        }

        @Test
        void anyPractitionerSeesAnOrdinaryChildsIdentifyingDetails() {
            assertThat(CaseAccessPolicy.toChild(f.carol, f.zoe, List.of(f.openCase()))).isEqualTo(Access.FULL);
            assertThat(CaseAccessPolicy.toChild(f.mark, f.zoe, List.of())).isEqualTo(Access.FULL);
        }

        @Test
        void aShieldedChildIsRestrictedForPeopleWithoutFullAccessToOneOfTheirCases() {
            Child shielded = f.shieldedChild();
            CafCase c = f.openCase(shielded, f.aisha);

            assertThat(CaseAccessPolicy.toChild(f.ben, shielded, List.of(c))).isEqualTo(Access.RESTRICTED);
            assertThat(CaseAccessPolicy.toChild(f.carol, shielded, List.of(c))).isEqualTo(Access.RESTRICTED);
            assertThat(CaseAccessPolicy.toChild(f.mark, shielded, List.of())).isEqualTo(Access.RESTRICTED);
        }

        @Test
        void fullAccessToOneOfTheCasesGivesFullAccessToTheShieldedChild() {
            Child shielded = f.shieldedChild();
            CafCase unrelated = f.openCase(shielded, f.aisha);
            CafCase involving = f.openCase(shielded, f.aisha);
            involving.addTeamMember(f.carol, null, "Nurse", null, null, f.aisha, f.tick());

            assertThat(CaseAccessPolicy.toChild(f.carol, shielded, List.of(unrelated, involving))).isEqualTo(Access.FULL);
            assertThat(CaseAccessPolicy.toChild(f.lena, shielded, List.of(unrelated))).isEqualTo(Access.FULL);
            assertThat(CaseAccessPolicy.toChild(f.mark, shielded, List.of(unrelated, involving)))
                    .isEqualTo(Access.RESTRICTED);
        }

        @Test
        void whoeverRegisteredAShieldedChildSeesThemInFull() {
            Child shielded = f.shieldedChild();

            assertThat(shielded.getRegisteredBy()).isEqualTo(f.aisha.getUsername());
            assertThat(CaseAccessPolicy.toChild(f.aisha, shielded, List.of())).isEqualTo(Access.FULL);
        }
    }
}
