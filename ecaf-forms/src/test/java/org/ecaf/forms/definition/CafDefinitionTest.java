package org.ecaf.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecaf.forms.CafFixtures;
import org.ecaf.forms.registry.FormRegistry;
import org.junit.jupiter.api.Test;

/** The published definitions hold the whole national CAF form and the process forms, as CAF-REFERENCE.md lists them. */
class CafDefinitionTest {

    private final FormRegistry registry = FormRegistry.builtIn();
    private final FormDefinition v1 = registry.get("caf", 1);
    private final FormDefinition v2 = registry.get("caf", 2);

    /** Every element of the national CAF form named in CAF-REFERENCE.md, with the field paths that hold it in v1. */
    private static final Map<String, List<String>> REFERENCE_ELEMENTS = new LinkedHashMap<>();

    static {
        // 1. Identifying details of the child or young person
        element("given names", "child_given_names");
        element("family name", "child_family_name");
        element("other or previous names", "child_other_names");
        element("gender", "child_gender");
        element("date of birth", "child_date_of_birth");
        element("expected date of delivery (unborn baby)", "child_unborn", "child_expected_date_of_delivery");
        element("address", "child_address");
        element("postcode", "child_postcode");
        element("telephone", "child_telephone");
        element("ethnicity", "child_ethnicity");
        element("religion", "child_religion");
        element("first language of child", "child_first_language");
        element("first language of parent", "parent_first_language");
        element("disability (yes/no)", "child_disability");
        element("disability details", "child_disability_details");
        element("special requirements (interpreter, signing, access)", "special_requirements", "special_requirements_details");
        element("unique reference (UPN, NHS number)", "child_unique_reference");
        // 2. Assessment information
        element("date assessment started", "assessment_started");
        element("date assessment completed", "assessment_completed");
        element("people present at the assessment", "people_present", "people_present.name", "people_present.role");
        element("what has led to this child being assessed?", "reason_for_assessment");
        // 3. Parents and carers; household members
        element("parent or carer: name", "parents_carers.name");
        element("parent or carer: relationship", "parents_carers.relationship");
        element("parent or carer: address", "parents_carers.address");
        element("parent or carer: contact details", "parents_carers.contact_details");
        element("parent or carer: parental responsibility (yes/no)", "parents_carers.parental_responsibility");
        element("household member: name", "household.name");
        element("household member: relationship", "household.relationship");
        element("household member: date of birth", "household.date_of_birth");
        element("household member: school or work", "household.school_or_work");
        // 4. People involved
        element("assessor: name", "assessor_name");
        element("assessor: role", "assessor_role");
        element("assessor: organisation", "assessor_organisation");
        element("assessor: contact", "assessor_contact");
        element("lead professional if known", "lead_professional_name", "lead_professional_contact");
        element("services already working with the child", "services_involved", "services_involved.service");
        // 5. Strengths and needs: development of the child
        element("health: general health", "general_health");
        element("health: physical development", "physical_development");
        element("health: speech, language and communication", "speech_language_communication");
        element("emotional and social development", "emotional_social_development");
        element("behavioural development", "behavioural_development");
        element("identity, including self-esteem and social presentation", "identity");
        element("family and social relationships", "family_social_relationships");
        element("self-care skills and independence", "self_care_independence");
        element("learning: understanding and reasoning", "understanding_reasoning");
        element("learning: participation in learning or work", "participation_in_learning");
        element("learning: progress and achievement", "progress_achievement");
        element("learning: aspirations", "aspirations");
        // Strengths and needs: parents and carers
        element("basic care and ensuring safety and protection", "basic_care_safety");
        element("emotional warmth and stability", "emotional_warmth_stability");
        element("guidance, boundaries and stimulation", "guidance_boundaries_stimulation");
        // Strengths and needs: family and environment
        element("family history, functioning and well-being", "family_history_functioning");
        element("wider family", "wider_family");
        element("housing, employment and financial considerations", "housing_employment_finance");
        element("social and community elements and resources, including education", "social_community_resources");
        // 6. Views
        element("child's or young person's comments", "child_views");
        element("parent's or carer's comments", "parent_views");
        // 7. Conclusions, solutions and actions
        element("summary of conclusions", "conclusions");
        element("actions agreed: what", "actions.what");
        element("actions agreed: by whom", "actions.who");
        element("actions agreed: by when", "actions.by_when");
        element("lead professional", "lead_professional_name");
        element("date of first review", "first_review_date");
        // 8. Consent for information storage and information sharing
        element("consent given by parent or carer and/or young person", "consent_given_by", "consent_parent_name",
                "consent_parent_date", "consent_young_person_date");
        element("consent to storage", "consent_to_store");
        element("consent to sharing", "consent_to_share");
        element("services the information may be shared with", "consent_services", "consent_services.service");
        element("signature held on paper copy", "consent_signature");
    }

