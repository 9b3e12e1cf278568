package org.ecaf.web.interfaces.jsf.forms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.junit.jupiter.api.Test;

class FormModelTest {

    private static final FormDefinition CAF = FormRegistry.builtIn().get("caf", 2);

    private static Answers complete() throws IOException {
        try (InputStream in = FormModelTest.class.getClassLoader().getResourceAsStream("demo/caf-v2-complete.json");
             JsonReader reader = Json.createReader(in)) {
            return Answers.fromJson(reader.readObject());
        }
    }

    @Test
    void aCompleteAnswerSetMakesTheRoundTripUnchanged() throws IOException {
        Answers answers = complete();
        assertThat(new FormModel(CAF, answers).toAnswers()).isEqualTo(answers);
    }

    @Test
    void answersWithoutAnInputAreKept() {
        Answers answers = Answers.empty().with("child_given_names", "Amelia").with("nickname", "Mimi")
                .with("child_family_name", 42)
                .withArchive(Json.createObjectBuilder().add("v1", Json.createObjectBuilder().add("child_telephone", "07700 900123")).build())
                .withRows("household", List.of(Answers.empty().with("name", "Finn").with("shoe_size", 3)));
        FormModel model = new FormModel(CAF, answers);
        assertThat(model.getValues()).doesNotContainKeys("nickname", "child_family_name");
        model.getValues().put("child_given_names", "Amelia Rose");
        assertThat(model.toAnswers()).isEqualTo(answers.with("child_given_names", "Amelia Rose"));
    }

    @Test
    void inputsBecomeTypedAnswers() {
        FormModel model = new FormModel(CAF, Answers.empty());
        model.getValues().put("child_given_names", "Amelia");
        model.getValues().put("child_unborn", "false");
        model.getValues().put("child_date_of_birth", "2015-03-27");
        model.getValues().put("special_requirements", new String[] {"interpreter", "signing"});
        model.getValues().put("child_religion", "");
        model.getValues().put("general_health_rating", "strength");
        Answers answers = model.toAnswers();
        assertThat(answers.toCanonicalJson()).isEqualTo("{\"child_date_of_birth\":\"2015-03-27\",\"child_given_names\":\"Amelia\","
                + "\"child_unborn\":false,\"general_health_rating\":\"strength\",\"special_requirements\":[\"interpreter\",\"signing\"]}");
    }

    @Test
    void groupsArePaddedToTheirMinimumAndTrailingEmptyRowsAreNotAnswers() {
        FormModel model = new FormModel(CAF, Answers.empty());
        assertThat(model.rows("people_present")).hasSize(1);
        assertThat(model.rows("household")).isEmpty();
        assertThat(model.canRemoveRow("people_present")).isFalse();
        assertThat(model.toAnswers().get("people_present")).isEmpty();

        model.rows("people_present").get(0).put("name", "Aisha Khan");
        model.addRow("people_present");
        assertThat(model.canRemoveRow("people_present")).isTrue();
        assertThat(model.toAnswers().rows("people_present")).hasSize(1);
        model.rows("people_present").get(1).put("role", "Mother");
        assertThat(model.toAnswers().rows("people_present")).hasSize(2);
        model.removeRow("people_present", 0);
        assertThat(model.toAnswers().toJson().getJsonArray("people_present").toString()).isEqualTo("[{\"role\":\"Mother\"}]");
    }

    @Test
    void conditionsShowFieldsOnlyWhenTheyApply() {
        FormModel model = new FormModel(CAF, Answers.empty());
        assertThat(model.shown("child_disability_details")).isFalse();
        assertThat(model.shown("child_date_of_birth")).isTrue();
        assertThat(model.controls("child_disability")).isTrue();
        assertThat(model.controls("child_given_names")).isFalse();
        assertThat(model.dependents("child_disability", "identifying_details", "f_")).isEqualTo("f_child_disability_details_w");
        assertThat(model.dependents("child_unborn", "identifying_details", "f_"))
                .isEqualTo("f_child_date_of_birth_w f_child_expected_date_of_delivery_w");
        assertThat(model.dependents("consent_to_share", "identifying_details", "f_")).isEqualTo("@none");
        model.getValues().put("child_disability", "yes");
        model.getValues().put("child_unborn", "true");
        assertThat(model.shown("child_disability_details")).isTrue();
        assertThat(model.shown("child_date_of_birth")).isFalse();
        assertThat(model.shown("child_expected_date_of_delivery")).isTrue();
    }

    @Test
    void hiddenAnswersAreKept() {
        FormModel model = new FormModel(CAF, Answers.empty().with("child_disability", "yes").with("child_disability_details", "Asthma"));
        model.getValues().put("child_disability", "no");
        assertThat(model.shown("child_disability_details")).isFalse();
        assertThat(model.toAnswers().text("child_disability_details")).contains("Asthma");
    }

