package org.ecaf.domain.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.UkTime;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationProblem;
import org.ecaf.forms.validation.ValidationStage;

/**
 * The delivery plan of a {@link CafCase}: the lead professional, the Team Around the Child, the plan's actions, the
 * review date, making the plan active and reviews. Holds nothing of its own: it works on the case's lists, under the
 * case's lock, and changes state only through {@link Transition}.
 */
final class DeliveryPlan {

    private final CafCase kase;
    private final List<TeamMember> teamMembers;
    private final List<PlanAction> actions;
    private final List<Review> reviews;

    DeliveryPlan(CafCase kase, List<TeamMember> teamMembers, List<PlanAction> actions, List<Review> reviews) {
        this.kase = kase;
        this.teamMembers = teamMembers;
        this.actions = actions;
        this.reviews = reviews;
    }

    // ---------------------------------------------------------------- team around the child

    void setLeadProfessional(Practitioner professional, Step step) {
        kase.requireTeamLead(step.by(), "set the lead professional");
        kase.requireWritable(step.today());
        if (!professional.isActive() || !(professional.hasRole(Role.PRACTITIONER) || professional.hasRole(Role.TEAM_LEAD))) {
            throw InvalidInput.of(RefusalCode.NOT_A_PRACTITIONER, professional.getDisplayName()
                    + " cannot be a lead professional.", "practitionerId");
        }
        kase.leadProfessional(professional);
        kase.event(step, "LEAD_PROFESSIONAL", professional.getDisplayName() + " is the lead professional");
    }

