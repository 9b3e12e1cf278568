package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;

import java.util.List;
import java.util.Set;
import org.ecaf.domain.access.AccessGrant;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.disclosure.DisclosureDecision;
import org.ecaf.domain.disclosure.DisclosurePolicy;
import org.ecaf.domain.disclosure.Recipient;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules behind access that follows relationships: join and transfer requests decided by the holding team's lead,
 * access grants, and consent withdrawal that stops recording and sharing.
 */
class AccessWorkflowsTest {

    private final CaseFixture f = new CaseFixture();

    @Nested
    class JoinAndTransferRequests {

        @Test
        void aJoinRequestAcceptedByTheHoldingTeamsLeadAddsTheRequesterToTheTeamAroundTheChild() {
            CafCase c = f.consentedCase();
            CaseRequest join = f.entity(CaseRequest.ask(c, CaseRequest.Kind.JOIN, f.carol, "School nurse, weekly",
                    "School nurse", List.of(), f.tick()));

            AccessDenied notTheLead = refusal(AccessDenied.class, () -> join.accept(f.mark, null, f.tick()));
            join.accept(f.lena, "Welcome", f.tick());

            assertThat(notTheLead.code()).isEqualTo(RefusalCode.NOT_TEAM_LEAD);
            assertThat(join.getStatus()).isEqualTo(CaseRequest.Status.ACCEPTED);
            assertThat(c.isTeamAroundTheChildMember(f.carol)).isTrue();
            assertThat(c.getEvents()).extracting(CaseEvent::getKind).contains("JOIN_REQUESTED", "TAC_ADDED");
            assertThat(codes(refusal(RulesViolated.class, () -> join.decline(f.lena, "No", f.tick()))))
                    .containsExactly(RefusalCode.REQUEST_DECIDED);
        }

        @Test
        void aRequestNeedsAReasonAJoinARoleAndOnlyOneIsPendingAtATime() {
            CafCase c = f.consentedCase();

            InvalidInput empty = refusal(InvalidInput.class, () -> CaseRequest.ask(c, CaseRequest.Kind.JOIN, f.carol,
                    " ", null, List.of(), f.tick()));
            CaseRequest first = CaseRequest.ask(c, CaseRequest.Kind.TRANSFER, f.carol, "Moved", null, List.of(),
                    f.tick());
            RulesViolated again = refusal(RulesViolated.class, () -> CaseRequest.ask(c, CaseRequest.Kind.TRANSFER,
                    f.carol, "Moved", null, List.of(first), f.tick()));
            RulesViolated ownTeam = refusal(RulesViolated.class, () -> CaseRequest.ask(c, CaseRequest.Kind.TRANSFER,
                    f.ben, "Mine", null, List.of(), f.tick()));

            assertThat(codes(empty)).containsExactlyInAnyOrder(RefusalCode.REASON_REQUIRED, RefusalCode.REQUIRED);
            assertThat(codes(again)).containsExactly(RefusalCode.REQUEST_PENDING);
            assertThat(codes(ownTeam)).containsExactly(RefusalCode.SAME_TEAM);
        }

        @Test
        void aDeclineNeedsACommentAndOnlyTheRequesterWithdraws() {
            CafCase c = f.consentedCase();
            CaseRequest request = CaseRequest.ask(c, CaseRequest.Kind.JOIN, f.carol, "Nurse", "Nurse", List.of(),
                    f.tick());

            refusal(InvalidInput.class, () -> request.decline(f.lena, " ", f.tick()));
            assertThat(refusal(AccessDenied.class, () -> request.withdraw(f.mark, f.tick())).code())
                    .isEqualTo(RefusalCode.NOT_YOUR_REQUEST);
            request.withdraw(f.carol, f.tick());

            assertThat(request.getStatus()).isEqualTo(CaseRequest.Status.WITHDRAWN);
        }

        @Test
        void anAcceptedTransferMovesTheCaseAndTheFormerTeamLeavesTheTeamAroundTheChild() {
            CafCase c = f.consentedCase();
            c.addTeamMember(new MemberDetails(f.ben, null, "Mentor", null, null), f.step(f.lena));
            c.setLeadProfessional(f.aisha, f.step(f.lena));
            CaseRequest transfer = CaseRequest.ask(c, CaseRequest.Kind.TRANSFER, f.mark, "Family moved", null,
                    List.of(), f.tick());

            transfer.accept(f.lena, "Agreed", f.tick());

            assertThat(c.getTeam()).isSameAs(f.teamB);
            assertThat(c.formerTeams()).containsExactly(f.teamA);
            assertThat(c.isTeamAroundTheChildMember(f.ben)).isFalse();
            assertThat(c.getLeadProfessional()).isNull();
            assertThat(c.getTransfers()).singleElement().satisfies(t -> {
                assertThat(t.getRequestedBy()).isEqualTo("Mark Brown");
                assertThat(t.getDecidedBy()).isSameAs(f.lena);
            });
            assertThat(refusal(AccessDenied.class, () -> c.transferTo(f.teamA, "x", "y", f.step(f.lena))).code())
                    .as("the former team's lead decides nothing any more").isEqualTo(RefusalCode.NOT_TEAM_LEAD);
        }
    }

