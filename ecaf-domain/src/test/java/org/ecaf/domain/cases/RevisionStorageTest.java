package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.ecaf.forms.answers.Answers;
import org.junit.jupiter.api.Test;

/**
 * A revision stores what changed since the one before, except every {@value AssessmentRevision#KEYFRAME_EVERY}th,
 * which stores the whole answer set; every revision's whole answer set is still there, hash-chained, and a save's
 * size does not grow with the number of revisions before it.
 */
class RevisionStorageTest {

    private final CaseFixture f = new CaseFixture();
    private final CafCase c = f.consentedCase();

    /** Answers as typed over time: a long text grows, with a few other fields. */
    private static Answers typedSoFar(int step) {
        Answers answers = Answers.empty().with("child_given_names", "Zoë").with("child_family_name", "Nguyễn")
                .with("child_views", "She likes school and her friends; she worries about her mum. ".repeat(20));
        return answers.with("general_health", "Note " + step + ": " + "asthma is managed with an inhaler. ".repeat(5));
    }

    @Test
    void everyRevisionIsRebuiltExactlyAndTheChainHolds() {
        List<Answers> saved = new ArrayList<>();
        for (int step = 1; step <= 70; step++) {
            Answers answers = typedSoFar(step);
            f.save(c, answers, f.aisha);
            saved.add(answers);
        }
        Assessment assessment = c.currentAssessment().orElseThrow();
        List<AssessmentRevision> revisions = assessment.getRevisions();
        assertThat(revisions).hasSize(70);
        String previousHash = AssessmentRevision.GENESIS;
        for (AssessmentRevision r : revisions) {
            boolean key = r.getNumber() % AssessmentRevision.KEYFRAME_EVERY == 1;
            assertThat(r.isKeyRevision()).as("revision %d is a key revision", r.getNumber()).isEqualTo(key);
            assertThat(r.answers()).isEqualTo(saved.get(r.getNumber() - 1));
            assertThat(r.getPreviousHash()).isEqualTo(previousHash);
            assertThat(r.computeHash()).isEqualTo(r.getHash());
            previousHash = r.getHash();
        }
        assertThat(assessment.latestNumber()).isEqualTo(70);
        assertThat(assessment.latest().orElseThrow().answers()).isEqualTo(saved.get(69));
        assertThat(assessment.authors()).containsExactly("akhan");
    }

    @Test
    void aPatchIsSmallAndItsSizeDoesNotGrowWithHistory() {
        for (int step = 1; step <= 200; step++) {
            f.save(c, typedSoFar(step), f.aisha);
        }
        List<AssessmentRevision> revisions = c.currentAssessment().orElseThrow().getRevisions();
        int whole = revisions.get(0).storedSize();
        int at10 = revisions.get(9).storedSize();
        int at190 = revisions.get(189).storedSize();
        assertThat(at10).isLessThan(whole / 4);
        assertThat(at190).isEqualTo(at10 + 1); // "Note 190" has one digit more than "Note 10"
    }

    @Test
    void aChangedPatchShowsInItsHash() throws ReflectiveOperationException {
        f.save(c, typedSoFar(1), f.aisha);
        AssessmentRevision second = f.save(c, typedSoFar(2), f.aisha);
        assertThat(second.isKeyRevision()).isFalse();
        Field patch = AssessmentRevision.class.getDeclaredField("answersPatch");
        patch.setAccessible(true);
        patch.set(second, "{\"child_given_names\":\"Someone else\"}");
        Field resolved = AssessmentRevision.class.getDeclaredField("resolved");
        resolved.setAccessible(true);
        resolved.set(second, null);

        assertThat(second.computeHash()).isNotEqualTo(second.getHash());
        assertThat(second.answers().text("child_given_names")).contains("Someone else");
    }
}
