package org.ecaf.forms.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecaf.forms.TestForms.field;
import static org.ecaf.forms.TestForms.form;
import static org.ecaf.forms.TestForms.loadFailure;
import static org.ecaf.forms.TestForms.options;

import java.nio.charset.StandardCharsets;
import org.ecaf.forms.FormDefinitionException;
import org.ecaf.forms.InMemoryClassLoader;
import org.ecaf.forms.TestForms;
import org.ecaf.forms.definition.FormDefinition;
import org.junit.jupiter.api.Test;

/** A broken definition stops loading with a message naming the file, the field and the problem. */
class BrokenDefinitionTest {

    private static final String FILE = "forms/test/v1.json";

    private static FormDefinitionException broken(String... fields) {
        return loadFailure(new String[] {form(1, fields)});
    }

    private static void assertProblem(FormDefinitionException e, String file, String field, String problem) {
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.problem()).contains(problem);
        assertThat(e.getMessage()).contains(file).contains(field).contains(problem);
    }

    @Test
    void duplicateKey() {
        FormDefinitionException e = broken(field("name", "text"), field("name", "longText"));
        assertProblem(e, FILE, "name", "duplicate key: 'name' is already used");
    }

    @Test
    void duplicateKeyInsideAGroup() {
        FormDefinitionException e = broken(field("people", "group", "'fields': [" + field("name", "text") + ", "
                + field("name", "text") + "]"));
        assertProblem(e, FILE, "people.name", "duplicate key: 'name' is already used in group people");
    }

    @Test
    void unknownType() {
        assertProblem(broken(field("age", "txt")), FILE, "age", "unknown type 'txt'; use one of: text, longText");
    }

    @Test
    void missingOptions() {
        assertProblem(broken(field("colour", "singleChoice")), FILE, "colour",
                "a singleChoice field needs at least one option in 'options'");
        assertProblem(broken(field("colours", "multiChoice", "'options': []")), FILE, "colours",
                "a multiChoice field needs at least one option");
    }

    @Test
    void optionsOnAFieldThatIsNotAChoice() {
        assertProblem(broken(field("name", "text", options("a"))), FILE, "name",
                "only singleChoice and multiChoice fields can have 'options'");
    }

    @Test
    void duplicateOptionValue() {
        assertProblem(broken(field("colour", "singleChoice", options("red", "red"))), FILE, "colour",
                "duplicate option value 'red'");
    }

    @Test
    void conditionPointingNowhere() {
        FormDefinitionException e = broken(field("details", "longText", "'condition': {'field': 'disability', 'in': ['yes']}"));
        assertProblem(e, FILE, "details", "condition refers to 'disability', which is not a field of this form");
    }

    @Test
    void conditionInsideAGroupMustPointAtAFieldOfTheSameRow() {
        FormDefinitionException e = broken(field("flag", "boolean"), field("people", "group", "'fields': ["
                + field("name", "text", "'condition': {'field': 'flag', 'in': ['true']}") + "]"));
        assertProblem(e, FILE, "people.name", "condition refers to 'flag', which is not a field of group people");
    }

    @Test
    void conditionValueThatIsNotAnOption() {
        FormDefinitionException e = broken(field("disability", "singleChoice", options("yes", "no")),
                field("details", "longText", "'condition': {'field': 'disability', 'in': ['maybe']}"));
        assertProblem(e, FILE, "details", "condition value 'maybe' is not an option of field 'disability'");
    }

    @Test
    void conditionOnABooleanNeedsTrueOrFalse() {
        FormDefinitionException e = broken(field("unborn", "boolean"),
                field("due", "date", "'condition': {'field': 'unborn', 'in': ['yes']}"));
        assertProblem(e, FILE, "due", "use \"true\" or \"false\"");
    }

    @Test
    void conditionOnATextField() {
        FormDefinitionException e = broken(field("name", "text"),
                field("details", "longText", "'condition': {'field': 'name', 'in': ['x']}"));
        assertProblem(e, FILE, "details", "conditions can only look at boolean, singleChoice or multiChoice fields");
    }

    @Test
    void conditionNeedsExactlyOneOfInAndNotIn() {
        assertProblem(broken(field("flag", "boolean"), field("details", "longText", "'condition': {'field': 'flag'}")),
                FILE, "details", "exactly one of 'in' or 'notIn'");
        assertProblem(broken(field("flag", "boolean"),
                field("details", "longText", "'condition': {'field': 'flag', 'in': ['true'], 'notIn': ['false']}")),
                FILE, "details", "exactly one of 'in' or 'notIn'");
    }

    @Test
    void conditionsThatGoRoundInACircle() {
        FormDefinitionException e = broken(
                field("a", "boolean", "'condition': {'field': 'b', 'in': ['true']}"),
                field("b", "boolean", "'condition': {'field': 'a', 'in': ['true']}"));
        assertProblem(e, FILE, "a", "conditions go round in a circle");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void conditionOnItself() {
        assertProblem(broken(field("a", "boolean", "'condition': {'field': 'a', 'in': ['true']}")), FILE, "a",
                "condition refers to the field itself");
    }

    @Test
    void groupWithoutFields() {
        assertProblem(broken(field("people", "group")), FILE, "people", "a group needs at least one field in 'fields'");
    }

    @Test
    void groupInsideAGroup() {
        FormDefinitionException e = broken(field("people", "group", "'fields': [" + field("pets", "group", "'fields': ["
                + field("name", "text") + "]") + "]"));
        assertProblem(e, FILE, "people.pets", "a group cannot be inside another group");
    }

    @Test
    void minRowsOnAGroupThatIsNotRequired() {
        assertProblem(broken(field("people", "group", "'minRows': 2, 'fields': [" + field("name", "text") + "]")), FILE,
                "people", "minRows is 2 but the group is not required");
    }

    @Test
    void propertiesThatDoNotFitTheType() {
        assertProblem(broken(field("born", "date", "'maxLength': 10")), FILE, "born",
                "only text and longText fields can have 'maxLength'");
        assertProblem(broken(field("name", "text", "'allowFuture': true")), FILE, "name",
                "only date fields can have 'allowFuture'");
        assertProblem(broken(field("name", "text", "'minRows': 1")), FILE, "name", "only group fields can have 'minRows'");
        assertProblem(broken(field("name", "text", "'fields': []")), FILE, "name", "only group fields can have 'fields'");
    }

    @Test
    void unknownPropertyCatchesTypos() {
        assertProblem(broken(field("name", "text", "'lable': 'Name'")), FILE, "name", "unknown property 'lable'");
    }

    @Test
    void familyWordingIsCompulsory() {
        String noFamilyLabel = "{'key': 'name', 'type': 'text', 'label': 'Name', 'sensitivity': 'NONE'}";
        assertProblem(broken(noFamilyLabel), FILE, "name", "'familyLabel' is missing");
        String blankFamilyLabel = "{'key': 'name', 'type': 'text', 'label': 'Name', 'familyLabel': ' ', 'sensitivity': 'NONE'}";
        assertProblem(broken(blankFamilyLabel), FILE, "name", "'familyLabel' is empty");
        String optionWithoutFamilyLabel = field("colour", "singleChoice", "'options': [{'value': 'red', 'label': 'Red'}]");
        assertProblem(broken(optionWithoutFamilyLabel), FILE, "colour", "'familyLabel' is missing");
    }

    @Test
    void sensitivityIsCompulsoryAndFromTheFixedSet() {
        assertProblem(broken("{'key': 'name', 'type': 'text', 'label': 'Name', 'familyLabel': 'Name'}"), FILE, "name",
                "'sensitivity' is missing");
        assertProblem(broken(field("name", "text").replace("NONE", "SECRET")), FILE, "name",
                "unknown sensitivity 'SECRET'");
    }

    @Test
    void badKeys() {
        assertProblem(broken(field("Child Name", "text")), FILE, "Child Name", "must be lower case letters");
        assertProblem(broken(field("_archive", "text")), FILE, "_archive", "must be lower case letters");
    }

    @Test
    void fieldWithoutAKeyIsNamedByItsPosition() {
        assertProblem(broken(field("a", "text"), "{'type': 'text', 'label': 'B', 'familyLabel': 'B', 'sensitivity': 'NONE'}"),
                FILE, "section main field 2", "'key' is missing");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        FormDefinitionException e = broken(field("a", "txt"), field("b", "singleChoice"), field("b", "text"));
        assertThat(e.problems()).extracting(FormDefinitionException.Problem::field).containsExactly("a");
        FormDefinitionException semantic = broken(field("b", "singleChoice"), field("b", "text"),
                field("c", "text", "'condition': {'field': 'x', 'in': ['y']}"));
        assertThat(semantic.problems()).extracting(FormDefinitionException.Problem::field).containsExactly("b", "b", "c");
        assertThat(semantic.getMessage()).contains("3 problems").contains("field b").contains("field c");
    }

    @Test
    void fileWhoseIdOrVersionDisagreesWithItsName() {
        FormDefinitionException e = loadFailure(new String[] {form(2, field("a", "text"))});
        assertProblem(e, FILE, FormDefinitionException.WHOLE_FILE, "the file says id 'test' version 2 but its name says id 'test' version 1");
    }

    @Test
    void notJson() {
        FormDefinitionException e = loadFailure(new String[] {"{'id': 'test',"});
        assertProblem(e, FILE, FormDefinitionException.WHOLE_FILE, "not a valid JSON object");
    }

    @Test
    void repeatedPropertyNamesAreRefusedRatherThanSilentlyDropped() {
        FormDefinitionException e = loadFailure(new String[] {form(1, field("a", "text", "'required': true, 'required': false"))});
        assertProblem(e, FILE, FormDefinitionException.WHOLE_FILE, "not a valid JSON object");
    }

    @Test
    void missingSectionsAndFields() {
        String noSections = "{'id': 'test', 'version': 1, 'title': 'T', 'familyTitle': 'T', 'sections': []}";
        assertProblem(loadFailure(new String[] {noSections}), FILE, FormDefinitionException.WHOLE_FILE,
                "a form needs at least one section");
        assertProblem(broken(), FILE, "section main", "a section needs at least one field");
    }

    @Test
    void missingIndex() {
        assertThatThrownBy(() -> FormRegistry.load(new InMemoryClassLoader()))
                .isInstanceOfSatisfying(FormDefinitionException.class, e -> assertProblem(e, "forms/index.json",
                        FormDefinitionException.WHOLE_FILE, "not found on the classpath"));
    }

    @Test
    void listedFileThatIsMissing() {
        InMemoryClassLoader loader = new InMemoryClassLoader().json("forms/index.json", "{'definitions': ['test/v1.json']}");
        assertThatThrownBy(() -> FormRegistry.load(loader))
                .isInstanceOfSatisfying(FormDefinitionException.class, e -> assertProblem(e, FILE,
                        FormDefinitionException.WHOLE_FILE, "listed in forms/index.json but not found"));
    }

    @Test
    void badlyNamedFileInTheIndex() {
        InMemoryClassLoader loader = new InMemoryClassLoader().json("forms/index.json", "{'definitions': ['test/version1.json']}");
        assertThatThrownBy(() -> FormRegistry.load(loader))
                .isInstanceOfSatisfying(FormDefinitionException.class, e -> assertProblem(e, "forms/index.json",
                        "test/version1.json", "must be named <id>/v<version>.json"));
    }

    @Test
    void publishedFileThatChanged() {
        String definition = form(1, field("a", "text"));
        InMemoryClassLoader loader = TestForms.loader(new String[] {definition});
        String otherBytes = RegistryLoader.sha256("something else".getBytes(StandardCharsets.UTF_8));
        loader.json("forms/published.sha256", "# published\n" + otherBytes + "  test/v1.json\n");
        assertThatThrownBy(() -> FormRegistry.load(loader))
                .isInstanceOfSatisfying(FormDefinitionException.class, e -> assertProblem(e, FILE,
                        FormDefinitionException.WHOLE_FILE, "has changed since it was published"));
        String rightBytes = RegistryLoader.sha256(definition.getBytes(StandardCharsets.UTF_8));
        loader.json("forms/published.sha256", rightBytes + "  test/v1.json\n");
        assertThat(FormRegistry.load(loader).all()).hasSize(1);
    }

    @Test
    void badChecksumLine() {
        InMemoryClassLoader loader = TestForms.loader(new String[] {form(1, field("a", "text"))});
        loader.json("forms/published.sha256", "abc test/v1.json\n");
        assertThatThrownBy(() -> FormRegistry.load(loader))
                .isInstanceOfSatisfying(FormDefinitionException.class, e -> assertProblem(e, "forms/published.sha256",
                        "line 1", "expected '<64 hex digits>  <path>'"));
    }

    @Test
    void parseReportsTheFileItWasGiven() {
        assertThatThrownBy(() -> FormDefinition.parse("upload.json", form(1, field("a", "txt"))))
                .isInstanceOfSatisfying(FormDefinitionException.class, e -> assertProblem(e, "upload.json", "a", "unknown type"));
    }
}
