package org.ecaf.forms.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecaf.forms.TestForms.field;
import static org.ecaf.forms.TestForms.form;
import static org.ecaf.forms.TestForms.options;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecaf.forms.CafFixtures;
import org.ecaf.forms.TestForms;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationProblem;
import org.ecaf.forms.validation.ValidationStage;
import org.junit.jupiter.api.Test;

class MigrationTest {

    private final FormRegistry registry = FormRegistry.builtIn();
    private final Migration caf = registry.migration("caf", 1).orElseThrow();

    @Test
    void cafV1ToV2MovesEveryAnswer() {
        Answers v1 = CafFixtures.completeV1();
        Answers v2 = registry.migrate("caf", 1, 2, v1);
        assertThat(v2.text("child_main_language")).contains("English");
        assertThat(v2.text("parent_main_language")).contains("English");
        assertThat(v2.get("child_first_language")).isEmpty();
        assertThat(v2.get("housing")).isEqualTo(v1.get("housing_employment_finance"));
        assertThat(v2.get("employment_finances")).isEqualTo(v1.get("housing_employment_finance"));
        assertThat(v2.get("housing_rating")).isEqualTo(v1.get("housing_employment_finance_rating"));
        assertThat(v2.get("employment_finances_rating")).isEqualTo(v1.get("housing_employment_finance_rating"));
        assertThat(v2.get("housing_employment_finance")).isEmpty();
        assertThat(v2.get("child_telephone")).isEmpty();
        assertThat(v2.archive()).isEqualTo(Json.createObjectBuilder()
                .add("v1", Json.createObjectBuilder().add("child_telephone", "07700 900123")).build());
        for (String key : v1.keys()) {
            List<String> destinations = caf.destinations(key);
            if (destinations.isEmpty()) {
                assertThat(v2.archive().getJsonObject("v1").get(key)).as(key).isEqualTo(v1.get(key).orElseThrow());
            }
            for (String destination : destinations) {
                assertThat(v2.get(destination)).as(key + " -> " + destination).isEqualTo(v1.get(key));
            }
        }
    }

    @Test
    void migratedCafIsValidAndAsksOnlyForWhatIsNew() {
        Answers v2 = registry.migrate("caf", 1, 2, CafFixtures.completeV1());
        FormDefinition definition = registry.get("caf", 2);
        assertThat(FormValidator.validate(definition, v2, ValidationStage.DRAFT, CafFixtures.TODAY)).isEmpty();
        assertThat(FormValidator.validate(definition, v2, ValidationStage.COMPLETE, CafFixtures.TODAY))
                .extracting(ValidationProblem::field).containsExactly("young_carer");
    }

    @Test
    void destinationsFollowTheDeclaredOperations() {
        assertThat(caf.destinations("child_first_language")).containsExactly("child_main_language");
        assertThat(caf.destinations("housing_employment_finance")).containsExactly("housing", "employment_finances");
        assertThat(caf.destinations("child_telephone")).isEmpty();
        assertThat(caf.destinations("child_given_names")).containsExactly("child_given_names");
        assertThat(caf.destinations("household.name")).containsExactly("household.name");
        assertThat(caf.destinations("not_a_field")).isEmpty();
        assertThat(caf.archiveName()).isEqualTo("v1");
    }

    @Test
    void unknownKeysAndChoicesThatNoLongerExistGoToTheArchive() {
        Answers v1 = Answers.empty().with("child_gender", "unknown_value").with("stray", "kept")
                .withChoices("special_requirements", List.of("interpreter", "braille"))
                .withRows("household", List.of(Answers.empty().with("name", "Finn").with("shoe_size", 3)));
        Answers v2 = registry.migrate("caf", 1, 2, v1);
        assertThat(v2.keys()).containsExactly("household", "special_requirements");
        assertThat(v2.get("special_requirements")).contains(Json.createArrayBuilder().add("interpreter").build());
        assertThat(v2.rows("household")).containsExactly(Answers.empty().with("name", "Finn"));
        assertThat(v2.archive().getJsonObject("v1")).isEqualTo(Json.createObjectBuilder()
                .add("child_gender", "unknown_value")
                .add("household[0].shoe_size", 3)
                .add("special_requirements", Json.createArrayBuilder().add("braille"))
                .add("stray", "kept").build());
    }

