package org.ecaf.forms.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import org.ecaf.forms.CafFixtures;
import org.ecaf.forms.answers.AnswerChange.Kind;
import org.ecaf.forms.registry.FormRegistry;
import org.junit.jupiter.api.Test;

class AnswersDiffTest {

    private static final Answers FINN = Answers.empty().with("name", "Finn").with("dob", "2019-08-01");
    private static final Answers SIOBHAN = Answers.empty().with("name", "Siobhan");

    @Test
    void equalAnswersHaveNoChanges() {
        assertThat(AnswersDiff.between(CafFixtures.completeV1(), CafFixtures.completeV1())).isEmpty();
        assertThat(AnswersDiff.between(Answers.empty(), Answers.empty())).isEmpty();
    }

    @Test
    void addedChangedAndRemovedByKeyInSortedOrder() {
        Answers before = Answers.empty().with("b", "old").with("c", true).with("d", 1);
        Answers after = Answers.empty().with("a", "new").with("b", "changed").with("d", 1);
        assertThat(AnswersDiff.between(before, after)).containsExactly(
                new AnswerChange("a", Kind.ADDED, JsonValue.NULL, Json.createValue("new")),
                new AnswerChange("b", Kind.CHANGED, Json.createValue("old"), Json.createValue("changed")),
                new AnswerChange("c", Kind.REMOVED, JsonValue.TRUE, JsonValue.NULL));
    }

    @Test
    void groupRowsAreComparedByPosition() {
        Answers before = Answers.empty().withRows("household", List.of(FINN, SIOBHAN));
        Answers after = Answers.empty().withRows("household", List.of(FINN.with("name", "Finnian").without("dob"), SIOBHAN,
                Answers.empty().with("name", "Nan")));
        assertThat(AnswersDiff.between(before, after)).containsExactly(
                new AnswerChange("household[0].dob", Kind.REMOVED, Json.createValue("2019-08-01"), JsonValue.NULL),
                new AnswerChange("household[0].name", Kind.CHANGED, Json.createValue("Finn"), Json.createValue("Finnian")),
                new AnswerChange("household[2]", Kind.ADDED, JsonValue.NULL, Json.createObjectBuilder().add("name", "Nan").build()));
        assertThat(AnswersDiff.between(after, before)).extracting(AnswerChange::path, AnswerChange::kind).containsExactly(
                tuple("household[0].dob", Kind.ADDED),
                tuple("household[0].name", Kind.CHANGED),
                tuple("household[2]", Kind.REMOVED));
    }

    @Test
    void aWholeGroupAddedOrRemoved() {
        Answers after = Answers.empty().withRows("household", List.of(FINN));
        assertThat(AnswersDiff.between(Answers.empty(), after)).singleElement()
                .extracting(AnswerChange::path, AnswerChange::kind).containsExactly("household", Kind.ADDED);
        assertThat(AnswersDiff.between(Answers.empty().withRows("household", List.of()), after)).singleElement()
                .extracting(AnswerChange::path, AnswerChange::kind).containsExactly("household[0]", Kind.ADDED);
    }

    @Test
    void choicesChangeAsAWhole() {
        Answers before = Answers.empty().withChoices("needs", List.of("interpreter"));
        Answers after = Answers.empty().withChoices("needs", List.of("interpreter", "signing"));
        assertThat(AnswersDiff.between(before, after)).singleElement()
                .extracting(AnswerChange::path, AnswerChange::kind).containsExactly("needs", Kind.CHANGED);
    }

    @Test
    void typeChangesAreChanges() {
        Answers before = Answers.empty().with("household", "nobody");
        Answers after = Answers.empty().withRows("household", List.of(FINN));
        assertThat(AnswersDiff.between(before, after)).singleElement()
                .extracting(AnswerChange::path, AnswerChange::kind).containsExactly("household", Kind.CHANGED);
    }

    @Test
    void archivedAnswersShowUpInHistory() {
        Answers v1 = Answers.empty().with("child_telephone", "07700 900123");
        Answers v2 = FormRegistry.builtIn().migrate("caf", 1, 2, v1);
        assertThat(AnswersDiff.between(v1, v2)).containsExactly(
                new AnswerChange("_archive", Kind.ADDED, JsonValue.NULL, v2.archive()),
                new AnswerChange("child_telephone", Kind.REMOVED, Json.createValue("07700 900123"), JsonValue.NULL));
        Answers edited = v2.withArchive(Json.createObjectBuilder().add("v1", Json.createObjectBuilder()
                .add("child_telephone", "07700 900999")).build());
        assertThat(AnswersDiff.between(v2, edited)).singleElement()
                .extracting(AnswerChange::path, AnswerChange::kind).containsExactly("_archive.v1.child_telephone", Kind.CHANGED);
    }
}