    private static void element(String name, String... paths) {
        REFERENCE_ELEMENTS.put(name, List.of(paths));
    }

    @Test
    void cafV1HoldsEveryElementOfTheNationalForm() {
        List<String> missing = new ArrayList<>();
        REFERENCE_ELEMENTS.forEach((name, paths) -> paths.stream()
                .filter(path -> v1.field(path).isEmpty())
                .forEach(path -> missing.add(name + " -> " + path)));
        assertThat(missing).isEmpty();
        assertThat(v1.sections()).extracting(Section::key).containsExactly("identifying_details", "assessment_information",
                "family_details", "people_involved", "development_of_child", "parenting", "family_environment", "views",
                "conclusions", "consent");
    }

    @Test
    void theFormsVersionNumberIsTheDefinitionsVersion() {
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
    }

    @Test
    void theConsentStatementIsPartOfTheConsentSection() {
        Section consent = v1.sectionOf("consent_to_share").orElseThrow();
        assertThat(consent.helpText()).startsWith("Consent statement:").contains("withdraw my consent at any time");
        assertThat(v1.field("consent_signature").orElseThrow().option("paper_copy")).get()
                .extracting(Option::label).isEqualTo("Signature held on paper copy");
    }

    @Test
    void everyStrengthsAndNeedsElementHasTextAndARating() {
        for (FormDefinition caf : List.of(v1, v2)) {
            List<String> elements = new ArrayList<>(CafFixtures.V1_ELEMENTS);
            if (caf.version() == 2) {
                elements.remove("housing_employment_finance");
                elements.addAll(List.of("housing", "employment_finances"));
            }
            for (String element : elements) {
                Field text = caf.field(element).orElseThrow(() -> new AssertionError(caf + " lacks " + element));
                Field rating = caf.field(element + "_rating").orElseThrow(() -> new AssertionError(caf + " lacks a rating for " + element));
                assertThat(text.type()).as(element).isEqualTo(FieldType.LONG_TEXT);
                assertThat(rating.type()).as(element).isEqualTo(FieldType.SINGLE_CHOICE);
                assertThat(rating.options()).extracting(Option::value).containsExactly("strength", "no_issue", "need");
                assertThat(rating.options()).extracting(Option::label)
                        .containsExactly("Strength", "Neither strength nor need", "Need");
                assertThat(rating.sensitivity()).isEqualTo(text.sensitivity());
                assertThat(caf.sectionOf(element)).isEqualTo(caf.sectionOf(element + "_rating"));
            }
            assertThat(caf.fields()).filteredOn(f -> f.key().endsWith("_rating")).hasSize(elements.size());
        }
    }

