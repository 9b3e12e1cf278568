package org.ecaf.forms.answers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ecaf.forms.CafFixtures;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.migration.Migration;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationStage;

/** Properties of answers: JSON round trips, validity of generated answers, and lossless migration from CAF v1 to v2. */
class AnswersPropertyTest {

    private static final FormRegistry REGISTRY = FormRegistry.builtIn();
    private static final FormDefinition CAF_V1 = REGISTRY.get("caf", 1);
    private static final FormDefinition CAF_V2 = REGISTRY.get("caf", 2);
    private static final Migration CAF_MIGRATION = REGISTRY.migration("caf", 1).orElseThrow();

    @Provide
    Arbitrary<Answers> validCafV1() {
        return Arbitraries.randomValue(random -> RandomAnswers.valid(CAF_V1, random, CafFixtures.TODAY));
    }

    @Provide
    Arbitrary<Answers> cafV1WithMistakes() {
        return Arbitraries.randomValue(random -> RandomAnswers.withMistakes(CAF_V1, random, CafFixtures.TODAY));
    }

    @Provide
    Arbitrary<JsonValue> anyJson() {
        return Arbitraries.randomValue(random -> json(random, 3));
    }

    @Property(tries = 500)
    void validAnswersSurviveAJsonRoundTrip(@ForAll("validCafV1") Answers answers) {
        assertThat(Answers.fromJson(answers.toCanonicalJson())).isEqualTo(answers);
        assertThat(Answers.fromJson(answers.toJson().toString())).isEqualTo(answers);
        assertThat(Answers.fromJson(answers.toCanonicalJson()).toCanonicalJson()).isEqualTo(answers.toCanonicalJson());
        assertThat(AnswersDiff.between(answers, Answers.fromJson(answers.toCanonicalJson()))).isEmpty();
    }

    @Property(tries = 500)
    void anyJsonObjectHasOneStableCanonicalForm(@ForAll("anyJson") JsonValue value) {
        Answers answers = Answers.fromJson(Json.createObjectBuilder().add("x", value).build());
        String canonical = answers.toCanonicalJson();
        assertThat(Answers.fromJson(canonical).toCanonicalJson()).isEqualTo(canonical);
        assertThat(Answers.fromJson(canonical)).isEqualTo(answers);
    }

    @Property(tries = 500)
    void generatedAnswersAreValidDrafts(@ForAll("validCafV1") Answers answers) {
        assertThat(FormValidator.validate(CAF_V1, answers, ValidationStage.DRAFT, CafFixtures.TODAY)).isEmpty();
    }

    @Property(tries = 500)
    void migratingValidAnswersKeepsEveryAnswerUnderItsNewKeysOrInTheArchive(@ForAll("validCafV1") Answers v1) {
        Answers v2 = REGISTRY.migrate("caf", 1, 2, v1);
        for (String key : v1.keys()) {
            JsonValue value = v1.get(key).orElseThrow();
            List<String> destinations = CAF_MIGRATION.destinations(key);
            if (destinations.isEmpty()) {
                assertThat(v2.archive().getJsonObject("v1").get(key)).as(key).isEqualTo(value);
            } else {
                for (String destination : destinations) {
                    assertThat(v2.get(destination)).as(key + " -> " + destination).contains(value);
                }
            }
        }
        for (String key : v2.keys()) {
            assertThat(v1.keys()).as("where %s came from", key)
                    .anyMatch(source -> CAF_MIGRATION.destinations(source).contains(key));
        }
        assertThat(FormValidator.validate(CAF_V2, v2, ValidationStage.DRAFT, CafFixtures.TODAY)).isEmpty();
        assertThat(REGISTRY.migrate("caf", 1, 2, v1).toCanonicalJson()).isEqualTo(v2.toCanonicalJson());
    }

    @Property(tries = 500)
    void migratingAnswersWithMistakesLosesNoValue(@ForAll("cafV1WithMistakes") Answers v1) {
        Answers v2 = REGISTRY.migrate("caf", 1, 2, v1);
        Map<JsonValue, Integer> before = leaves(v1.toJson(), new HashMap<>());
        Map<JsonValue, Integer> after = leaves(v2.toJson(), new HashMap<>());
        before.forEach((leaf, count) -> assertThat(after.getOrDefault(leaf, 0)).as("copies of %s", leaf)
                .isGreaterThanOrEqualTo(count));
    }

    /** Counts every scalar value (string, number, boolean) anywhere in the JSON. */
    private static Map<JsonValue, Integer> leaves(JsonValue value, Map<JsonValue, Integer> counts) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().values().forEach(v -> leaves(v, counts));
            case ARRAY -> value.asJsonArray().forEach(v -> leaves(v, counts));
            default -> counts.merge(value, 1, Integer::sum);
        }
        return counts;
    }

    private static JsonValue json(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        switch (kind) {
            case 0:
                return Json.createValue(RandomAnswers.text(random, 40));
            case 1:
                return Json.createValue(new BigDecimal(random.nextLong()).scaleByPowerOfTen(random.nextInt(60) - 30));
            case 2:
                return Json.createValue(random.nextInt());
            case 3:
                return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case 4:
                return JsonValue.NULL;
            case 5:
                return Json.createValue(BigDecimal.valueOf(random.nextInt(1000), random.nextInt(5)));
            case 6:
                JsonArrayBuilder array = Json.createArrayBuilder();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(json(random, depth - 1));
                }
                return array.build();
            default:
                JsonObjectBuilder object = Json.createObjectBuilder();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.add(RandomAnswers.text(random, 10), json(random, depth - 1));
                }
                return object.build();
        }
    }
}
