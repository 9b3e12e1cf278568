package org.ecaf.web.interfaces.jsf.forms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.forms.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

class FormTextTest {

    private static final FormDefinition CAF = FormRegistry.builtIn().get("caf", 2);

    @Test
    void labelsOfAnswerPaths() {
        assertThat(FormText.label(CAF, "child_gender")).isEqualTo("Gender");
        assertThat(FormText.label(CAF, "household[1].name")).isEqualTo("Household members, entry 2: Name");
        assertThat(FormText.label(CAF, "household[0]")).isEqualTo("Household members, entry 1");
        assertThat(FormText.label(CAF, "_archive.v1.child_telephone")).isEqualTo("Kept from version 1: child_telephone");
        assertThat(FormText.label(CAF, "nickname")).isEqualTo("nickname");
    }

    @Test
    void answersInWords() {
        assertThat(FormText.display(CAF, "housing_rating", Json.createValue("no_issue"))).isEqualTo("Neither strength nor need");
        assertThat(FormText.display(CAF, "child_date_of_birth", Json.createValue("2015-03-27"))).isEqualTo("27/03/2015");
        assertThat(FormText.display(CAF, "child_date_of_birth", Json.createValue("27 March"))).isEqualTo("27 March");
        assertThat(FormText.display(CAF, "consent_to_share", JsonValue.TRUE)).isEqualTo("Yes");
        assertThat(FormText.display(CAF, "child_religion", JsonValue.NULL)).isEqualTo("Not answered");
        assertThat(FormText.display(CAF, "consent_given_by", Json.createArrayBuilder().add("parent_carer").add("young_person").build()))
                .isEqualTo("Parent or carer, The young person");
        assertThat(FormText.display(CAF, "household[0]", Json.createObjectBuilder().add("name", "Finn")
                .add("date_of_birth", "2019-08-01").build())).isEqualTo("Name: Finn; Date of birth: 01/08/2019");
        assertThat(FormText.display(CAF, "household", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Finn")).add(Json.createObjectBuilder().add("name", "Nan")).build()))
                .isEqualTo("Entry 1 – Name: Finn\nEntry 2 – Name: Nan");
    }

    @Test
    void problemsByPath() {
        assertThat(FormModel.byPath(List.of(new ValidationProblem("a", "REQUIRED", "A: one."),
                new ValidationProblem("a", "TOO_LONG", "A: two."), new ValidationProblem("b[0].c", "REQUIRED", "C."))))
                .isEqualTo(Map.of("a", "A: one. A: two.", "b[0].c", "C."));
    }
}