    @Test
    void progressCountsShownQuestionsAndMissingRequiredAnswers() throws IOException {
        FormModel empty = new FormModel(CAF, Answers.empty());
        FormModel.Progress none = empty.progress("parenting");
        assertThat(none.getText()).isEqualTo("0 of 6 answered");
        assertThat(none.getStatus()).isEqualTo("Not started");
        assertThat(none.isComplete()).isFalse();

        empty.getValues().put("basic_care_safety_rating", "strength");
        assertThat(empty.progress("parenting").getText()).isEqualTo("1 of 6 answered");
        assertThat(empty.progress("parenting").getStatus()).isEqualTo("Not complete");
        assertThat(empty.progress("parenting").getMissing()).isEqualTo(2);

        FormModel full = new FormModel(CAF, complete());
        for (var section : CAF.sections()) {
            assertThat(full.progress(section.key()).isComplete()).as(section.key()).isTrue();
        }
        assertThat(full.progress("views").getStatus()).isEqualTo("Complete");
    }

    @Test
    void aSectionOfOptionalQuestionsNobodyAnsweredIsNotCalledComplete() {
        FormModel.Progress views = new FormModel(CAF, Answers.empty()).progress("views");
        assertThat(views.getText()).isEqualTo("0 of 2 answered");
        assertThat(views.isComplete()).isTrue();
        assertThat(views.getStatus()).isEqualTo("Optional, not answered");
    }

    @Test
    void problemsAreShownByPath() {
        FormModel model = new FormModel(CAF, Answers.empty());
        model.setErrors(Map.of("child_date_of_birth", "Date of birth: enter today's date or an earlier date.",
                "people_present[0].name", "Name problem", "household", "Group problem"));
        assertThat(model.error("child_date_of_birth")).startsWith("Date of birth");
        assertThat(model.rowError("people_present", 0, "name")).isEqualTo("Name problem");
        assertThat(model.groupError("household")).isEqualTo("Group problem");
        model.clearErrors();
        assertThat(model.error("child_date_of_birth")).isNull();
    }

    @Test
    void inputIdsFollowTheCompositesNaming() {
        assertThat(FormModel.inputId("f_", "child_given_names")).isEqualTo("f_child_given_names");
        assertThat(FormModel.inputId("f_", "people_present[1].name")).isEqualTo("f_people_present:1:f_name");
        assertThat(FormModel.inputId("f_", "people_present[1]")).isEqualTo("f_people_present_w");
        assertThat(FormModel.inputId("f_", "people_present.name")).isEqualTo("f_people_present_w");
        assertThat(FormModel.topKey("people_present[1].name")).isEqualTo("people_present");
    }

    @Test
    void readOnlyTextUsesLabelsAndUkDates() {
        FormModel model = new FormModel(CAF, Answers.empty().with("child_gender", "female").with("child_unborn", false)
                .with("child_date_of_birth", "2015-03-27").withChoices("special_requirements", List.of("interpreter"))
                .withRows("household", List.of(Answers.empty().with("name", "Finn").with("date_of_birth", "2019-08-01"))));
        assertThat(model.display("child_gender")).isEqualTo("Female");
        assertThat(model.display("child_unborn")).isEqualTo("No");
        assertThat(model.display("child_date_of_birth")).isEqualTo("27/03/2015");
        assertThat(model.display("special_requirements")).isEqualTo("Interpreter");
        assertThat(model.display("child_religion")).isEqualTo("Not answered");
        assertThat(model.rowDisplay("household", 0, "date_of_birth")).isEqualTo("01/08/2019");
        assertThat(model.answeredRows("household")).containsExactly(0);
    }

    @Test
    void theModelSurvivesSerialisation() throws Exception {
        FormModel model = new FormModel(CAF, complete());
        model.getValues().put("housing", "Changed");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        FormModel copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (FormModel) in.readObject();
        }
        assertThat(copy.toAnswers()).isEqualTo(model.toAnswers());
        assertThat(copy.definition()).isEqualTo(CAF);
    }

    @Test
    void archivedAnswersAreListedWithTheOldLabels() {
        JsonObject archive = Json.createObjectBuilder().add("v1", Json.createObjectBuilder()
                .add("child_telephone", "07700 900123")).build();
        FormModel model = new FormModel(CAF, Answers.empty().withArchive(archive));
        List<Map.Entry<String, String>> lines = new ArrayList<>(model.archived());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).getValue()).isEqualTo("07700 900123");
        assertThat(lines.get(0).getKey()).contains("(version 1)");
    }
}