    @Test
    void keysOtherModulesRelyOn() {
        for (FormDefinition caf : List.of(v1, v2)) {
            assertField(caf, "child_given_names", FieldType.TEXT, Sensitivity.NONE);
            assertField(caf, "child_family_name", FieldType.TEXT, Sensitivity.NONE);
            assertField(caf, "child_date_of_birth", FieldType.DATE, Sensitivity.NONE);
            assertField(caf, "child_address", FieldType.LONG_TEXT, Sensitivity.ADDRESS);
            assertField(caf, "child_postcode", FieldType.TEXT, Sensitivity.ADDRESS);
            assertField(caf, "assessment_started", FieldType.DATE, Sensitivity.NONE);
            assertField(caf, "assessment_completed", FieldType.DATE, Sensitivity.NONE);
            assertField(caf, "people_present", FieldType.GROUP, Sensitivity.NONE);
            assertField(caf, "people_present.name", FieldType.TEXT, Sensitivity.NONE);
            assertField(caf, "people_present.role", FieldType.TEXT, Sensitivity.NONE);
            assertField(caf, "reason_for_assessment", FieldType.LONG_TEXT, Sensitivity.NONE);
            assertField(caf, "parents_carers", FieldType.GROUP, Sensitivity.THIRD_PARTY);
            assertField(caf, "parents_carers.name", FieldType.TEXT, Sensitivity.THIRD_PARTY);
            assertField(caf, "parents_carers.relationship", FieldType.TEXT, Sensitivity.THIRD_PARTY);
            assertField(caf, "parents_carers.parental_responsibility", FieldType.BOOLEAN, Sensitivity.THIRD_PARTY);
            assertField(caf, "parents_carers.address", FieldType.LONG_TEXT, Sensitivity.ADDRESS);
            assertField(caf, "household", FieldType.GROUP, Sensitivity.THIRD_PARTY);
            assertField(caf, "household.name", FieldType.TEXT, Sensitivity.THIRD_PARTY);
            assertField(caf, "lead_professional_name", FieldType.TEXT, Sensitivity.NONE);
            assertField(caf, "lead_professional_contact", FieldType.TEXT, Sensitivity.NONE);
            assertField(caf, "first_review_date", FieldType.DATE, Sensitivity.NONE);
            assertField(caf, "child_views", FieldType.LONG_TEXT, Sensitivity.NONE);
            assertField(caf, "parent_views", FieldType.LONG_TEXT, Sensitivity.NONE);
            assertField(caf, "conclusions", FieldType.LONG_TEXT, Sensitivity.NONE);
            assertField(caf, "actions", FieldType.GROUP, Sensitivity.NONE);
            assertField(caf, "actions.what", FieldType.LONG_TEXT, Sensitivity.NONE);
            assertField(caf, "actions.who", FieldType.TEXT, Sensitivity.NONE);
            assertField(caf, "actions.by_when", FieldType.DATE, Sensitivity.NONE);
            assertField(caf, "safeguarding_concerns", FieldType.LONG_TEXT, Sensitivity.SAFEGUARDING);
            assertField(caf, "general_health", FieldType.LONG_TEXT, Sensitivity.HEALTH);
            assertField(caf, "child_disability_details", FieldType.LONG_TEXT, Sensitivity.HEALTH);
            assertThat(caf.field("first_review_date").orElseThrow().allowsFutureDate()).isTrue();
            assertThat(caf.field("actions.by_when").orElseThrow().allowsFutureDate()).isTrue();
            assertThat(caf.field("child_date_of_birth").orElseThrow().allowsFutureDate()).isFalse();
            assertThat(caf.sectionOf("safeguarding_concerns")).get().extracting(Section::key).isEqualTo("conclusions");
        }
    }

    @Test
    void cafV2MakesTheDeclaredChanges() {
        assertField(v2, "child_nhs_number", FieldType.TEXT, Sensitivity.NONE);
        assertField(v2, "young_carer", FieldType.SINGLE_CHOICE, Sensitivity.NONE);
        assertField(v2, "young_carer_details", FieldType.LONG_TEXT, Sensitivity.THIRD_PARTY);
        assertField(v2, "child_main_language", FieldType.TEXT, Sensitivity.NONE);
        assertField(v2, "housing", FieldType.LONG_TEXT, Sensitivity.NONE);
        assertField(v2, "employment_finances", FieldType.LONG_TEXT, Sensitivity.NONE);
        assertThat(v2.field("child_telephone")).isEmpty();
        assertThat(v2.field("child_first_language")).isEmpty();
        assertThat(v2.field("housing_employment_finance")).isEmpty();
        assertThat(v2.field("young_carer_details").orElseThrow().condition()).contains(Condition.in("young_carer", "yes"));
    }

    @Test
    void everyFieldAndOptionHasFamilyWordingAndAKnownSensitivity() {
        for (FormDefinition definition : registry.all()) {
            assertThat(definition.familyTitle()).isNotBlank();
            for (Section section : definition.sections()) {
                assertThat(section.familyTitle()).as(definition + " " + section.key()).isNotBlank();
            }
            for (String path : definition.fieldPaths()) {
                Field field = definition.field(path).orElseThrow();
                assertThat(field.familyLabel()).as(definition + " " + path).isNotBlank();
                assertThat(field.sensitivity()).as(definition + " " + path).isNotNull();
                for (Option option : field.options()) {
                    assertThat(option.familyLabel()).as(definition + " " + path + " " + option.value()).isNotBlank();
                }
            }
        }
        assertThat(v1.field("emotional_social_development").orElseThrow().familyLabel())
                .isEqualTo("How your child feels and gets on with others");
    }