    @Nested
    class AccessGrants {

        @Test
        void aGrantNeedsAReasonLastsEightHoursAndIsNeverForAShieldedChild() {
            refusal(InvalidInput.class, () -> AccessGrant.record(f.zoe, f.carol, "short", CaseFixture.NOW));
            AccessGrant grant = AccessGrant.record(f.zoe, f.carol, "Strategy meeting this afternoon", CaseFixture.NOW);
            Child shielded = f.shieldedChild();

            assertThat(grant.activeAt(CaseFixture.NOW.plusHours(7))).isTrue();
            assertThat(grant.activeAt(CaseFixture.NOW.plusHours(8))).isFalse();
            assertThat(codes(refusal(RulesViolated.class, () -> AccessGrant.record(shielded, f.carol,
                    "Strategy meeting this afternoon", CaseFixture.NOW)))).containsExactly(RefusalCode.ACCESS_GRANT_NOT_POSSIBLE);
        }
    }

    @Nested
    class ConsentWithdrawn {

        private CafCase sharedWithTheHealthTrust() {
            CafCase c = f.inProgressCase();
            f.entity(c.recordConsent(ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY, false,
                    true, Set.of(f.health), Set.of(), CaseFixture.EVIDENCE, false, TODAY), f.step(f.aisha)));
            f.seeChild(c);
            c.submit(f.caf, f.step(f.aisha));
            return c;
        }

        @Test
        void withdrawingConsentToRecordEndsTheSamePersonsOtherConsents() {
            CafCase c = sharedWithTheHealthTrust();
            Consent toRecord = c.getConsents().get(0);
            Consent toShare = c.getConsents().get(1);

            c.withdrawConsent(toRecord.getId(), TODAY, "Mother withdrew", f.step(f.aisha));

            assertThat(toShare.isWithdrawn()).isTrue();
            assertThat(toShare.inForceOn(TODAY)).isFalse();
            assertThat(c.consentWithdrawn(TODAY)).isTrue();
        }

        @Test
        void afterAWithdrawalNothingIsRecordedAndNothingSharedUntilADecisionWithoutConsent() {
            CafCase c = sharedWithTheHealthTrust();
            c.withdrawConsent(c.getConsents().get(0).getId(), TODAY, null, f.step(f.aisha));

            assertThat(codes(refusal(RulesViolated.class, () -> c.setReviewDate(TODAY.plusWeeks(6),
                    f.step(f.aisha))))).contains(RefusalCode.CONSENT_WITHDRAWN);
            assertThat(codes(refusal(RulesViolated.class, () -> c.addAction(new ActionDetails("Visit", "Aisha",
                    TODAY.plusDays(3), null), f.step(f.aisha))))).contains(RefusalCode.CONSENT_WITHDRAWN);
            DisclosureDecision agency = DisclosurePolicy.decide(c, c.currentAssessment().orElseThrow(),
                    new Recipient.AgencyRecipient(f.health), TODAY);
            assertThat(agency.allowed()).isFalse();
            assertThat(agency.refusalCode()).isEqualTo(RefusalCode.CONSENT_WITHDRAWN);

            f.entity(c.recordWithoutConsentDecision(WithoutConsentDecision.Ground.SIGNIFICANT_HARM,
                    "Risk of significant harm", true, Set.of(f.health), f.step(f.lena)));

            assertThat(DisclosurePolicy.decide(c, c.currentAssessment().orElseThrow(),
                    new Recipient.AgencyRecipient(f.health), TODAY).allowed()).isTrue();
            c.setReviewDate(TODAY.plusWeeks(6), f.step(f.aisha));
            assertThat(c.getReviewDate()).isEqualTo(TODAY.plusWeeks(6));
        }

        @Test
        void anAgencyCopyOfAShieldedChildLeavesTheAddressOut() {
            CafCase c = f.openCase(f.shieldedChild(), f.aisha);
            f.recordConsent(c);
            f.entity(c.recordConsent(ConsentDetails.of(c.getChild(), Consent.GivenBy.YOUNG_PERSON, null, TODAY, false,
                    true, Set.of(f.health), Set.of(), CaseFixture.EVIDENCE, true, TODAY), f.step(f.aisha)));
            f.save(c, CaseFixture.completeCaf(), f.aisha);
            f.seeChild(c);
            c.submit(f.caf, f.step(f.aisha));

            DisclosureDecision decision = DisclosurePolicy.decide(c, c.currentAssessment().orElseThrow(),
                    new Recipient.AgencyRecipient(f.health), TODAY);

            assertThat(decision.allowed()).isTrue();
            assertThat(decision.plan().childAddressShown()).isFalse();
        }
    }
}
