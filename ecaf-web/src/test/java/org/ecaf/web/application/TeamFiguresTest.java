package org.ecaf.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.web.application.InMemory.setId;
import static org.ecaf.web.application.InMemory.step;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.cases.ActionDetails;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.cases.WithoutConsentDecision;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.child.ChildDetails;
import org.ecaf.domain.organisation.Agency;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.organisation.Team;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.web.application.view.TeamDashboard;
import org.junit.jupiter.api.Test;

/** The dashboard's figures, from cases built in memory through the domain's own steps, on chosen days. */
class TeamFiguresTest {

    private static final FormRegistry FORMS = FormRegistry.builtIn();
    private static final FormDefinition CAF = FORMS.latest("caf");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final Agency council = new Agency("NBC", "Northbridge Council", "LOCAL_AUTHORITY");
    private final Team team = new Team("T-A", "Early Help Team North", council);
    private final Practitioner aisha = new Practitioner("p1", "Aisha Khan", council, team, Set.of(Role.PRACTITIONER));
    private final Practitioner tom = new Practitioner("p2", "Tom Evans", council, team, Set.of(Role.PRACTITIONER));
    private final Practitioner grace = new Practitioner("tl1", "Grace Okafor", council, team, Set.of(Role.TEAM_LEAD));
    private final Practitioner admin = new Practitioner("admin", "Alex Morgan", council, team, Set.of(Role.ADMIN));
    private final Practitioner nurse = new Practitioner("p3", "Siobhán Murphy", council,
            new Team("T-B", "School Nursing Team", council), Set.of(Role.PRACTITIONER));
    private int references;

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleValues() {
        assertThat(TeamFigures.median(List.of())).isNull();
        assertThat(TeamFigures.median(List.of(7L))).isEqualTo(7.0);
        assertThat(TeamFigures.median(List.of(9L, 1L, 4L))).isEqualTo(4.0);
        assertThat(TeamFigures.median(List.of(10L, 2L, 3L, 4L))).isEqualTo(3.5);
        assertThat(TeamFigures.median(List.of(0L, 0L))).isEqualTo(0.0);
    }

    @Test
    void daysToApprovalCountFromTheDayTheAssessmentStartedAndOnlyTheLast90DaysCount() {
        CafCase quick = submitted(aisha, TODAY.minusDays(10), TODAY.minusDays(8));
        quick.approve(null, step(grace, at(TODAY.minusDays(6))));
        CafCase slow = submitted(tom, TODAY.minusDays(40), TODAY.minusDays(30));
        slow.approve("Good", step(grace, at(TODAY.minusDays(20))));
        CafCase middle = submitted(tom, TODAY.minusDays(9), TODAY.minusDays(5));
        middle.approve(null, step(grace, at(TODAY.minusDays(2))));
        CafCase old = submitted(aisha, TODAY.minusDays(200), TODAY.minusDays(150));
        old.approve(null, step(grace, at(TODAY.minusDays(91))));
        CafCase onTheEdge = submitted(aisha, TODAY.minusDays(100), TODAY.minusDays(95));
        onTheEdge.approve(null, step(grace, at(TODAY.minusDays(90))));
        CafCase waiting = submitted(aisha, TODAY.minusDays(3), TODAY.minusDays(1));

        TeamDashboard.ApprovalTimes times = TeamFigures.approvalTimes(
                List.of(quick, slow, middle, old, onTheEdge, waiting), TODAY, 90);

        assertThat(times.since()).isEqualTo(LocalDate.of(2026, 8, 23));
        assertThat(times.assessments()).extracting(TeamDashboard.ApprovalTime::reference)
                .containsExactly(middle.getReference(), quick.getReference(), slow.getReference(),
                        onTheEdge.getReference());
        assertThat(times.assessments()).extracting(TeamDashboard.ApprovalTime::days).containsExactly(7L, 4L, 20L, 10L);
        assertThat(times.assessments().get(0).approvedBy()).isEqualTo("Grace Okafor");
        assertThat(times.medianDays()).isEqualTo(8.5);
    }

    @Test
    void theApprovalQueueIsOldestFirstWithWholeDaysWaitingAndWhoSubmitted() {
        CafCase recent = submitted(aisha, TODAY.minusDays(4), TODAY);
        CafCase older = submitted(tom, TODAY.minusDays(12), TODAY.minusDays(9));
        CafCase approved = submitted(tom, TODAY.minusDays(12), TODAY.minusDays(9));
        approved.approve(null, step(grace, at(TODAY)));

        List<TeamDashboard.AwaitingApproval> queue = TeamFigures.awaitingApproval(List.of(recent, older, approved), TODAY);

        assertThat(queue).extracting(TeamDashboard.AwaitingApproval::reference)
                .containsExactly(older.getReference(), recent.getReference());
        assertThat(queue).extracting(TeamDashboard.AwaitingApproval::waitingDays).containsExactly(9L, 0L);
        assertThat(queue.get(0).submittedBy()).isEqualTo("Tom Evans");
        assertThat(queue.get(0).childName()).isEqualTo("Zoë Nguyen");
    }