    @Test
    void wrongButPlaceableAnswersStayWhereTheyAreToBeReported() {
        Answers v2 = registry.migrate("caf", 1, 2, Answers.empty().with("child_date_of_birth", "31/02/2015"));
        assertThat(v2.text("child_date_of_birth")).contains("31/02/2015");
        assertThat(v2.archive()).isEmpty();
    }

    @Test
    void migrationIsDeterministicAndKeepsAnEarlierArchive() {
        JsonObject earlier = Json.createObjectBuilder().add("v0", Json.createObjectBuilder().add("old", "x")).build();
        Answers v1 = CafFixtures.completeV1().withArchive(earlier);
        Answers once = registry.migrate("caf", 1, 2, v1);
        Answers again = registry.migrate("caf", 1, 2, v1);
        assertThat(once.toCanonicalJson()).isEqualTo(again.toCanonicalJson());
        assertThat(once.archive().getJsonObject("v0")).isEqualTo(earlier.getJsonObject("v0"));
        assertThat(once.archive().getJsonObject("v1").keySet()).containsExactly("child_telephone");
    }

    @Test
    void emptyAnswersStayEmpty() {
        assertThat(registry.migrate("caf", 1, 2, Answers.empty())).isEqualTo(Answers.empty());
    }

    @Test
    void theCafMigrationFileReadsAsDeclared() throws IOException {
        String text = new String(TestForms.resourceBytes("forms/caf/migrations/v1-to-v2.json"), StandardCharsets.UTF_8);
        JsonObject file = Json.createReader(new StringReader(text)).readObject();
        assertThat(caf.toJson()).isEqualTo(file);
        assertThat(caf.operations()).extracting(MigrationOperation::kind).containsExactly(
                MigrationOperation.Kind.RENAME, MigrationOperation.Kind.RENAME, MigrationOperation.Kind.SPLIT,
                MigrationOperation.Kind.SPLIT, MigrationOperation.Kind.DROP, MigrationOperation.Kind.ADD,
                MigrationOperation.Kind.ADD, MigrationOperation.Kind.ADD);
    }

    // ---- operations on group rows, renames over existing answers, starting values ----

    private static final String V1 = form(1,
            field("name", "text"),
            field("people", "group", "'fields': [" + field("nick", "text") + ", " + field("age", "number") + ", "
                    + field("pet", "singleChoice", options("cat", "dog")) + "]"),
            field("colour", "singleChoice", options("red", "green", "blue")),
            field("old_name", "text"));
    private static final String V2 = form(2,
            field("name", "text"),
            field("people", "group", "'fields': [" + field("nickname", "longText") + ", "
                    + field("pet", "singleChoice", options("cat")) + ", " + field("role", "text") + "]"),
            field("colour", "singleChoice", options("red", "green")),
            field("new_name", "text"),
            field("extra", "boolean"));
    private static final String MIGRATION = ("{'id': 'test', 'from': 1, 'to': 2, 'operations': ["
            + "{'op': 'rename', 'from': 'people.nick', 'to': 'people.nickname'},"
            + "{'op': 'drop', 'key': 'people.age'},"
            + "{'op': 'add', 'key': 'people.role', 'value': 'member'},"
            + "{'op': 'rename', 'from': 'old_name', 'to': 'new_name'},"
            + "{'op': 'add', 'key': 'extra', 'value': false}]}").replace('\'', '"');

