package org.ecaf.forms.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswersMergeTest {

    private static final Answers BASE = Answers.empty()
            .with("child_given_names", "Amelia")
            .with("housing", "Rented flat")
            .with("housing_rating", "no_issue")
            .withRows("household", List.of(Answers.empty().with("name", "Finn").with("relationship", "brother")));

    @Test
    void nothingChangedGivesTheBase() {
        AnswersMerge.Result result = AnswersMerge.merge(BASE, BASE, BASE);
        assertThat(result.hasConflicts()).isFalse();
        assertThat(result.merged()).isEqualTo(BASE);
        assertThat(result.takingTheirs()).isEqualTo(BASE);
    }

    @Test
    void keysOnlyOneSideChangedMergeAutomatically() {
        Answers mine = BASE.with("housing", "Rented flat, damp in winter").with("child_views", "Likes school");
        Answers theirs = BASE.with("housing_rating", "need").without("child_given_names");
        AnswersMerge.Result result = AnswersMerge.merge(BASE, mine, theirs);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged()).isEqualTo(BASE
                .with("housing", "Rented flat, damp in winter")
                .with("child_views", "Likes school")
                .with("housing_rating", "need")
                .without("child_given_names"));
    }

    @Test
    void bothChangingAKeyTheSameWayIsNoConflict() {
        Answers both = BASE.with("housing_rating", "need");
        AnswersMerge.Result result = AnswersMerge.merge(BASE, both, both.with("parent_views", "Worried"));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged()).isEqualTo(both.with("parent_views", "Worried"));
    }

    @Test
    void bothChangingAKeyDifferentlyIsAConflictResolvedEitherWay() {
        Answers mine = BASE.with("housing", "Mine").with("child_views", "Mine only");
        Answers theirs = BASE.with("housing", "Theirs").with("housing_rating", "need");
        AnswersMerge.Result result = AnswersMerge.merge(BASE, mine, theirs);
        assertThat(result.conflicts()).containsExactly("housing");
        assertThat(result.keepingMine()).isEqualTo(BASE.with("housing", "Mine").with("child_views", "Mine only")
                .with("housing_rating", "need"));
        assertThat(result.takingTheirs()).isEqualTo(BASE.with("housing", "Theirs").with("child_views", "Mine only")
                .with("housing_rating", "need"));
        assertThatThrownBy(result::merged).isInstanceOf(IllegalStateException.class).hasMessageContaining("housing");
    }

    @Test
    void aRemovalAgainstAChangeIsAConflict() {
        Answers mine = BASE.without("housing");
        Answers theirs = BASE.with("housing", "Moved to a house");
        AnswersMerge.Result result = AnswersMerge.merge(BASE, mine, theirs);
        assertThat(result.conflicts()).containsExactly("housing");
        assertThat(result.keepingMine().get("housing")).isEmpty();
        assertThat(result.takingTheirs().text("housing")).contains("Moved to a house");
    }

    @Test
    void bothAddingTheSameNewKeyDifferentlyIsAConflict() {
        AnswersMerge.Result result = AnswersMerge.merge(BASE, BASE.with("parent_views", "A"), BASE.with("parent_views", "B"));
        assertThat(result.conflicts()).containsExactly("parent_views");
    }

    @Test
    void aGroupIsOneValueEvenWhenDifferentRowsChanged() {
        Answers mine = BASE.withRows("household", List.of(Answers.empty().with("name", "Finnian").with("relationship", "brother")));
        Answers theirs = BASE.withRows("household", List.of(Answers.empty().with("name", "Finn").with("relationship", "brother"),
                Answers.empty().with("name", "Nan").with("relationship", "grandmother")));
        AnswersMerge.Result result = AnswersMerge.merge(BASE, mine, theirs);
        assertThat(result.conflicts()).containsExactly("household");
        assertThat(result.keepingMine().rows("household")).hasSize(1);
        assertThat(result.takingTheirs().rows("household")).hasSize(2);
    }

    @Test
    void aMultiChoiceAnswerIsOneValue() {
        Answers base = Answers.empty().withChoices("special_requirements", List.of("interpreter"));
        AnswersMerge.Result result = AnswersMerge.merge(base,
                base.withChoices("special_requirements", List.of("interpreter", "signing")),
                base.withChoices("special_requirements", List.of("physical_access")));
        assertThat(result.conflicts()).containsExactly("special_requirements");
    }

    @Test
    void theArchiveIsMergedAsOneValue() {
        Answers archived = BASE.withArchive(Json.createObjectBuilder()
                .add("v1", Json.createObjectBuilder().add("child_telephone", "07700 900123")).build());
        AnswersMerge.Result result = AnswersMerge.merge(BASE, BASE.with("housing", "Mine"), archived);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged().archive()).isEqualTo(archived.archive());
        assertThat(result.merged().text("housing")).contains("Mine");
    }

    @Test
    void numbersAreComparedInTheirNormalisedForm() {
        Answers base = Answers.empty().with("count", new BigDecimal("1.50"));
        AnswersMerge.Result result = AnswersMerge.merge(base, Answers.empty().with("count", new BigDecimal("1.5")),
                base.with("note", "x"));
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.merged()).isEqualTo(base.with("note", "x"));
    }

    @Test
    void conflictsAreListedInSortedKeyOrder() {
        Answers mine = BASE.with("zeta", "1").with("alpha", "1").with("housing", "1");
        Answers theirs = BASE.with("zeta", "2").with("alpha", "2").with("housing", "2");
        assertThat(AnswersMerge.merge(BASE, mine, theirs).conflicts()).containsExactly("alpha", "housing", "zeta");
    }

    @Test
    void mergingFromEmptyAnswers() {
        AnswersMerge.Result result = AnswersMerge.merge(Answers.empty(), Answers.empty().with("a", "mine"),
                Answers.empty().with("b", "theirs"));
        assertThat(result.merged()).isEqualTo(Answers.empty().with("a", "mine").with("b", "theirs"));
    }
}