    @Test
    void caseloadCountsOpenCasesOpenedWrittenOrLedAndListsOutsideLeadProfessionals() {
        CafCase aishasDraft = opened(aisha, TODAY.minusDays(5));
        CafCase aishasSubmitted = submitted(aisha, TODAY.minusDays(20), TODAY.minusDays(2));
        CafCase ledByTom = submitted(aisha, TODAY.minusDays(30), TODAY.minusDays(25));
        ledByTom.approve(null, step(grace, at(TODAY.minusDays(24))));
        ledByTom.setLeadProfessional(tom, step(grace, at(TODAY.minusDays(24))));
        CafCase ledByTheNurse = opened(tom, TODAY.minusDays(3));
        ledByTheNurse.setLeadProfessional(nurse, step(grace, at(TODAY.minusDays(3))));
        CafCase closed = opened(aisha, TODAY.minusDays(40));
        closed.close(FORMS.latest("closure"), Answers.empty().with("closure_reason", "needs_met"), step(grace,
                at(TODAY.minusDays(1)), TODAY.minusDays(1)));

        List<TeamDashboard.CaseloadRow> rows = TeamFigures.caseload(
                List.of(aishasDraft, aishasSubmitted, ledByTom, ledByTheNurse, closed), List.of(tom, aisha, grace, admin));

        assertThat(rows).extracting(TeamDashboard.CaseloadRow::name)
                .containsExactly("Aisha Khan", "Grace Okafor", "Siobhán Murphy", "Tom Evans");
        assertThat(row(rows, "Aisha Khan")).isEqualTo(new int[] {3, 0, 1});
        assertThat(row(rows, "Tom Evans")).isEqualTo(new int[] {2, 1, 0});
        assertThat(row(rows, "Siobhán Murphy")).isEqualTo(new int[] {1, 1, 0});
        assertThat(row(rows, "Grace Okafor")).isEqualTo(new int[] {0, 0, 0});
    }

