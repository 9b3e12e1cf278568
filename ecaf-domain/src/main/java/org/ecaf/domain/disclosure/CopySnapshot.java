package org.ecaf.domain.disclosure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.ecaf.domain.cases.AssessmentRevision;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.forms.answers.Answers;

/**
 * One snapshot of a case at the moment a copy is made, so that every fact is told once and the same way on the cover
 * and in the body: the assessment revision's answers, with the agreed actions taken from the live delivery plan when
 * there is one (actions no longer needed left out), and the next review date and the lead professional taken from
 * the case (the assessment's own first review date and lead professional answers only when the case has none). The
 * answers the copy prints from separately ({@link #PLAN_KEYS}) are removed from {@link #answers()}, so they cannot be
 * printed a second time with another value.
 */
public record CopySnapshot(Answers answers, List<Answers> actions, LocalDate nextReview, String leadName,
                           String leadOrganisation, String leadPhone, String leadEmail, boolean actionsFromPlan) {

    /** The assessment answers the cover and the plan section print from the snapshot instead. */
    public static final List<String> PLAN_KEYS = List.of("first_review_date", "lead_professional_name",
            "lead_professional_organisation", "lead_professional_contact");

    public static final String ACTIONS = "actions";

    public CopySnapshot {
        actions = List.copyOf(actions);
    }

    public static CopySnapshot of(CafCase c, AssessmentRevision revision) {
        Answers given = revision.answers();
        List<PlanAction> live = c.getActions().stream().filter(a -> a.getStatus() != PlanAction.Status.DROPPED)
                .sorted(Comparator.comparing(PlanAction::getByWhen).thenComparing(PlanAction::getId,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        boolean fromPlan = !c.getActions().isEmpty();
        Answers answers = given;
        for (String key : PLAN_KEYS) {
            answers = answers.without(key);
        }
        if (fromPlan) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (PlanAction a : live) {
                JsonObjectBuilder row = Json.createObjectBuilder().add("what", a.getWhat()).add("who", a.getWho())
                        .add("by_when", a.getByWhen().toString());
                if (a.getDesiredOutcome() != null && !a.getDesiredOutcome().isBlank()) {
                    row.add("desired_outcome", a.getDesiredOutcome());
                }
                rows.add(row);
            }
            answers = live.isEmpty() ? answers.without(ACTIONS) : answers.with(ACTIONS, rows.build());
        }
        LocalDate review = c.getReviewDate() != null ? c.getReviewDate()
                : given.text("first_review_date").map(LocalDate::parse).orElse(null);
        Practitioner lead = c.getLeadProfessional();
        String leadName = lead != null ? lead.getDisplayName() : given.text("lead_professional_name").orElse(null);
        String leadOrg = lead != null ? (lead.getAgency() == null ? null : lead.getAgency().getName())
                : given.text("lead_professional_organisation").orElse(null);
        String phone = lead != null ? lead.getPhone() : given.text("lead_professional_contact").orElse(null);
        String email = lead != null ? lead.getEmail() : null;
        return new CopySnapshot(answers, answers.rows(ACTIONS), review, leadName, leadOrg, phone, email, fromPlan);
    }
}
