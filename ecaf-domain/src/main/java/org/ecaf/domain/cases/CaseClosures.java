package org.ecaf.domain.cases;

import java.util.ArrayList;
import java.util.List;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.RulesViolated;
import org.ecaf.domain.shared.Violation;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationProblem;
import org.ecaf.forms.validation.ValidationStage;

/**
 * Closing and reopening a {@link CafCase}. Holds nothing of its own: it works on the case's closures, under the
 * case's lock, and changes state only through {@link Transition} (reopening goes back to the state the case was closed
 * in).
 */
final class CaseClosures {

    private final CafCase kase;
    private final List<CaseClosure> closures;

    CaseClosures(CafCase kase, List<CaseClosure> closures) {
        this.kase = kase;
        this.closures = closures;
    }

    CaseClosure close(FormDefinition definition, Answers given, Step step) {
        Practitioner by = step.by();
        Team team = kase.getTeam();
        CaseState state = kase.getState();
        Answers answers = CafCase.withDefaults(given, "closure_date", step.today().toString(), "closed_by",
                by.getDisplayName());
        List<Violation> violations = new ArrayList<>();
        if (state == CaseState.CLOSED) {
            violations.add(kase.closedViolation());
        }
        if (!(by.leads(team) || by.equals(kase.getLeadProfessional()))) {
            throw new AccessDenied(RefusalCode.NOT_TEAM_LEAD_OR_LEAD_PROFESSIONAL, "Only a team lead of "
                    + team.getName() + " or the lead professional can close this case.");
        }
        List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.COMPLETE,
                step.today());
        String reason = answers.text("closure_reason").orElse(null);
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation(RefusalCode.CLOSURE_REASON_REQUIRED, "Choose why the case is closing: needs met, "
                    + "stepped up to children's social care, stepped down to universal services, consent withdrawn, "
                    + "or another reason.", "closure_reason"));
        }
        problems.stream().filter(p -> !("closure_reason".equals(p.field()) && "REQUIRED".equals(p.code())))
                .forEach(p -> violations.add(Violation.of(p)));
        RulesViolated.throwIfAny(violations);
        CaseClosure closure = new CaseClosure(kase, reason, definition.version(), answers, state, by.getUsername(),
                step.at());
        closures.add(closure);
        kase.moveTo(Transition.CLOSE, step);
        String label = definition.field("closure_reason").flatMap(f -> f.option(reason)).map(o -> o.label()).orElse(reason);
        kase.event(step, "CLOSED", "Case closed by " + by.getDisplayName() + ": " + label);
        return closure;
    }

    void reopen(String reason, Step step) {
        Practitioner lead = step.by();
        kase.requireTeamLead(lead, "reopen cases");
        List<Violation> violations = new ArrayList<>();
        if (!Transition.REOPEN.allowedFrom(kase.getState())) {
            violations.add(kase.wrongState(Transition.REOPEN));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation(RefusalCode.REOPEN_REASON_REQUIRED, "Say why the case is being reopened.", "reason"));
        }
        RulesViolated.throwIfAny(violations);
        CaseClosure last = closures.get(closures.size() - 1);
        last.reopen(lead.getUsername(), step.at(), reason.strip());
        kase.reopenTo(last.getClosedFrom(), step);
        kase.event(step, "REOPENED", "Case reopened by " + lead.getDisplayName() + ": " + reason.strip());
    }
}
