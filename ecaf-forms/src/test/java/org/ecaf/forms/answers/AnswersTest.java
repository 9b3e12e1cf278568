package org.ecaf.forms.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.ecaf.forms.CafFixtures;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void emptyAnswers() {
        assertThat(Answers.empty().isEmpty()).isTrue();
        assertThat(Answers.empty().keys()).isEmpty();
        assertThat(Answers.empty().archive()).isEmpty();
        assertThat(Answers.empty().toCanonicalJson()).isEqualTo("{}");
        assertThat(Answers.fromJson("{}")).isEqualTo(Answers.empty());
    }

    @Test
    void answersAreImmutableValues() {
        Answers one = Answers.empty().with("a", "x");
        Answers two = one.with("b", true);
        assertThat(one.keys()).containsExactly("a");
        assertThat(two.keys()).containsExactly("a", "b");
        assertThat(two.without("b")).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(one.without("missing")).isSameAs(one);
        assertThatThrownBy(() -> two.keys().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void typedAccessors() {
        Answers answers = Answers.empty().with("name", "Amelia").with("agreed", true).with("count", 3)
                .with("rate", new BigDecimal("2.50")).withChoices("pets", List.of("cat"));
        assertThat(answers.text("name")).contains("Amelia");
        assertThat(answers.text("agreed")).isEmpty();
        assertThat(answers.text("missing")).isEmpty();
        assertThat(answers.get("agreed")).contains(JsonValue.TRUE);
        assertThat(answers.get("count")).contains(Json.createValue(3L));
        assertThat(answers.get("rate")).contains(Json.createValue(new BigDecimal("2.5")));
        assertThat(answers.get("pets")).contains(Json.createArrayBuilder().add("cat").build());
    }

    @Test
    void groupsAreListsOfRows() {
        Answers answers = Answers.empty().withRows("household", List.of(
                Answers.empty().with("name", "Finn"), Answers.empty().with("name", "Siobhan")));
        assertThat(answers.rows("household")).extracting(r -> r.text("name").orElseThrow()).containsExactly("Finn", "Siobhan");
        assertThat(answers.rows("missing")).isEmpty();
        assertThat(answers.with("household", "not rows").rows("household")).isEmpty();
        Answers oddRow = Answers.fromJson("{\"household\": [\"Finn\", {\"name\": \"Siobhan\"}]}");
        assertThat(oddRow.rows("household")).containsExactly(Answers.empty(), Answers.empty().with("name", "Siobhan"));
    }

    @Test
    void nullMeansNotAnswered() {
        assertThat(Answers.empty().with("a", "x").with("a", (JsonValue) null)).isEqualTo(Answers.empty());
        assertThat(Answers.empty().with("a", "x").with("a", JsonValue.NULL)).isEqualTo(Answers.empty());
        assertThat(Answers.fromJson("{\"a\": null, \"b\": [{\"c\": null, \"d\": 1}]}").toCanonicalJson())
                .isEqualTo("{\"b\":[{\"d\":1}]}");
    }

    @Test
    void canonicalJsonSortsKeysAndHasNoWhitespace() {
        Answers answers = Answers.fromJson("{ \"b\" : [ {\"z\": 1, \"a\": 2} ], \"a\" : \"x\",\n \"_archive\": {\"v1\": {\"q\": true}} }");
        assertThat(answers.toCanonicalJson())
                .isEqualTo("{\"_archive\":{\"v1\":{\"q\":true}},\"a\":\"x\",\"b\":[{\"a\":2,\"z\":1}]}");
        assertThat(answers.toJson().keySet()).containsExactly("_archive", "a", "b");
    }

    @Test
    void canonicalJsonEscapesOnlyWhatItMust() {
        Answers answers = Answers.empty().with("t", "quote \" backslash \\ newline \n tab \t bell \u0007 pound \u00a3 smile \uD83D\uDE00 lone \uD800");
        assertThat(answers.toCanonicalJson()).isEqualTo(
                "{\"t\":\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 pound \u00a3 smile \uD83D\uDE00 lone \\ud800\"}");
        assertThat(Answers.fromJson(answers.toCanonicalJson())).isEqualTo(answers);
    }

    @Test
    void numbersHaveOneCanonicalForm() {
        Answers a = Answers.fromJson("{\"n\": 1.50, \"m\": 100, \"o\": 1E+2, \"p\": -0.0, \"q\": 0.0000001, \"r\": 12345678901234567890}");
        assertThat(a.toCanonicalJson()).isEqualTo("{\"m\":100,\"n\":1.5,\"o\":100,\"p\":0,\"q\":1E-7,\"r\":1.234567890123456789E+19}");
        assertThat(Answers.fromJson(a.toCanonicalJson())).isEqualTo(a);
        assertThat(Answers.fromJson("{\"n\": 1.5}")).isEqualTo(Answers.fromJson("{\"n\": 1.500}"));
    }

    @Test
    void jsonRoundTripLosesNothing() {
        Answers answers = CafFixtures.completeV1();
        assertThat(Answers.fromJson(answers.toCanonicalJson())).isEqualTo(answers);
        assertThat(Answers.fromJson(answers.toJson().toString())).isEqualTo(answers);
        assertThat(Answers.fromJson(answers.toJson())).isEqualTo(answers);
        assertThat(Answers.fromJson(answers.toCanonicalJson()).toCanonicalJson()).isEqualTo(answers.toCanonicalJson());
    }

    @Test
    void theArchiveIsReservedAndKeptApart() {
        Answers answers = Answers.empty().with("a", "x")
                .withArchive(Json.createObjectBuilder().add("v1", Json.createObjectBuilder().add("old", "kept")).build());
        assertThat(answers.keys()).containsExactly("a");
        assertThat(answers.get(Answers.ARCHIVE_KEY)).isEmpty();
        assertThat(answers.archive().getJsonObject("v1").getString("old")).isEqualTo("kept");
        assertThat(answers.isEmpty()).isFalse();
        assertThat(answers.without("a").isEmpty()).isFalse();
        assertThat(answers.withArchive(JsonValue.EMPTY_JSON_OBJECT).toCanonicalJson()).isEqualTo("{\"a\":\"x\"}");
        assertThatThrownBy(() -> answers.with(Answers.ARCHIVE_KEY, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> answers.without(Answers.ARCHIVE_KEY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Answers.fromJson("{\"_archive\": {}}")).isEqualTo(Answers.empty());
    }

    @Test
    void refusesWhatIsNotAnAnswerSet() {
        assertThatThrownBy(() -> Answers.fromJson("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answers.fromJson("{\"a\": ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answers.fromJson("{\"_archive\": \"x\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("_archive");
        assertThatThrownBy(() -> Answers.empty().with("", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringIsTheCanonicalJson() {
        assertThat(Answers.empty().with("a", 1)).hasToString("{\"a\":1}");
    }
}