    TeamMember addTeamMember(MemberDetails details, Step step) {
        Practitioner practitioner = details.practitioner();
        String role = details.role();
        kase.requireWritable(step.today());
        List<Violation> problems = new ArrayList<>();
        String who = practitioner != null ? practitioner.getDisplayName() : CafCase.blankToNull(details.name());
        if (who == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Choose a practitioner or enter the member's name.", "name"));
        }
        if (role == null || role.isBlank()) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Enter the member's role, for example \"school nurse\".", "role"));
        }
        if (practitioner != null && teamMembers.stream().anyMatch(m -> m.isCurrent() && m.is(practitioner))) {
            problems.add(new Violation(RefusalCode.ALREADY_A_MEMBER, practitioner.getDisplayName()
                    + " is already in the Team Around the Child.", "practitionerId"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String organisation = details.organisation();
        String contact = details.contact();
        String org = organisation != null && !organisation.isBlank() ? organisation.strip()
                : practitioner != null && practitioner.getAgency() != null ? practitioner.getAgency().getName() : null;
        String reach = contact != null && !contact.isBlank() ? contact.strip()
                : practitioner != null ? practitioner.getEmail() : null;
        TeamMember member = new TeamMember(kase, practitioner, who, role.strip(), org, reach, step.at());
        teamMembers.add(member);
        kase.event(step, "TAC_ADDED", who + " (" + role.strip() + ") joined the Team Around the Child");
        return member;
    }

    void removeTeamMember(long memberId, Step step) {
        kase.requireNotClosed();
        TeamMember member = teamMembers.stream().filter(m -> Objects.equals(m.getId(), memberId) && m.isCurrent())
                .findFirst().orElseThrow(() -> new NotFound("current Team Around the Child member " + memberId));
        member.remove(step.at());
        kase.event(step, "TAC_REMOVED", member.getName() + " left the Team Around the Child");
    }

    // ---------------------------------------------------------------- actions

    PlanAction addAction(ActionDetails details, Step step) {
        String what = details.what();
        String who = details.who();
        LocalDate byWhen = details.byWhen();
        kase.requireWritable(step.today());
        List<Violation> problems = actionProblems(details);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PlanAction action = new PlanAction(kase, what.strip(), who.strip(), byWhen,
                CafCase.blankToNull(details.desiredOutcome()), step.at());
        actions.add(action);
        kase.event(step, "ACTION_ADDED", "Action added: " + what.strip() + " (" + who.strip() + ", by "
                + UkTime.date(byWhen) + ")");
        return action;
    }

    PlanAction updateAction(long actionId, ActionDetails details, PlanAction.Status status, Step step) {
        String what = details.what();
        kase.requireWritable(step.today());
        PlanAction action = actions.stream().filter(a -> Objects.equals(a.getId(), actionId)).findFirst()
                .orElseThrow(() -> new NotFound("action " + actionId + " on case " + kase.getReference()));
        List<Violation> problems = actionProblems(details);
        if (status == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Choose the action's status.", "status"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PlanAction.Status before = action.getStatus();
        action.update(what.strip(), details.who().strip(), details.byWhen(),
                CafCase.blankToNull(details.desiredOutcome()), status, step.at());
        kase.event(step, "ACTION_UPDATED", "Action \"" + what.strip() + "\" " + (before == status ? "updated"
                : "now " + status.label().toLowerCase()));
        return action;
    }

    private static List<Violation> actionProblems(ActionDetails details) {
        String what = details.what();
        String who = details.who();
        LocalDate byWhen = details.byWhen();
        List<Violation> problems = new ArrayList<>();
        if (what == null || what.isBlank()) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Say what will be done.", "what"));
        }
        if (who == null || who.isBlank()) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Say who will do it.", "who"));
        }
        if (byWhen == null) {
            problems.add(new Violation(RefusalCode.REQUIRED, "Say by when it will be done.", "byWhen"));
        }
        return problems;
    }

    // ---------------------------------------------------------------- review date, activation, reviews

    void setReviewDate(LocalDate date, Step step) {
        LocalDate today = step.today();
        kase.requireWritable(today);
        if (date == null) {
            throw InvalidInput.of(RefusalCode.REQUIRED, "Enter the date of the next review.", "reviewDate");
        }
        if (date.isBefore(today)) {
            throw InvalidInput.of(RefusalCode.DATE_IN_PAST, "The review date cannot be in the past.", "reviewDate");
        }
        kase.reviewDate(date);
        kase.event(step, "REVIEW_DATE", "Next review on " + UkTime.date(date));
    }

    List<Violation> planBlockers(LocalDate today) {
        LocalDate reviewDate = kase.getReviewDate();
        List<Violation> violations = new ArrayList<>();
        if (!Transition.ACTIVATE_PLAN.allowedFrom(kase.getState())) {
            violations.add(kase.wrongState(Transition.ACTIVATE_PLAN));
        }
        if (kase.getLeadProfessional() == null) {
            violations.add(new Violation(RefusalCode.LEAD_PROFESSIONAL_REQUIRED, "Agree and record the lead professional before "
                    + "the delivery plan becomes active.", "leadProfessional"));
        }
        if (reviewDate == null) {
            violations.add(new Violation(RefusalCode.REVIEW_DATE_REQUIRED, "Set the date of the first review before the delivery "
                    + "plan becomes active.", "reviewDate"));
        } else if (reviewDate.isBefore(today)) {
            violations.add(new Violation(RefusalCode.REVIEW_DATE_REQUIRED, "The review date " + UkTime.date(reviewDate)
                    + " has passed; set a new one.", "reviewDate"));
        }
        return violations;
    }

    void activate(Step step) {
        LocalDate today = step.today();
        kase.requireTeamLead(step.by(), "make the delivery plan active");
        if (kase.consentWithdrawn(today)) {
            throw new RulesViolated(kase.recordingBlockers(today));
        }
        RulesViolated.throwIfAny(planBlockers(today));
        kase.moveTo(Transition.ACTIVATE_PLAN, step);
        kase.event(step, "PLAN_ACTIVE", "Delivery plan active; lead professional "
                + kase.getLeadProfessional().getDisplayName() + ", first review on " + UkTime.date(kase.getReviewDate()));
    }

    Review recordReview(FormDefinition definition, Answers given, Step step) {
        LocalDate today = step.today();
        Practitioner leadProfessional = kase.getLeadProfessional();
        Answers answers = CafCase.withDefaults(given, "review_date", today.toString(), "lead_professional_name",
                leadProfessional == null ? null : leadProfessional.getDisplayName());
        List<Violation> violations = new ArrayList<>();
        if (!Transition.RECORD_REVIEW.allowedFrom(kase.getState())) {
            violations.add(kase.wrongState(Transition.RECORD_REVIEW));
        }
        violations.addAll(kase.recordingBlockers(today));
        RulesViolated.throwIfAny(violations);
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.COMPLETE, today);
        if (!problems.isEmpty()) {
            throw new InvalidInput(CafCase.toViolations(problems));
        }
        LocalDate held = answers.text("review_date").map(LocalDate::parse).orElse(today);
        LocalDate next = answers.text("next_review_date").map(LocalDate::parse).orElse(null);
        if (next != null && next.isBefore(today)) {
            throw InvalidInput.of(RefusalCode.DATE_IN_PAST, "The next review date cannot be in the past.", "next_review_date");
        }
        Review review = new Review(kase, definition.version(), answers, held, next, step.by().getUsername(), step.at());
        reviews.add(review);
        if (next != null) {
            kase.reviewDate(next);
        }
        kase.moveTo(Transition.RECORD_REVIEW, step);
        kase.event(step, "REVIEW", "Review held on " + UkTime.date(held)
                + (next == null ? "" : "; next review on " + UkTime.date(next)));
        return review;
    }
}
