package org.ecaf.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecaf.web.application.InMemory.setId;
import static org.ecaf.web.application.InMemory.step;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.cases.AssessmentRevision;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.StaleRevision;
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
import org.ecaf.web.application.AssessmentService.Resolution;
import org.ecaf.web.application.view.MergeOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people editing one assessment, on a case built in memory through the domain's own steps: Aisha and Tom both
 * start from revision 1; Tom saves revision 2 first, then Aisha saves what she typed.
 */
class ConflictMergingTest {

    private static final FormDefinition CAF = FormRegistry.builtIn().latest("caf");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-21T10:00:00Z");

    private final Agency council = new Agency("NBC", "Northbridge Council", "LOCAL_AUTHORITY");
    private final Team team = new Team("T-A", "Early Help Team North", council);
    private final Practitioner aisha = new Practitioner("p1", "Aisha Khan", council, team, Set.of(Role.PRACTITIONER));
    private final Practitioner tom = new Practitioner("p2", "Tom Evans", council, team, Set.of(Role.PRACTITIONER));
    private final Practitioner grace = new Practitioner("tl1", "Grace Okafor", council, team, Set.of(Role.TEAM_LEAD));
    private CafCase c;

    @BeforeEach
    void revisionOneThenTomsRevisionTwo() {
        ChildDetails details = ChildDetails.of("Zoë", "Nguyen", List.of(), LocalDate.of(2015, 3, 4), null, "female",
                "12 Mill Lane", "NB1 1AA", null, null, "English", false, TODAY);
        c = CafCase.open("CAF-2026-000001", new Child(details, aisha.getUsername(), AT), aisha, AT);
        setId(c, 7L);
        c.recordWithoutConsentDecision(WithoutConsentDecision.Ground.SIGNIFICANT_HARM, "Test", true, Set.of(),
                step(grace, AT));
        c.saveAssessment(CAF, null, answers("housing", "Rented flat"), null, step(aisha, AT, TODAY));
        as(tom).save(1, answers("housing", "Moved to a council house", "wider_family", "Grandparents nearby"), CAF.version());
    }

    @Test
    void aSaveOnAnotherFieldIsMergedAsOneRevision() {
        MergeOutcome outcome = as(aisha).save(1, answers("housing", "Rented flat", "employment_finances",
                "Mother works part time"), CAF.version());

        assertThat(outcome.kind()).isEqualTo(MergeOutcome.Kind.MERGED);
        assertThat(outcome.saved().revision()).isEqualTo(3);
        assertThat(outcome.saved().reason()).isEqualTo("Merged with Tom Evans's revision 2");
        assertThat(outcome.since()).extracting(MergeOutcome.SavedSince::authorName).containsExactly("Tom Evans");
        assertThat(outcome.since().get(0).changedFields()).containsExactly("housing", "wider_family");
        assertThat(latest().answers()).isEqualTo(answers("housing", "Moved to a council house", "wider_family",
                "Grandparents nearby", "employment_finances", "Mother works part time"));
    }

    @Test
    void aSaveTheirRevisionAlreadyHoldsSavesNothingMore() {
        MergeOutcome outcome = as(aisha).save(1, answers("housing", "Moved to a council house"), CAF.version());

        assertThat(outcome.kind()).isEqualTo(MergeOutcome.Kind.SAME_AS_THEIRS);
        assertThat(outcome.saved().revision()).isEqualTo(2);
        assertThat(revisionCount()).isEqualTo(2);
    }

