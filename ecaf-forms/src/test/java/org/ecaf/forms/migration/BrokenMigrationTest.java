package org.ecaf.forms.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ecaf.forms.TestForms.field;
import static org.ecaf.forms.TestForms.form;
import static org.ecaf.forms.TestForms.loadFailure;
import static org.ecaf.forms.TestForms.options;

import org.ecaf.forms.FormDefinitionException;
import org.ecaf.forms.InMemoryClassLoader;
import org.ecaf.forms.TestForms;
import org.ecaf.forms.registry.FormRegistry;
import org.junit.jupiter.api.Test;

/** A migration that does not declare every difference between two versions stops loading. */
class BrokenMigrationTest {

    private static final String FILE = "forms/test/migrations/v1-to-v2.json";
    private static final String V1 = form(1, field("a", "text"), field("b", "date"),
            field("g", "group", "'fields': [" + field("x", "text") + "]"));

    private static FormDefinitionException broken(String v2, String operations) {
        String migration = "{'id': 'test', 'from': 1, 'to': 2, 'operations': [" + operations + "]}";
        return loadFailure(new String[] {V1, v2}, migration.replace('\'', '"'));
    }

    private static void assertProblem(FormDefinitionException e, String field, String problem) {
        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.problem()).contains(problem);
        assertThat(e.getMessage()).contains(FILE).contains(field).contains(problem);
    }

    @Test
    void aFieldThatDisappearsWithoutAnOperation() {
        FormDefinitionException e = broken(form(2, field("b", "date"), field("g", "group", "'fields': [" + field("x", "text") + "]")), "");
        assertProblem(e, "a", "field 'a' of test v1 has no place in test v2; declare a rename, split or drop");
    }

    @Test
    void aNewFieldWithoutAnOperation() {
        FormDefinitionException e = broken(form(2, field("a", "text"), field("b", "date"),
                field("g", "group", "'fields': [" + field("x", "text") + ", " + field("y", "text") + "]")), "");
        assertProblem(e, "g.y", "field 'g.y' is new in test v2; declare it with an add operation");
    }

    @Test
    void aTypeThatChangesUnderTheSameKey() {
        FormDefinitionException e = broken(form(2, field("a", "text"), field("b", "text"),
                field("g", "group", "'fields': [" + field("x", "text") + "]")), "");
        assertProblem(e, "b", "field 'b' is date in test v1 but text in test v2; a key's type never changes");
    }

    @Test
    void anOperationOnAFieldThatDoesNotExist() {
        String v2 = form(2, field("a", "text"), field("b", "date"), field("g", "group", "'fields': [" + field("x", "text") + "]"));
        assertProblem(broken(v2, "{'op': 'drop', 'key': 'zz'}"), "zz",
                "operation 1 (drop): 'zz' is not a field of test v1 at this point");
    }

    @Test
    void aRenameToAnIncompatibleType() {
        String v2 = form(2, field("c", "number"), field("b", "date"), field("g", "group", "'fields': [" + field("x", "text") + "]"));
        assertProblem(broken(v2, "{'op': 'rename', 'from': 'a', 'to': 'c'}"), "a",
                "operation 1 (rename): 'a' is a text field but 'c' is a number field");
    }

    @Test
    void aRenameOutOfAGroup() {
        String v2 = form(2, field("a", "text"), field("b", "date"), field("x", "text"), field("g", "group", "'fields': ["
                + field("y", "text") + "]"));
        FormDefinitionException e = broken(v2, "{'op': 'rename', 'from': 'g.x', 'to': 'x'}, {'op': 'add', 'key': 'g.y'}");
        assertProblem(e, "g.x", "cannot move into or out of a group");
    }

    @Test
    void aRenameOntoAFieldThatStillExists() {
        String v2 = form(2, field("b", "date"), field("g", "group", "'fields': [" + field("x", "text") + "]"));
        FormDefinitionException e = broken(v2, "{'op': 'rename', 'from': 'a', 'to': 'b'}");
        assertProblem(e, "a", "'b' already exists at this point");
    }

    @Test
    void anAddWithAStartingValueThatDoesNotFit() {
        String v2 = form(2, field("a", "text"), field("b", "date"), field("g", "group", "'fields': [" + field("x", "text") + "]"),
                field("c", "singleChoice", options("yes", "no")));
        assertProblem(broken(v2, "{'op': 'add', 'key': 'c', 'value': 'maybe'}"), "c",
                "operation 1 (add): the value does not fit: Label of c: \"maybe\" is not one of the choices");
    }

    @Test
    void aSplitNeedsTwoTargets() {
        String v2 = form(2, field("c", "text"), field("b", "date"), field("g", "group", "'fields': [" + field("x", "text") + "]"));
        assertProblem(broken(v2, "{'op': 'split', 'from': 'a', 'to': ['c']}"), "a", "a split needs 'to', an array of at least two keys");
    }

    @Test
    void anUnknownOperation() {
        String v2 = form(2, field("a", "text"), field("b", "date"), field("g", "group", "'fields': [" + field("x", "text") + "]"));
        assertProblem(broken(v2, "{'op': 'merge', 'from': 'a'}"), "a", "unknown operation 'merge'");
    }

    @Test
    void aMigrationMustGoToTheNextVersion() {
        String migration = "{'id': 'test', 'from': 1, 'to': 3, 'operations': []}".replace('\'', '"');
        InMemoryClassLoader loader = TestForms.loader(new String[] {V1});
        loader.json("forms/index.json", "{'definitions': ['test/v1.json'], 'migrations': ['test/migrations/v1-to-v3.json']}");
        loader.json("forms/test/migrations/v1-to-v3.json", migration);
        FormDefinitionException e = catchThrowableOfType(FormDefinitionException.class,
                () -> FormRegistry.load(loader));
        assertThat(e.file()).isEqualTo("forms/test/migrations/v1-to-v3.json");
        assertThat(e.problems()).extracting(FormDefinitionException.Problem::problem).contains(
                "a migration goes from one version to the next: 'to' must be 2, not 3",
                "there is no published definition test v3 to migrate to");
    }
}
