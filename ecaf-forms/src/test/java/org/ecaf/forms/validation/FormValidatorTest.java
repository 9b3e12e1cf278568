package org.ecaf.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecaf.forms.TestForms.field;
import static org.ecaf.forms.TestForms.options;
import static org.ecaf.forms.validation.ValidationStage.COMPLETE;
import static org.ecaf.forms.validation.ValidationStage.DRAFT;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ecaf.forms.CafFixtures;
import org.ecaf.forms.TestForms;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;
import org.junit.jupiter.api.Test;

class FormValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static final FormDefinition FORM = TestForms.parse(1,
            field("name", "text", "'required': true, 'maxLength': 10"),
            field("notes", "longText"),
            field("born", "date", "'required': true"),
            field("review", "date", "'allowFuture': true"),
            field("agreed", "boolean", "'required': true"),
            field("count", "number"),
            field("colour", "singleChoice", "'required': true, " + options("red", "green")),
            field("pets", "multiChoice", options("cat", "dog")),
            field("disability", "singleChoice", "'required': true, " + options("yes", "no")),
            field("details", "longText", "'required': true, 'condition': {'field': 'disability', 'in': ['yes']}"),
            field("household", "group", "'required': true, 'minRows': 2, 'fields': ["
                    + field("name", "text", "'required': true") + ", "
                    + field("dob", "date") + ", "
                    + field("carer", "boolean") + ", "
                    + field("carer_details", "longText", "'required': true, 'condition': {'field': 'carer', 'in': ['true']}")
                    + "]"),
            field("unborn", "boolean"),
            field("due", "date", "'required': true, 'allowFuture': true, 'condition': {'field': 'unborn', 'in': ['true']}"),
            field("due_notes", "longText", "'required': true, 'condition': {'field': 'unborn', 'notIn': ['true', 'false']}"));

    private static Answers valid() {
        return Answers.empty()
                .with("name", "Amelia")
                .with("notes", "Some notes")
                .with("born", "2015-03-27")
                .with("review", "2026-06-01")
                .with("agreed", false)
                .with("count", 3)
                .with("colour", "red")
                .withChoices("pets", List.of("cat", "dog"))
                .with("disability", "no")
                .with("due_notes", "Not asked yet")
                .withRows("household", List.of(
                        Answers.empty().with("name", "Finn").with("dob", "2019-08-01"),
                        Answers.empty().with("name", "Siobhan").with("carer", true).with("carer_details", "Cares for Finn")));
    }

    private static List<ValidationProblem> draft(Answers answers) {
        return FormValidator.validate(FORM, answers, DRAFT, TODAY);
    }

    private static List<ValidationProblem> complete(Answers answers) {
        return FormValidator.validate(FORM, answers, COMPLETE, TODAY);
    }

    @Test
    void validAnswersPassBothStages() {
        assertThat(draft(valid())).isEmpty();
        assertThat(complete(valid())).isEmpty();
    }

    @Test
    void nothingIsRequiredToSaveADraft() {
        assertThat(draft(Answers.empty())).isEmpty();
    }

    @Test
    void emptyAnswersListEveryRequiredFieldThatIsShown() {
        assertThat(complete(Answers.empty()))
                .extracting(ValidationProblem::field, ValidationProblem::code)
                .containsExactly(
                        tuple("name", "REQUIRED"),
                        tuple("born", "REQUIRED"),
                        tuple("agreed", "REQUIRED"),
                        tuple("colour", "REQUIRED"),
                        tuple("disability", "REQUIRED"),
                        tuple("household", "REQUIRED"),
                        tuple("due_notes", "REQUIRED"));
    }

    @Test
    void required() {
        assertThat(complete(valid().without("name"))).singleElement().isEqualTo(new ValidationProblem("name", "REQUIRED",
                "Label of name: answer this question before the form can be completed."));
        assertThat(complete(valid().with("name", "   "))).extracting(ValidationProblem::code).containsExactly("REQUIRED");
        assertThat(complete(valid().with("colour", ""))).singleElement().isEqualTo(new ValidationProblem("colour", "REQUIRED",
                "Label of colour: choose an answer before the form can be completed."));
        assertThat(complete(valid().without("agreed"))).singleElement().extracting(ValidationProblem::message)
                .isEqualTo("Label of agreed: answer yes or no before the form can be completed.");
        assertThat(complete(valid().withRows("household", List.of()))).singleElement().isEqualTo(new ValidationProblem(
                "household", "REQUIRED", "Label of household: add at least one entry before the form can be completed."));
    }

    @Test
    void falseIsAnAnswer() {
        assertThat(complete(valid().with("agreed", false))).isEmpty();
    }

    @Test
    void tooLongCountsCharactersNotBytes() {
        assertThat(draft(valid().with("name", "\uD83D\uDE00".repeat(10)))).isEmpty();
        assertThat(draft(valid().with("name", "Amelia Rose"))).singleElement().isEqualTo(new ValidationProblem("name",
                "TOO_LONG", "Label of name: use 10 characters or fewer (this answer has 11)."));
    }

    @Test
    void textFieldsWithoutMaxLengthHaveTheTypesDefaultLimit() {
        assertThat(draft(valid().with("notes", "x".repeat(20_000)))).isEmpty();
        assertThat(draft(valid().with("notes", "x".repeat(20_001)))).extracting(ValidationProblem::code).containsExactly("TOO_LONG");
    }

    @Test
    void notADate() {
        for (String bad : List.of("27/03/2015", "2015-02-30", "2015-3-7", "yesterday", "+2015-03-27", "20150327")) {
            assertThat(draft(valid().with("born", bad))).as(bad).singleElement().isEqualTo(new ValidationProblem("born",
                    "NOT_A_DATE", "Label of born: enter a real date (a day, month and year that exist)."));
        }
        assertThat(draft(valid().with("born", 20150327))).extracting(ValidationProblem::code).containsExactly("NOT_A_DATE");
        assertThat(draft(valid().with("born", "2016-02-29"))).isEmpty();
    }

    @Test
    void aBadDateIsKeptNotLost() {
        Answers answers = valid().with("born", "31/02/2015");
        assertThat(answers.text("born")).contains("31/02/2015");
        assertThat(Answers.fromJson(answers.toCanonicalJson()).text("born")).contains("31/02/2015");
    }

    @Test
    void dateInFuture() {
        assertThat(draft(valid().with("born", "2026-03-03"))).singleElement().isEqualTo(new ValidationProblem("born",
                "DATE_IN_FUTURE", "Label of born: enter today's date or an earlier date."));
        assertThat(draft(valid().with("born", "2026-03-02"))).isEmpty();
        assertThat(draft(valid().with("review", "2030-01-01"))).isEmpty();
    }

    @Test
    void unknownOption() {
        assertThat(draft(valid().with("colour", "blue"))).singleElement().isEqualTo(new ValidationProblem("colour",
                "UNKNOWN_OPTION", "Label of colour: \"blue\" is not one of the choices; choose from Option red, Option green."));
        assertThat(draft(valid().withChoices("pets", List.of("cat", "fish", "newt"))))
                .extracting(ValidationProblem::field, ValidationProblem::code)
                .containsExactly(tuple("pets", "UNKNOWN_OPTION"),
                        tuple("pets", "UNKNOWN_OPTION"));
    }

    @Test
    void unknownField() {
        assertThat(draft(valid().with("nickname", "Millie"))).singleElement().isEqualTo(new ValidationProblem("nickname",
                "UNKNOWN_FIELD", "\"nickname\" is not a question on Test form version 1; remove this answer."));
    }

    @Test
    void notANumber() {
        assertThat(draft(valid().with("count", "three"))).singleElement().isEqualTo(new ValidationProblem("count",
                "NOT_A_NUMBER", "Label of count: enter a number, for example 3."));
        assertThat(draft(valid().with("count", new BigDecimal("2.5")))).isEmpty();
    }

    @Test
    void notABoolean() {
        assertThat(draft(valid().with("agreed", "yes"))).singleElement().isEqualTo(new ValidationProblem("agreed",
                "NOT_A_BOOLEAN", "Label of agreed: answer yes or no."));
    }

    @Test
    void wrongType() {
        assertThat(draft(valid().with("name", 12))).singleElement().isEqualTo(new ValidationProblem("name", "WRONG_TYPE",
                "Label of name: this answer is not in the right form; enter text."));
        assertThat(draft(valid().with("colour", true))).extracting(ValidationProblem::code).containsExactly("WRONG_TYPE");
        assertThat(draft(valid().with("pets", "cat"))).extracting(ValidationProblem::code).containsExactly("WRONG_TYPE");
        assertThat(draft(valid().with("pets", Json.createArrayBuilder().add("cat").add(1).build())))
                .extracting(ValidationProblem::code).containsExactly("WRONG_TYPE");
        assertThat(draft(valid().with("household", Json.createObjectBuilder().add("name", "Finn").build())))
                .singleElement().isEqualTo(new ValidationProblem("household", "WRONG_TYPE",
                        "Label of household: this answer is not in the right form; it should be a list of entries."));
        assertThat(draft(valid().with("household", Json.createArrayBuilder().add("Finn").build())))
                .singleElement().isEqualTo(new ValidationProblem("household[0]", "WRONG_TYPE",
                        "Label of household, entry 1: this entry is not in the right form; enter it again."));
    }

    @Test
    void tooFewRows() {
        assertThat(complete(valid().withRows("household", List.of(Answers.empty().with("name", "Finn")))))
                .singleElement().isEqualTo(new ValidationProblem("household", "TOO_FEW_ROWS",
                        "Label of household: add at least 2 entries before the form can be completed (there is 1)."));
        assertThat(draft(valid().withRows("household", List.of(Answers.empty().with("name", "Finn"))))).isEmpty();
    }

    @Test
    void tooManyRowsAreRefusedEvenInADraftAndTheRowsAreNotCheckedOneByOne() {
        List<Answers> rows = java.util.Collections.nCopies(Field.MAX_ROWS + 1, Answers.empty().with("name", 7));
        assertThat(draft(valid().withRows("household", rows))).singleElement().isEqualTo(new ValidationProblem(
                "household", "TOO_MANY_ROWS", "Label of household: at most " + Field.MAX_ROWS
                + " entries can be recorded (there are " + (Field.MAX_ROWS + 1) + ")."));
        assertThat(draft(valid().withRows("household", rows.subList(0, Field.MAX_ROWS)))).extracting(ValidationProblem::code)
                .containsOnly("WRONG_TYPE");
    }

    @Test
    void problemsInGroupRowsNameTheRowByPath() {
        Answers answers = valid().withRows("household", List.of(
                Answers.empty().with("name", "Finn"),
                Answers.empty().with("dob", "2019-13-01").with("carer", true).with("pet", "cat")));
        assertThat(complete(answers))
                .extracting(ValidationProblem::field, ValidationProblem::code)
                .containsExactly(
                        tuple("household[1].name", "REQUIRED"),
                        tuple("household[1].dob", "NOT_A_DATE"),
                        tuple("household[1].carer_details", "REQUIRED"),
                        tuple("household[1].pet", "UNKNOWN_FIELD"));
        assertThat(complete(answers).get(0).message())
                .isEqualTo("Label of household, entry 2, Label of name: answer this question before the form can be completed.");
        assertThat(complete(answers).get(3).message())
                .isEqualTo("Label of household, entry 2: \"pet\" is not a question in this part of the form; remove this answer.");
    }

    @Test
    void aFieldHiddenByItsConditionIsNotRequired() {
        assertThat(complete(valid().with("disability", "no"))).isEmpty();
        assertThat(complete(valid().without("disability"))).extracting(ValidationProblem::field).containsExactly("disability");
        assertThat(complete(valid().with("disability", "yes"))).singleElement()
                .isEqualTo(new ValidationProblem("details", "REQUIRED",
                        "Label of details: answer this question before the form can be completed."));
        assertThat(complete(valid().with("disability", "yes").with("details", "Deaf"))).isEmpty();
    }

    @Test
    void notInConditionsHoldUntilTheFieldHasOneOfTheValues() {
        assertThat(complete(valid().without("due_notes"))).extracting(ValidationProblem::field).containsExactly("due_notes");
        assertThat(complete(valid().without("due_notes").with("unborn", false))).isEmpty();
        assertThat(complete(valid().without("due_notes").with("unborn", true)))
                .extracting(ValidationProblem::field).containsExactly("due");
    }

    @Test
    void hiddenAnswersAreStillCheckedForTheirType() {
        assertThat(draft(valid().with("due", "soon"))).extracting(ValidationProblem::field, ValidationProblem::code)
                .containsExactly(tuple("due", "NOT_A_DATE"));
    }

    @Test
    void everyProblemIsReturnedAtOnceInFormOrder() {
        Answers answers = Answers.empty()
                .with("zzz", 1)
                .with("name", "A very long name indeed")
                .with("born", "tomorrow")
                .with("agreed", "no")
                .with("count", "x")
                .with("colour", "blue");
        assertThat(complete(answers)).extracting(ValidationProblem::field, ValidationProblem::code).containsExactly(
                tuple("name", "TOO_LONG"),
                tuple("born", "NOT_A_DATE"),
                tuple("agreed", "NOT_A_BOOLEAN"),
                tuple("count", "NOT_A_NUMBER"),
                tuple("colour", "UNKNOWN_OPTION"),
                tuple("disability", "REQUIRED"),
                tuple("household", "REQUIRED"),
                tuple("due_notes", "REQUIRED"),
                tuple("zzz", "UNKNOWN_FIELD"));
    }

    @Test
    void theArchiveIsNotAnUnknownField() {
        Answers answers = valid().withArchive(Json.createObjectBuilder()
                .add("v1", Json.createObjectBuilder().add("old", "kept")).build());
        assertThat(complete(answers)).isEmpty();
    }

    // ---- the national CAF ----

    private final FormRegistry registry = FormRegistry.builtIn();

    @Test
    void aCompleteCafPassesCompletion() {
        assertThat(FormValidator.validate(registry.get("caf", 1), CafFixtures.completeV1(), COMPLETE, CafFixtures.TODAY)).isEmpty();
    }

    @Test
    void anEmptyCafListsEveryRequiredField() {
        FormDefinition caf = registry.get("caf", 1);
        List<ValidationProblem> problems = FormValidator.validate(caf, Answers.empty(), COMPLETE, CafFixtures.TODAY);
        assertThat(problems).extracting(ValidationProblem::code).containsOnly("REQUIRED");
        Set<String> expected = new TreeSet<>();
        for (Field field : caf.fields()) {
            if (field.required() && caf.shown(field.key(), Answers.empty())) {
                expected.add(field.key());
            }
        }
        assertThat(problems).extracting(ValidationProblem::field).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).contains("child_given_names", "child_family_name", "child_gender", "child_date_of_birth",
                "child_address", "child_disability", "assessment_started", "assessment_completed", "people_present",
                "reason_for_assessment", "parents_carers", "assessor_name", "assessor_role", "assessor_organisation",
                "assessor_contact", "general_health_rating", "aspirations_rating", "basic_care_safety_rating",
                "social_community_resources_rating", "conclusions", "concerns_about_harm", "actions", "first_review_date",
                "consent_explained", "consent_given_by", "consent_to_store", "consent_to_share", "consent_signature");
        assertThat(expected).doesNotContain("child_expected_date_of_delivery", "child_disability_details",
                "safeguarding_concerns", "consent_services", "consent_parent_name", "lead_professional_name");
        // identifying 6, assessment 4, parents and carers 1, assessor 4, ratings 19, conclusions 4, consent 5
        assertThat(expected).hasSize(43);
    }

    @Test
    void cafDateOfBirthMessage() {
        List<ValidationProblem> problems = FormValidator.validate(registry.get("caf", 1),
                CafFixtures.completeV1().with("child_date_of_birth", "2015-27-03"), COMPLETE, CafFixtures.TODAY);
        assertThat(problems).singleElement().isEqualTo(new ValidationProblem("child_date_of_birth", "NOT_A_DATE",
                "Date of birth: enter a real date (a day, month and year that exist)."));
    }

    @Test
    void anUnbornBabyNeedsAnExpectedDateOfDeliveryInsteadOfADateOfBirth() {
        FormDefinition caf = registry.get("caf", 1);
        Answers unborn = CafFixtures.completeV1().with("child_unborn", true).without("child_date_of_birth");
        assertThat(FormValidator.validate(caf, unborn, COMPLETE, CafFixtures.TODAY))
                .extracting(ValidationProblem::field).containsExactly("child_expected_date_of_delivery");
        assertThat(FormValidator.validate(caf, unborn.with("child_expected_date_of_delivery", "2026-07-01"), COMPLETE,
                CafFixtures.TODAY)).isEmpty();
    }

    @Test
    void cafConditionsDecideWhatIsRequired() {
        FormDefinition caf = registry.get("caf", 1);
        Answers concerns = CafFixtures.completeV1().with("concerns_about_harm", "yes");
        assertThat(FormValidator.validate(caf, concerns, COMPLETE, CafFixtures.TODAY))
                .extracting(ValidationProblem::field).containsExactly("safeguarding_concerns");
        Answers noSharing = CafFixtures.completeV1().with("consent_to_share", false).without("consent_services");
        assertThat(FormValidator.validate(caf, noSharing, COMPLETE, CafFixtures.TODAY)).isEmpty();
        Answers youngPerson = CafFixtures.completeV1().withChoices("consent_given_by", List.of("parent_carer", "young_person"));
        assertThat(FormValidator.validate(caf, youngPerson, COMPLETE, CafFixtures.TODAY))
                .extracting(ValidationProblem::field).containsExactly("consent_young_person_date");
        Answers noDisability = CafFixtures.completeV1().with("child_disability", "no").without("child_disability_details");
        assertThat(FormValidator.validate(caf, noDisability, COMPLETE, CafFixtures.TODAY)).isEmpty();
    }

    @Test
    void reviewDatesAndActionsMayLieInTheFuture() {
        FormDefinition caf = registry.get("caf", 1);
        Answers answers = CafFixtures.completeV1().with("first_review_date", "2027-01-01")
                .with("assessment_completed", "2027-01-01");
        assertThat(FormValidator.validate(caf, answers, DRAFT, CafFixtures.TODAY))
                .extracting(ValidationProblem::field, ValidationProblem::code)
                .containsExactly(tuple("assessment_completed", "DATE_IN_FUTURE"));
    }

    @Test
    void theValidatorAcceptsJsonNullAsNotAnswered() {
        Answers answers = Answers.fromJson(Json.createObjectBuilder(valid().toJson()).add("notes", JsonValue.NULL).build());
        assertThat(answers.get("notes")).isEmpty();
        assertThat(complete(answers)).isEmpty();
    }
}