    @Test
    void operationsOnGroupChildrenApplyToEveryRow() {
        FormRegistry test = FormRegistry.load(TestForms.loader(new String[] {V1, V2}, MIGRATION));
        Answers v1 = Answers.empty().with("name", "A")
                .withRows("people", List.of(
                        Answers.empty().with("nick", "Al").with("age", 7).with("pet", "dog"),
                        Answers.empty().with("nick", "Bo").with("pet", "cat").with("junk", 1)))
                .with("colour", "blue")
                .with("old_name", "before")
                .with("new_name", "already here");
        Answers v2 = test.migrate("test", 1, 2, v1);
        assertThat(v2.toJson()).isEqualTo(Answers.empty().with("name", "A")
                .withRows("people", List.of(
                        Answers.empty().with("nickname", "Al").with("role", "member"),
                        Answers.empty().with("nickname", "Bo").with("pet", "cat").with("role", "member")))
                .with("new_name", "before")
                .with("extra", false)
                .withArchive(Json.createObjectBuilder().add("v1", Json.createObjectBuilder()
                        .add("colour", "blue")
                        .add("new_name", "already here")
                        .add("people[0].age", 7)
                        .add("people[0].pet", "dog")
                        .add("people[1].junk", 1)).build())
                .toJson());
        Migration migration = test.migration("test", 1).orElseThrow();
        assertThat(migration.destinations("people.nick")).containsExactly("people.nickname");
        assertThat(migration.destinations("people")).containsExactly("people");
        assertThat(migration.destinations("people.age")).isEmpty();
    }

    @Test
    void aGroupCanBeRenamedWithItsChildren() {
        String v1 = form(1, field("kids", "group", "'fields': [" + field("name", "text") + "]"));
        String v2 = form(2, field("children", "group", "'fields': [" + field("name", "text") + "]"));
        String migration = "{'id': 'test', 'from': 1, 'to': 2, 'operations': [{'op': 'rename', 'from': 'kids', 'to': 'children'}]}"
                .replace('\'', '"');
        FormRegistry test = FormRegistry.load(TestForms.loader(new String[] {v1, v2}, migration));
        Answers answers = Answers.empty().withRows("kids", List.of(Answers.empty().with("name", "Finn")));
        assertThat(test.migrate("test", 1, 2, answers)).isEqualTo(Answers.empty().withRows("children",
                List.of(Answers.empty().with("name", "Finn"))));
        assertThat(test.migration("test", 1).orElseThrow().destinations("kids.name")).containsExactly("children.name");
    }

    @Test
    void archivedPathsNeverOverwriteEachOther() {
        String v1 = form(1, field("a", "text"), field("b", "text"));
        String v2 = form(2, field("b", "text"));
        String migration = "{'id': 'test', 'from': 1, 'to': 2, 'operations': [{'op': 'drop', 'key': 'a'}]}".replace('\'', '"');
        FormRegistry test = FormRegistry.load(TestForms.loader(new String[] {v1, v2}, migration));
        Answers answers = Answers.empty().with("a", "new").withArchive(Json.createObjectBuilder()
                .add("v1", Json.createObjectBuilder().add("a", "old")).build());
        assertThat(test.migrate("test", 1, 2, answers).archive().getJsonObject("v1")).isEqualTo(Json.createObjectBuilder()
                .add("a", "old").add("a#2", "new").build());
    }

    @Test
    void manyStepsRunInOrder() {
        String v1 = form(1, field("a", "text"));
        String v2 = form(2, field("b", "text"));
        String v3 = form(3, field("c", "longText"));
        String m12 = "{'id': 'test', 'from': 1, 'to': 2, 'operations': [{'op': 'rename', 'from': 'a', 'to': 'b'}]}".replace('\'', '"');
        String m23 = "{'id': 'test', 'from': 2, 'to': 3, 'operations': [{'op': 'rename', 'from': 'b', 'to': 'c'}]}".replace('\'', '"');
        FormRegistry test = FormRegistry.load(TestForms.loader(new String[] {v1, v2, v3}, m12, m23));
        assertThat(test.canMigrate("test", 1, 3)).isTrue();
        assertThat(test.migrate("test", 1, 3, Answers.empty().with("a", "x"))).isEqualTo(Answers.empty().with("c", "x"));
    }

    @Test
    void nullValueMeansNoStartingAnswer() {
        assertThat(new MigrationOperation(MigrationOperation.Kind.ADD, "x", List.of(), null, null).value())
                .isEqualTo(JsonValue.NULL);
    }
}