    @Test
    void overdueReviewsAndActionsArePastTheirDateAndNotDone() {
        CafCase active = submitted(aisha, TODAY.minusDays(60), TODAY.minusDays(55));
        active.approve(null, step(grace, at(TODAY.minusDays(50))));
        active.setLeadProfessional(aisha, step(grace, at(TODAY.minusDays(50))));
        active.setReviewDate(TODAY.minusDays(3), step(grace, at(TODAY.minusDays(50)), TODAY.minusDays(50)));
        active.activatePlan(step(grace, at(TODAY.minusDays(50)), TODAY.minusDays(50)));
        active.addAction(new ActionDetails("Young carers' worker visits", "Aisha Khan", TODAY.minusDays(7), null),
                step(aisha, at(TODAY.minusDays(50))));
        active.addAction(new ActionDetails("Referral to the food bank", "Tom Evans", TODAY.minusDays(10), null),
                step(aisha, at(TODAY.minusDays(50))));
        active.addAction(new ActionDetails("Breakfast club", "School", TODAY, null), step(aisha,
                at(TODAY.minusDays(50))));
        CafCase dueToday = submitted(tom, TODAY.minusDays(60), TODAY.minusDays(55));
        dueToday.approve(null, step(grace, at(TODAY.minusDays(50))));
        dueToday.setLeadProfessional(tom, step(grace, at(TODAY.minusDays(50))));
        dueToday.setReviewDate(TODAY, step(grace, at(TODAY.minusDays(50)), TODAY.minusDays(50)));
        dueToday.activatePlan(step(grace, at(TODAY.minusDays(50)), TODAY.minusDays(50)));
        CafCase closed = opened(tom, TODAY.minusDays(40));
        closed.addAction(new ActionDetails("Never done", "Tom Evans", TODAY.minusDays(30), null), step(tom,
                at(TODAY.minusDays(40))));
        closed.close(FORMS.latest("closure"), Answers.empty().with("closure_reason", "needs_met"), step(grace,
                at(TODAY.minusDays(1)), TODAY.minusDays(1)));

        List<TeamDashboard.OverdueReview> reviews = TeamFigures.overdueReviews(List.of(active, dueToday, closed), TODAY);
        assertThat(reviews).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo(active.getReference());
            assertThat(r.daysOverdue()).isEqualTo(3);
            assertThat(r.leadProfessional()).isEqualTo("Aisha Khan");
        });

        List<TeamDashboard.OverdueAction> actions = TeamFigures.overdueActions(List.of(active, dueToday, closed), TODAY);
        assertThat(actions).extracting(TeamDashboard.OverdueAction::what)
                .containsExactly("Referral to the food bank", "Young carers' worker visits");
        assertThat(actions).extracting(TeamDashboard.OverdueAction::daysOverdue).containsExactly(10L, 7L);
    }

    @Test
    void aDoneOrDroppedActionIsNotOverdue() {
        CafCase c = opened(aisha, TODAY.minusDays(20));
        var action = c.addAction(new ActionDetails("Referral", "Tom Evans", TODAY.minusDays(10), null), step(aisha,
                at(TODAY.minusDays(20))));
        setId(action, 1L);
        c.updateAction(1L, new ActionDetails("Referral", "Tom Evans", TODAY.minusDays(10), null),
                PlanAction.Status.DONE, step(aisha, at(TODAY.minusDays(1))));
        var dropped = c.addAction(new ActionDetails("Breakfast club", "School", TODAY.minusDays(9), null), step(aisha,
                at(TODAY.minusDays(20))));
        setId(dropped, 2L);
        c.updateAction(2L, new ActionDetails("Breakfast club", "School", TODAY.minusDays(9), null),
                PlanAction.Status.DROPPED, step(aisha, at(TODAY.minusDays(1))));
        assertThat(TeamFigures.overdueActions(List.of(c), TODAY)).isEmpty();
    }

    @Test
    void everyStageIsCountedInWorkflowOrder() {
        CafCase draft = opened(aisha, TODAY.minusDays(5));
        CafCase submitted = submitted(aisha, TODAY.minusDays(5), TODAY.minusDays(2));
        CafCase other = submitted(tom, TODAY.minusDays(5), TODAY.minusDays(2));
        TeamDashboard dashboard = TeamFigures.dashboard("Early Help Team North", List.of(draft, submitted, other),
                List.of(aisha, tom), TODAY, 90);
        assertThat(dashboard.casesByState()).extracting(TeamDashboard.StateCount::state).containsExactly(
                "PRE_ASSESSMENT", "ASSESSMENT_IN_PROGRESS", "SUBMITTED", "APPROVED", "PLAN_ACTIVE", "CLOSED");
        assertThat(dashboard.casesByState()).extracting(TeamDashboard.StateCount::count)
                .containsExactly(1, 0, 2, 0, 0, 0);
        assertThat(dashboard.openCases()).isEqualTo(3);
        assertThat(dashboard.approvalTimes().medianDays()).isNull();
    }

    @Test
    void theCaseListKeepsExactlyWhatTheDashboardCountsAsOverdue() {
        setId(aisha, 1L);
        setId(tom, 2L);
        CafCase active = submitted(aisha, TODAY.minusDays(60), TODAY.minusDays(55));
        active.approve(null, step(grace, at(TODAY.minusDays(50))));
        active.setLeadProfessional(aisha, step(grace, at(TODAY.minusDays(50))));
        active.setReviewDate(TODAY.minusDays(3), step(grace, at(TODAY.minusDays(50)), TODAY.minusDays(50)));
        active.activatePlan(step(grace, at(TODAY.minusDays(50)), TODAY.minusDays(50)));
        active.addAction(new ActionDetails("Food bank referral", "Tom Evans", TODAY.minusDays(10), null), step(aisha,
                at(TODAY.minusDays(50))));
        active.addAction(new ActionDetails("Breakfast club", "School", TODAY.plusDays(4), null), step(aisha,
                at(TODAY.minusDays(50))));
        CafCase staleDraft = opened(tom, TODAY.minusDays(20));
        staleDraft.recordWithoutConsentDecision(WithoutConsentDecision.Ground.SIGNIFICANT_HARM, "Test", true, Set.of(),
                step(grace, at(TODAY.minusDays(20))));
        staleDraft.saveAssessment(CAF, null, completeAnswers(TODAY.minusDays(20)), null, step(tom,
                at(TODAY.minusDays(20)), TODAY.minusDays(20)));
        CafCase fresh = opened(aisha, TODAY.minusDays(1));
        fresh.addAction(new ActionDetails("Home visit", "Aisha Khan", TODAY.plusDays(2), null), step(aisha,
                at(TODAY.minusDays(1))));
        List<CafCase> all = List.of(active, staleDraft, fresh);

        assertThat(refs(all, TeamCases.Due.OVERDUE)).containsExactlyInAnyOrder(active.getReference(),
                staleDraft.getReference());
        assertThat(refs(all, TeamCases.Due.ACTIONS)).containsExactly(active.getReference());
        assertThat(refs(all, TeamCases.Due.REVIEW)).containsExactly(active.getReference());
        assertThat(refs(all, TeamCases.Due.DRAFT)).containsExactly(staleDraft.getReference());
        assertThat(refs(all, null)).hasSize(3);
        assertThat(refs(all, TeamCases.Due.ACTIONS)).hasSize(TeamFigures.overdueActions(all, TODAY).size());
        assertThat(refs(all, TeamCases.Due.REVIEW)).hasSize(TeamFigures.overdueReviews(all, TODAY).size());
        assertThat(TeamFigures.dashboard("T", all, List.of(aisha, tom), TODAY, 90).staleDrafts()).isEqualTo(1);

        assertThat(TeamCases.overdue(active, TODAY)).containsExactly("1 action overdue", "Review overdue");
        assertThat(TeamCases.overdue(staleDraft, TODAY)).containsExactly("Draft untouched for 20 days");
        assertThat(TeamCases.overdue(fresh, TODAY)).isEmpty();
        assertThat(TeamCases.nextDue(active)).contains(TODAY.minusDays(10));
        assertThat(TeamCases.nextDue(fresh)).contains(TODAY.plusDays(2));
        assertThat(TeamCases.nextDue(staleDraft)).isEmpty();
        assertThat(TeamCases.rows(all, c -> org.ecaf.domain.access.Access.FULL, null, TeamCases.Sort.DUE, TODAY))
                .extracting(r -> r.reference()).as("overdue first, then by the next date due")
                .containsExactly(active.getReference(), staleDraft.getReference(), fresh.getReference());
    }

    @Test
    void theCaseloadCountsTheCasesAllocatedToEachPractitioner() {
        CafCase reassigned = opened(aisha, TODAY.minusDays(5));
        reassigned.allocateTo(tom, "Aisha is on leave", step(grace, at(TODAY.minusDays(1))));
        CafCase kept = opened(aisha, TODAY.minusDays(4));

        List<TeamDashboard.CaseloadRow> rows = TeamFigures.caseload(List.of(reassigned, kept), List.of(aisha, tom));

        assertThat(rows).filteredOn(r -> r.name().equals("Tom Evans")).singleElement()
                .satisfies(r -> assertThat(new int[] {r.openCases(), r.allocated()}).isEqualTo(new int[] {1, 1}));
        assertThat(rows).filteredOn(r -> r.name().equals("Aisha Khan")).singleElement()
                .satisfies(r -> assertThat(new int[] {r.openCases(), r.allocated()}).isEqualTo(new int[] {2, 1}));
    }

    private static List<String> refs(List<CafCase> cases, TeamCases.Due due) {
        return cases.stream().filter(c -> TeamCases.matches(c, due, TODAY)).map(CafCase::getReference).toList();
    }

    // ---------------------------------------------------------------- building cases in memory

    private CafCase opened(Practitioner by, LocalDate on) {
        ChildDetails details = ChildDetails.of("Zoë", "Nguyen", List.of(), LocalDate.of(2015, 3, 4), null, "female",
                "12 Mill Lane", "NB1 1AA", null, null, "English", false, on);
        Child child = new Child(details, by.getUsername(), at(on));
        return CafCase.open(String.format("CAF-2026-%06d", ++references), child, by, at(on));
    }

    /** A case opened and assessed by {@code by} from {@code started}, the child seen, submitted on {@code submitted}. */
    private CafCase submitted(Practitioner by, LocalDate started, LocalDate submitted) {
        CafCase c = opened(by, started);
        c.recordWithoutConsentDecision(WithoutConsentDecision.Ground.SIGNIFICANT_HARM, "Test", true, Set.of(),
                step(grace, at(started)));
        c.saveAssessment(CAF, null, completeAnswers(started), null, step(by, at(started), started));
        c.recordChildSeen(LocalDateTime.of(started, LocalTime.NOON), true, "School", null, step(by, at(started),
                LocalDateTime.of(started, LocalTime.NOON).plusHours(1)));
        c.submit(CAF, step(by, at(submitted), submitted));
        return c;
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atZone(TeamFigures.LONDON).toOffsetDateTime();
    }

    private static int[] row(List<TeamDashboard.CaseloadRow> rows, String name) {
        TeamDashboard.CaseloadRow r = rows.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return new int[] {r.openCases(), r.leadProfessional(), r.awaitingApproval()};
    }

    /** The demo's complete answers, with the assessment's own dates moved to the day it started. */
    private static Answers completeAnswers(LocalDate started) {
        try (InputStream in = TeamFiguresTest.class.getClassLoader().getResourceAsStream("demo/caf-v2-complete.json");
             JsonReader reader = Json.createReader(in)) {
            JsonObject answers = reader.readObject();
            String day = started.toString();
            return Answers.fromJson(answers).with("assessment_started", day).with("assessment_completed", day)
                    .with("consent_parent_date", day).with("consent_young_person_date", day);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
