package org.ecaf.forms;

import java.time.LocalDate;
import java.util.List;
import org.ecaf.forms.answers.Answers;

/** Answer sets for the national CAF used across tests. */
public final class CafFixtures {

    /** The day tests treat as today. */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** The strengths-and-needs elements of CAF v1 (text keys; each has a {@code _rating} partner). */
    public static final List<String> V1_ELEMENTS = List.of(
            "general_health", "physical_development", "speech_language_communication", "emotional_social_development",
            "behavioural_development", "identity", "family_social_relationships", "self_care_independence",
            "understanding_reasoning", "participation_in_learning", "progress_achievement", "aspirations",
            "basic_care_safety", "emotional_warmth_stability", "guidance_boundaries_stimulation",
            "family_history_functioning", "wider_family", "housing_employment_finance", "social_community_resources");

    private CafFixtures() {
    }

    /** A complete, valid answer set for CAF v1: every required field and most optional ones. */
    public static Answers completeV1() {
        Answers answers = Answers.empty()
                .with("child_given_names", "Amelia Rose")
                .with("child_family_name", "O'Neill")
                .with("child_other_names", "Millie")
                .with("child_gender", "female")
                .with("child_unborn", false)
                .with("child_date_of_birth", "2015-03-27")
                .with("child_address", "12 Station Road\nMarket Harborough")
                .with("child_postcode", "LE16 7AA")
                .with("child_telephone", "07700 900123")
                .with("child_ethnicity", "white_irish")
                .with("child_religion", "Roman Catholic")
                .with("child_first_language", "English")
                .with("parent_first_language", "English")
                .with("child_disability", "yes")
                .with("child_disability_details", "Hearing impairment in the left ear; wears a hearing aid.")
                .withChoices("special_requirements", List.of("interpreter"))
                .with("special_requirements_details", "Irish Sign Language interpreter for dad.")
                .with("child_unique_reference", "A123456789012")
                .with("assessment_started", "2026-02-02")
                .with("assessment_completed", "2026-02-16")
                .withRows("people_present", List.of(
                        Answers.empty().with("name", "Amelia O'Neill").with("role", "The child"),
                        Answers.empty().with("name", "Siobhan O'Neill").with("role", "Mother"),
                        Answers.empty().with("name", "Priya Shah").with("role", "School family support worker")))
                .with("reason_for_assessment", "Attendance has dropped to 78% and Amelia seems withdrawn since the move.")
                .withRows("parents_carers", List.of(
                        Answers.empty().with("name", "Siobhan O'Neill").with("relationship", "Mother")
                                .with("parental_responsibility", true).with("address", "12 Station Road")
                                .with("contact_details", "07700 900456"),
                        Answers.empty().with("name", "Liam O'Neill").with("relationship", "Father")
                                .with("parental_responsibility", true)))
                .withRows("household", List.of(
                        Answers.empty().with("name", "Finn O'Neill").with("relationship", "Brother")
                                .with("date_of_birth", "2019-08-01").with("school_or_work", "Station Road Primary")))
                .with("assessor_name", "Priya Shah")
                .with("assessor_role", "Family support worker")
                .with("assessor_organisation", "Station Road Primary School")
                .with("assessor_contact", "01858 000000")
                .withRows("services_involved", List.of(Answers.empty().with("service", "Audiology, Leicester Royal Infirmary")));
        for (String element : V1_ELEMENTS) {
            answers = answers.with(element, "Discussed with Amelia and her mother.")
                    .with(element + "_rating", element.startsWith("e") ? "need" : "strength");
        }
        return answers
                .with("child_views", "I miss my old friends.")
                .with("parent_views", "We want help settling in.")
                .with("conclusions", "Amelia needs support settling into her new school.")
                .with("concerns_about_harm", "no")
                .withRows("actions", List.of(
                        Answers.empty().with("what", "Peer mentor at school").with("who", "Priya Shah")
                                .with("by_when", "2026-04-30").with("desired_outcome", "Amelia has a friend at school")))
                .with("lead_professional_name", "Priya Shah")
                .with("lead_professional_organisation", "Station Road Primary School")
                .with("lead_professional_contact", "01858 000000")
                .with("first_review_date", "2026-05-11")
                .with("consent_explained", true)
                .withChoices("consent_given_by", List.of("parent_carer"))
                .with("consent_to_store", true)
                .with("consent_to_share", true)
                .withRows("consent_services", List.of(Answers.empty().with("service", "School nursing service")))
                .with("consent_parent_name", "Siobhan O'Neill")
                .with("consent_parent_date", "2026-02-02")
                .with("consent_signature", "paper_copy");
    }
}