    @Test
    void sensitivityTagsFollowTheContent() {
        assertThat(v1.fieldPaths()).filteredOn(p -> v1.field(p).orElseThrow().sensitivity() == Sensitivity.SAFEGUARDING)
                .containsExactly("concerns_about_harm", "safeguarding_concerns");
        assertThat(v1.fieldPaths()).filteredOn(p -> v1.field(p).orElseThrow().sensitivity() == Sensitivity.ADDRESS)
                .containsExactly("child_address", "child_postcode", "child_telephone", "parents_carers.address",
                        "parents_carers.contact_details");
        for (String health : List.of("general_health", "physical_development", "speech_language_communication",
                "child_disability", "child_disability_details")) {
            assertThat(v1.field(health).orElseThrow().sensitivity()).as(health).isEqualTo(Sensitivity.HEALTH);
        }
        for (String path : v1.fieldPaths()) {
            if (path.startsWith("household.") || path.equals("parents_carers.name")) {
                assertThat(v1.field(path).orElseThrow().sensitivity()).as(path).isEqualTo(Sensitivity.THIRD_PARTY);
            }
        }
    }

    @Test
    void theReviewForm() {
        FormDefinition review = registry.get("review", 1);
        assertField(review, "review_date", FieldType.DATE, Sensitivity.NONE);
        assertField(review, "people_present", FieldType.GROUP, Sensitivity.NONE);
        assertField(review, "progress", FieldType.LONG_TEXT, Sensitivity.NONE);
        assertField(review, "child_views", FieldType.LONG_TEXT, Sensitivity.NONE);
        assertField(review, "parent_views", FieldType.LONG_TEXT, Sensitivity.NONE);
        assertField(review, "next_review_date", FieldType.DATE, Sensitivity.NONE);
        assertField(review, "outcome", FieldType.SINGLE_CHOICE, Sensitivity.NONE);
        assertThat(review.field("next_review_date").orElseThrow().allowsFutureDate()).isTrue();
        assertThat(review.field("outcome").orElseThrow().options()).extracting(Option::value).containsExactly("continue", "close");
        assertThat(review.field("outcome").orElseThrow().required()).isTrue();
    }

    @Test
    void theClosureForm() {
        FormDefinition closure = registry.get("closure", 1);
        Field reason = closure.field("closure_reason").orElseThrow();
        assertThat(reason.type()).isEqualTo(FieldType.SINGLE_CHOICE);
        assertThat(reason.required()).isTrue();
        assertThat(reason.options()).extracting(Option::value).containsExactly("needs_met", "stepped_up", "stepped_down",
                "consent_withdrawn", "moved_out_of_area", "other");
        assertThat(reason.options()).extracting(Option::label).containsExactly("Needs met",
                "Stepped up to children's social care", "Stepped down to universal services", "Family withdrew consent",
                "Moved out of area", "Other");
        Field details = closure.field("closure_details").orElseThrow();
        assertThat(details.type()).isEqualTo(FieldType.LONG_TEXT);
        assertThat(details.required()).isTrue();
        assertThat(details.condition()).contains(Condition.in("closure_reason", "other"));
        assertField(closure, "closure_date", FieldType.DATE, Sensitivity.NONE);
    }

    @Test
    void thePreAssessmentChecklist() {
        FormDefinition pre = registry.get("pre-assessment", 1);
        Field decision = pre.field("decision").orElseThrow();
        assertThat(decision.type()).isEqualTo(FieldType.SINGLE_CHOICE);
        assertThat(decision.required()).isTrue();
        assertThat(decision.options()).extracting(Option::value)
                .containsExactly("no_further_action", "refer_safeguarding", "specialist_assessment", "full_caf");
        assertThat(pre.field("existing_caf_checked")).isPresent();
        assertThat(pre.fields()).filteredOn(f -> f.sensitivity() == Sensitivity.SAFEGUARDING).isNotEmpty();
    }

    private static void assertField(FormDefinition definition, String path, FieldType type, Sensitivity sensitivity) {
        Field field = definition.field(path).orElseThrow(() -> new AssertionError(definition + " lacks " + path));
        assertThat(field.type()).as(definition + " " + path).isEqualTo(type);
        assertThat(field.sensitivity()).as(definition + " " + path).isEqualTo(sensitivity);
    }
}
