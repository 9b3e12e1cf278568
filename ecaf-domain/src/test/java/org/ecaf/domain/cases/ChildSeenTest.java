package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.domain.cases.CaseFixture.NOW_LOCAL;
import static org.ecaf.domain.cases.CaseFixture.TODAY;
import static org.ecaf.domain.cases.Refusals.codes;
import static org.ecaf.domain.cases.Refusals.refusal;
import static org.ecaf.domain.cases.Refusals.targets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.junit.jupiter.api.Test;

/** An assessment cannot be submitted until the child has been seen on or after the day it started. */
class ChildSeenTest {

    private final CaseFixture f = new CaseFixture();

    @Test
    void submittingACompleteAssessmentForAChildNobodyHasSeenIsRefused() {
        CafCase c = f.inProgressCase();
        CaseSnapshot before = CaseSnapshot.of(c);

        RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha)));

        assertThat(refused.code()).isEqualTo(RefusalCode.CHILD_NOT_SEEN);
        assertThat(codes(refused)).containsExactly(RefusalCode.CHILD_NOT_SEEN);
        assertThat(targets(refused)).containsExactly("childSeen");
        assertThat(refused.getMessage()).contains("21/11/2026");
        assertThat(c.getState()).isEqualTo(CaseState.ASSESSMENT_IN_PROGRESS);
        assertThat(c.currentAssessment().orElseThrow().getStatus()).isEqualTo(Assessment.Status.IN_PROGRESS);
        assertThat(c.getApprovals()).isEmpty();
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void seeingTheChildTheDayBeforeTheAssessmentStartedDoesNotCount() {
        CafCase c = f.consentedCase();
        c.recordChildSeen(NOW_LOCAL.minusDays(1), false, "School", null, f.step(f.aisha));
        f.save(c, CaseFixture.completeCaf(), f.aisha);

        assertThat(c.childSeenBlockers()).extracting(Violation::code).containsExactly(RefusalCode.CHILD_NOT_SEEN);
        RulesViolated refused = refusal(RulesViolated.class, () -> c.submit(f.caf, f.step(f.aisha)));
        assertThat(codes(refused)).containsExactly(RefusalCode.CHILD_NOT_SEEN);
    }

    @Test
    void seeingTheChildEarlyOnTheDayTheAssessmentStartedCounts() {
        CafCase c = f.consentedCase();
        f.save(c, CaseFixture.completeCaf(), f.aisha);
        c.recordChildSeen(TODAY.atStartOfDay(), false, "School", null, f.step(f.aisha));

        assertThat(c.childSeenBlockers()).isEmpty();
        c.submit(f.caf, f.step(f.aisha));
        assertThat(c.getState()).isEqualTo(CaseState.SUBMITTED);
    }

    @Test
    void seeingTheChildAfterTheAssessmentStartedCounts() {
        CafCase c = f.openCase();
        c.recordConsent(ConsentDetails.of(f.zoe, Consent.GivenBy.FAMILY_MEMBER, f.mother, TODAY.minusDays(3), true,
                false, Set.of(), Set.of(), CaseFixture.EVIDENCE, false, TODAY), f.step(f.aisha));
        c.saveAssessment(f.caf, null, CaseFixture.completeCaf(), null, f.step(f.aisha, TODAY.minusDays(3)));
        c.recordChildSeen(NOW_LOCAL.minusDays(1), true, "Home", null, f.step(f.aisha));

        assertThat(c.childSeenBlockers()).isEmpty();
    }

    @Test
    void beforeAnyAssessmentTheChildCountsAsNotSeen() {
        CafCase c = f.consentedCase();
        f.seeChild(c);

        assertThat(c.childSeenBlockers()).extracting(Violation::code).containsExactly(RefusalCode.CHILD_NOT_SEEN);
    }

    @Test
    void aChildSeenRecordKeepsWhenWhereAndByWhom() {
        CafCase c = f.consentedCase();

        ChildSeen seen = c.recordChildSeen(LocalDateTime.of(2026, 11, 20, 15, 30), true, "  Mill Lane Primary  ",
                "   ", f.step(f.ben));

        assertThat(c.getChildSeen()).containsExactly(seen);
        assertThat(seen.getSeenAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 15, 30));
        assertThat(seen.isSeenAlone()).isTrue();
        assertThat(seen.getLocation()).isEqualTo("Mill Lane Primary");
        assertThat(seen.getNotes()).isNull();
        assertThat(seen.getSeenBy()).isSameAs(f.ben);
        assertThat(c.getEvents()).extracting(CaseEvent::getSummary)
                .contains("Child seen alone at Mill Lane Primary on 20/11/2026 15:30 by Ben Jones");
    }

    @Test
    void theChildCannotHaveBeenSeenInTheFuture() {
        CafCase c = f.consentedCase();
        CaseSnapshot before = CaseSnapshot.of(c);

        InvalidInput refused = refusal(InvalidInput.class, () -> c.recordChildSeen(NOW_LOCAL.plusMinutes(1), true,
                "Home", null, f.step(f.aisha)));

        assertThat(codes(refused)).containsExactly(RefusalCode.DATE_IN_FUTURE);
        assertThat(targets(refused)).containsExactly("seenAt");
        assertThat(CaseSnapshot.of(c)).isEqualTo(before);
    }

    @Test
    void seenRightNowIsNotTheFuture() {
        CafCase c = f.consentedCase();

        c.recordChildSeen(NOW_LOCAL, true, "Home", null, f.step(f.aisha));

        assertThat(c.getChildSeen()).hasSize(1);
    }

    @Test
    void whereTheChildWasSeenIsRequired() {
        CafCase c = f.consentedCase();

        InvalidInput refused = refusal(InvalidInput.class, () -> c.recordChildSeen(NOW_LOCAL.minusHours(1), true, "  ",
                null, f.step(f.aisha)));

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("location");
        assertThat(c.getChildSeen()).isEmpty();
    }

    @Test
    void aFutureTimeAndAMissingLocationAreReportedTogether() {
        CafCase c = f.consentedCase();

        InvalidInput refused = refusal(InvalidInput.class, () -> c.recordChildSeen(NOW_LOCAL.plusDays(1), false, null,
                null, f.step(f.aisha)));

        assertThat(targets(refused)).containsExactly("seenAt", "location");
        assertThat(codes(refused)).containsExactly(RefusalCode.DATE_IN_FUTURE, RefusalCode.REQUIRED);
    }

    @Test
    void whenTheChildWasSeenIsRequired() {
        CafCase c = f.consentedCase();

        InvalidInput refused = refusal(InvalidInput.class, () -> c.recordChildSeen(null, false, "Home", null,
                f.step(f.aisha)));

        assertThat(codes(refused)).containsExactly(RefusalCode.REQUIRED);
        assertThat(targets(refused)).containsExactly("seenAt");
    }

    @Test
    void theChildCannotHaveBeenSeenBeforeTheyWereBorn() {
        CafCase c = f.consentedCase();

        InvalidInput refused = refusal(InvalidInput.class, () -> c.recordChildSeen(
                LocalDate.of(2015, 3, 3).atTime(12, 0), false, "Hospital", null, f.step(f.aisha)));

        assertThat(codes(refused)).containsExactly(RefusalCode.BEFORE_BIRTH);
    }
}
