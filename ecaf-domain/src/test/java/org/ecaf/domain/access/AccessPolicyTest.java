package org.ecaf.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.CaseFixture;
import org.ecaf.domain.cases.MemberDetails;
import org.ecaf.domain.cases.TeamMember;
import org.ecaf.domain.cases.TestIds;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one access policy: how people stand to a case of team A (role, team, involvement, shielding, transfers, access
 * grants), and the table that says what each relationship may read and change.
 */
class AccessPolicyTest {

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
            case LEAD_PROFESSIONAL -> c.setLeadProfessional(viewer, f.step(f.lena));
            case TAC_MEMBER -> c.addTeamMember(new MemberDetails(viewer, null, "Member", null, null), f.step(f.aisha));
            case AUTHOR -> c.saveAssessment(f.caf, null, Answers.empty(), null, f.step(viewer));
            default -> {
            }
        }
        assertThat(c.getTeam()).isSameAs(f.teamA);
        return c;
    }

    private static Access caseLevel(Practitioner who, CafCase c) {
        return AccessPolicy.caseAccess(AccessPolicy.toCase(who, c, false), c.getChild().isShielded());
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
            // someone who wrote in team A and then moved to team B keeps no access: the case stays with team A
            "practitioner_other_team, AUTHOR,            NONE, NONE",
            "practitioner_other_team, OPENED_THE_CASE,   NONE, NONE",
            "team_lead_of_team,       NOT_INVOLVED,      FULL, FULL",
            "team_lead_of_team,       LEAD_PROFESSIONAL, FULL, FULL",
            "team_lead_of_team,       TAC_MEMBER,        FULL, FULL",
            "team_lead_of_team,       AUTHOR,            FULL, FULL",
            "team_lead_of_team,       OPENED_THE_CASE,   FULL, FULL",
            "team_lead_other_team,    NOT_INVOLVED,      NONE, NONE",
            "team_lead_other_team,    LEAD_PROFESSIONAL, FULL, FULL",
            "team_lead_other_team,    TAC_MEMBER,        FULL, FULL",
            "team_lead_other_team,    AUTHOR,            NONE, NONE",
            "team_lead_other_team,    OPENED_THE_CASE,   NONE, NONE",
            "admin,                   NOT_INVOLVED,      NONE, NONE",
            "admin,                   TAC_MEMBER,        NONE, NONE",
            "admin,                   AUTHOR,            NONE, NONE"})
    void accessToACaseFollowsRoleTeamAndInvolvement(String who, Involvement involvement, Access ordinary,
                                                    Access shielded) {
        Practitioner viewer = viewer(who);

        CafCase ordinaryCase = caseWith(viewer, involvement, f.zoe);
        CafCase shieldedCase = caseWith(viewer, involvement, f.shieldedChild());

        assertThat(caseLevel(viewer, ordinaryCase)).as("ordinary child").isEqualTo(ordinary);
        assertThat(caseLevel(viewer, shieldedCase)).as("shielded child").isEqualTo(shielded);
    }

    @Nested
    class Relationships {

        @Test
        void nobodyAndInactiveAccountsHaveNone() {
            CafCase c = caseWith(f.carol, Involvement.LEAD_PROFESSIONAL, f.zoe);
            f.carol.deactivate();
            f.lena.deactivate();

            assertThat(AccessPolicy.toCase(null, c, false)).isEmpty();
            assertThat(AccessPolicy.toCase(f.carol, c, false)).isEmpty();
            assertThat(AccessPolicy.toCase(f.lena, c, false)).isEmpty();
        }

        @Test
        void anAdministratorIsOnlyAnAdministrator() {
            CafCase c = f.openCase();

            assertThat(AccessPolicy.toCase(f.admin, c, true)).containsExactly(Relation.ADMINISTRATOR);
            assertThat(AccessPolicy.toChild(f.admin, f.zoe, List.of(), true)).containsExactly(Relation.ADMINISTRATOR);
        }

        @Test
        void leavingTheTeamAroundTheChildEndsAccessThatCameFromIt() {
            Child shielded = f.shieldedChild();
            CafCase c = f.openCase(shielded, f.aisha);
            TeamMember ben = f.entity(c.addTeamMember(new MemberDetails(f.ben, null, "Mentor", null, null),
                    f.step(f.aisha)));
            TeamMember carol = f.entity(c.addTeamMember(new MemberDetails(f.carol, null, "Nurse", null, null),
                    f.step(f.aisha)));

            c.removeTeamMember(ben.getId(), f.step(f.aisha));
            c.removeTeamMember(carol.getId(), f.step(f.aisha));

            assertThat(caseLevel(f.ben, c)).isEqualTo(Access.RESTRICTED);
            assertThat(caseLevel(f.carol, c)).isEqualTo(Access.NONE);
        }

        @Test
        void aTeamLeadWhoIsAlsoAPractitionerSeesTheirTeamsShieldedCases() {
            Practitioner both = f.practitioner("both", "Bo Th", f.teamA, Role.PRACTITIONER, Role.TEAM_LEAD);

            assertThat(caseLevel(both, f.openCase(f.shieldedChild(), f.aisha))).isEqualTo(Access.FULL);
        }

        @Test
        void anAccountWithNoTeamSeesOnlyWhatItIsInvolvedIn() {
            Practitioner floating = f.practitioner("float", "Flo Ating", null, Role.PRACTITIONER);
            CafCase c = f.openCase();

            assertThat(caseLevel(floating, c)).isEqualTo(Access.NONE);
            c.addTeamMember(new MemberDetails(floating, null, "Advisor", null, null), f.step(f.aisha));
            assertThat(caseLevel(floating, c)).isEqualTo(Access.FULL);
        }

        @Test
        void afterATransferTheFormerTeamKeepsOnlyTheSummaryAndTheNewTeamHoldsTheCase() {
            CafCase c = f.openCase(f.zoe, f.aisha);
            f.recordConsent(c);
            c.saveAssessment(f.caf, null, Answers.empty(), null, f.step(f.aisha));
            c.setLeadProfessional(f.ben, f.step(f.lena));

            c.transferTo(f.teamB, f.carol.getDisplayName(), "Family moved to the south", f.step(f.lena));

            assertThat(AccessPolicy.toCase(f.aisha, c, false)).contains(Relation.FORMER_HOLDER)
                    .doesNotContain(Relation.INVOLVED);
            assertThat(caseLevel(f.aisha, c)).isEqualTo(Access.RESTRICTED);
            assertThat(caseLevel(f.lena, c)).isEqualTo(Access.RESTRICTED);
            assertThat(caseLevel(f.ben, c)).as("the lead professional of the former team").isEqualTo(Access.RESTRICTED);
            assertThat(c.getLeadProfessional()).isNull();
            assertThat(caseLevel(f.carol, c)).isEqualTo(Access.FULL);
            assertThat(AccessPolicy.toCase(f.mark, c, false)).contains(Relation.HOLDING_TEAM_LEAD);
            assertThat(AccessPolicy.childAccess(AccessPolicy.toChild(f.aisha, f.zoe, List.of(c), false), false))
                    .as("the former team sees only the child's summary").isEqualTo(Access.RESTRICTED);
        }

        @Test
        void accessWithoutInvolvementIsReadOnlyAndNeverForAShieldedChild() {
            CafCase ordinary = f.openCase(f.zoe, f.aisha);
            CafCase shielded = f.openCase(f.shieldedChild(), f.aisha);

            Set<Relation> granted = AccessPolicy.toCase(f.carol, ordinary, true);
            assertThat(granted).contains(Relation.ACCESS_GRANT);
            assertThat(AccessPolicy.permits(granted, false, RecordKind.CHILD_PARTICULARS, Operation.READ)).isTrue();
            assertThat(AccessPolicy.permits(granted, false, RecordKind.ASSESSMENT, Operation.READ)).isTrue();
            assertThat(AccessPolicy.permits(granted, false, RecordKind.CASE, Operation.WRITE)).isFalse();
            assertThat(AccessPolicy.permits(granted, false, RecordKind.FAMILY_MEMBERS, Operation.WRITE)).isFalse();
            assertThat(AccessPolicy.permits(granted, false, RecordKind.COPIES, Operation.WRITE)).isFalse();

            assertThat(AccessPolicy.toCase(f.carol, shielded, true)).doesNotContain(Relation.ACCESS_GRANT);
            assertThat(caseLevel(f.carol, shielded)).isEqualTo(Access.NONE);
        }

        @Test
        void aChildWithNoCaseIsHeldByTheTeamThatRegisteredThem() {
            Child shielded = f.shieldedChild();

            assertThat(shielded.getRegisteredTeam()).isSameAs(f.teamA);
            assertThat(AccessPolicy.toChild(f.aisha, shielded, List.of(), false)).containsExactly(Relation.INVOLVED);
            assertThat(AccessPolicy.toChild(f.lena, shielded, List.of(), false))
                    .containsExactly(Relation.HOLDING_TEAM_LEAD);
            assertThat(AccessPolicy.childAccess(AccessPolicy.toChild(f.ben, shielded, List.of(), false), true))
                    .isEqualTo(Access.RESTRICTED);
            assertThat(AccessPolicy.childAccess(AccessPolicy.toChild(f.carol, shielded, List.of(), false), true))
                    .as("another team: search only, nothing by id").isEqualTo(Access.NONE);
            assertThat(AccessPolicy.childAccess(AccessPolicy.toChild(f.carol, f.zoe, List.of(), false), false))
                    .isEqualTo(Access.NONE);
        }

        @Test
        void anOpenCaseHoldsTheChildEvenWhenAnEarlierCaseWasClosedElsewhere() {
            CafCase earlier = f.openCase(f.zoe, f.mark);
            earlier.close(f.closure, CaseFixture.completeClosure("needs_met"), f.step(f.mark));
            CafCase current = f.openCase(f.zoe, f.aisha);

            assertThat(AccessPolicy.holdingCases(List.of(earlier, current))).containsExactly(current);
            assertThat(AccessPolicy.toChild(f.carol, f.zoe, List.of(earlier, current), false))
                    .containsExactly(Relation.OTHER_TEAM);
            assertThat(caseLevel(f.carol, earlier)).as("their own, closed case").isEqualTo(Access.FULL);
        }
    }

    @Nested
    class TheTable {

        @ParameterizedTest
        @EnumSource(Relation.class)
        void whoeverMayChangeSomethingMayReadIt(Relation r) {
            for (boolean shielded : new boolean[] {false, true}) {
                for (RecordKind k : List.of(RecordKind.CHILD_PARTICULARS, RecordKind.FAMILY_MEMBERS, RecordKind.CASE,
                        RecordKind.ASSESSMENT)) {
                    if (AccessPolicy.allowed(r, shielded, k).contains(Operation.WRITE)) {
                        assertThat(AccessPolicy.allowed(r, shielded, k)).as(r + " " + k).contains(Operation.READ);
                    }
                }
                if (AccessPolicy.allowed(r, shielded, RecordKind.CASE).contains(Operation.READ)) {
                    assertThat(AccessPolicy.allowed(r, shielded, RecordKind.CASE_SUMMARY)).contains(Operation.READ);
                }
                if (AccessPolicy.allowed(r, shielded, RecordKind.CHILD_PARTICULARS).contains(Operation.READ)) {
                    assertThat(AccessPolicy.allowed(r, shielded, RecordKind.CHILD_SUMMARY)).contains(Operation.READ);
                }
            }
        }

        @ParameterizedTest
        @EnumSource(RecordKind.class)
        void shieldingNeverWidensAccess(RecordKind k) {
            for (Relation r : Relation.values()) {
                assertThat(AccessPolicy.allowed(r, false, k)).as(r + " " + k)
                        .containsAll(AccessPolicy.allowed(r, true, k));
            }
        }

        @Test
        void anAdministratorReadsTheAuditLogAndNothingElse() {
            for (RecordKind k : RecordKind.values()) {
                assertThat(AccessPolicy.allowed(Relation.ADMINISTRATOR, false, k))
                        .isEqualTo(k == RecordKind.AUDIT ? Set.of(Operation.READ) : Set.of());
            }
        }

        @Test
        void anotherTeamNeverReadsParticularsFamilyOrContent() {
            for (boolean shielded : new boolean[] {false, true}) {
                for (RecordKind k : List.of(RecordKind.CHILD_SUMMARY, RecordKind.CHILD_PARTICULARS,
                        RecordKind.FAMILY_MEMBERS, RecordKind.CASE_SUMMARY, RecordKind.CASE, RecordKind.ASSESSMENT,
                        RecordKind.DISCLOSURES)) {
                    assertThat(AccessPolicy.allowed(Relation.OTHER_TEAM, shielded, k)).as(k.name()).isEmpty();
                }
            }
            assertThat(AccessPolicy.allowed(Relation.OTHER_TEAM, true, RecordKind.NEW_CASE)).isEmpty();
            assertThat(AccessPolicy.allowed(Relation.OTHER_TEAM, true, RecordKind.ACCESS_GRANTS)).isEmpty();
        }

        @Test
        void onlyTheHoldingTeamsLeadMakesTeamLeadDecisions() {
            for (Relation r : Relation.values()) {
                assertThat(AccessPolicy.allowed(r, false, RecordKind.TEAM_LEAD_DECISIONS).contains(Operation.WRITE))
                        .as(r.name()).isEqualTo(r == Relation.HOLDING_TEAM_LEAD);
            }
        }

        @Test
        void docsSecurityMdPrintsExactlyThisTable() throws IOException {
            Path docs = Path.of("..", "docs", "security.md");
            String text = Files.readString(docs);

            assertThat(text).as("the ordinary table in docs/security.md").contains(AccessPolicy.markdown(false));
            assertThat(text).as("the shielded table in docs/security.md").contains(AccessPolicy.markdown(true));
        }
    }
}