    @Test
    void aConflictSavesNothingAndNamesTheAnswersBothChanged() {
        MergeOutcome outcome = as(aisha).save(1, answers("housing", "Rented flat, needs repairs",
                "social_community_resources", "Youth club on Fridays"), CAF.version());

        assertThat(outcome.kind()).isEqualTo(MergeOutcome.Kind.CONFLICT);
        assertThat(outcome.saved()).isNull();
        assertThat(outcome.latest().revision()).isEqualTo(2);
        assertThat(outcome.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.key()).isEqualTo("housing");
            assertThat(conflict.label()).isEqualTo(CAF.field("housing").orElseThrow().label());
            assertThat(conflict.base()).isEqualTo(Json.createValue("Rented flat"));
            assertThat(conflict.mine()).isEqualTo(Json.createValue("Rented flat, needs repairs"));
            assertThat(conflict.theirs()).isEqualTo(Json.createValue("Moved to a council house"));
        });
        assertThat(revisionCount()).isEqualTo(2);
    }

    @Test
    void aFormMovedOnInTheMeantimeSavesNothing() {
        MergeOutcome outcome = as(aisha).save(1, answers("housing", "Rented flat, needs repairs"), CAF.version() - 1);

        assertThat(outcome.kind()).isEqualTo(MergeOutcome.Kind.FORM_MOVED);
        assertThat(outcome.refusal()).startsWith("Your changes are based on revision 1");
        assertThat(revisionCount()).isEqualTo(2);
    }

    @Test
    void keepMineSavesOneRevisionWithMyAnswersOnTopOfTheirs() {
        MergeOutcome outcome = as(aisha).resolve(1, 2, answers("housing", "Rented flat, needs repairs",
                "social_community_resources", "Youth club on Fridays"), Resolution.KEEP_MINE);

        assertThat(outcome.kind()).isEqualTo(MergeOutcome.Kind.KEPT_MINE);
        assertThat(revisionCount()).isEqualTo(3);
        assertThat(latest().getReason()).isEqualTo("Aisha Khan's changes kept on top of Tom Evans's revision 2");
        assertThat(latest().answers()).isEqualTo(answers("housing", "Rented flat, needs repairs", "wider_family",
                "Grandparents nearby", "social_community_resources", "Youth club on Fridays"));
    }

    @Test
    void takeTheirsSavesExactlyTwoRevisionsMineThenTheirs() {
        MergeOutcome outcome = as(aisha).resolve(1, 2, answers("housing", "Rented flat, needs repairs",
                "social_community_resources", "Youth club on Fridays"), Resolution.TAKE_THEIRS);

        assertThat(outcome.kind()).isEqualTo(MergeOutcome.Kind.TOOK_THEIRS);
        assertThat(outcome.keptRevision()).isEqualTo(3);
        assertThat(outcome.saved().revision()).isEqualTo(4);
        assertThat(revisionCount()).isEqualTo(4);
        AssessmentRevision mine = c.currentAssessment().orElseThrow().revision(3).orElseThrow();
        assertThat(mine.getReason()).isEqualTo("Aisha Khan's changes, kept when taking Tom Evans's revision 2");
        assertThat(mine.answers().text("housing")).contains("Rented flat, needs repairs");
        assertThat(latest().getReason())
                .isEqualTo("Tom Evans's answers from revision 2 taken over Aisha Khan's (kept as revision 3)");
        assertThat(latest().answers()).isEqualTo(answers("housing", "Moved to a council house", "wider_family",
                "Grandparents nearby", "social_community_resources", "Youth club on Fridays"));
    }

    @Test
    void aResolutionAgainstARevisionSinceOvertakenIsRefusedAndSavesNothing() {
        as(tom).save(2, answers("housing", "Moved again", "wider_family", "Grandparents nearby"), CAF.version());

        for (Resolution resolution : Resolution.values()) {
            assertThatThrownBy(() -> as(aisha).resolve(1, 2, answers("housing", "Rented flat, needs repairs"),
                    resolution)).isInstanceOf(StaleRevision.class);
        }
        assertThat(revisionCount()).isEqualTo(3);
    }

    private ConflictMerging as(Practitioner by) {
        return new ConflictMerging(c, CAF, step(by, AT, TODAY));
    }

    private AssessmentRevision latest() {
        return c.currentAssessment().orElseThrow().latest().orElseThrow();
    }

    private int revisionCount() {
        return c.currentAssessment().orElseThrow().getRevisions().size();
    }

    private static Answers answers(String... keysAndValues) {
        Answers answers = Answers.empty();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers = answers.with(keysAndValues[i], Json.createValue(keysAndValues[i + 1]));
        }
        return answers;
    }
}
