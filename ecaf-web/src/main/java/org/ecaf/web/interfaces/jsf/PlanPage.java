package org.ecaf.web.interfaces.jsf;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Option;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.CurrentUser;
import org.ecaf.web.application.DirectoryService;
import org.ecaf.web.application.Forms;
import org.ecaf.web.application.view.AnswerSheet;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.PersonRef;
import org.ecaf.web.interfaces.jsf.forms.FormModel;

/**
 * Team and plan: the lead professional (set by a team lead), the Team Around the Child, the delivery plan's actions
 * and their status, the review date, making the plan active, and recording reviews on the {@code review} form.
 * Every change goes to {@link CaseService}; its refusals are shown against the fields they are about.
 */
@Named
@ViewScoped
public class PlanPage extends CasePageBase {

    private static final long serialVersionUID = 1L;
    static final String REVIEW_PREFIX = "f_";

    @Inject
    DirectoryService directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Forms forms;

    private List<PersonRef> caseWorkers = List.of();
    private List<ReviewRow> reviews = List.of();

    private Long leadId;

    private Long memberPractitionerId;
    private String memberPractitionerRole;
    private String memberName;
    private String memberRole;
    private String memberOrganisation;
    private String memberContact;

    private String actionWhat;
    private String actionWho;
    private LocalDate actionByWhen;
    private String actionOutcome;
    private Long editingActionId;
    private List<CaseView.ActionView> agreedActions;
    private final Map<Long, String> statuses = new HashMap<>();

    private LocalDate reviewDate;

    /** The review being recorded, on the {@code review} form (rendered from its definition). */
    private FormModel reviewForm;
    private boolean reviewPrefilled;

    /** A recorded review and its answers laid out for reading. */
    public record ReviewRow(CaseView.ReviewView review, AnswerSheet sheet, String outcome) {
    }

    /** The form exists before the view is built: the review's inputs are created from it at build time. */
    @PostConstruct
    void createForm() {
        reviewForm = new FormModel(forms.latest(CafCase.REVIEW_FORM), Answers.empty());
    }

    public void load() {
        agreedActions = null;
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        try {
            leadId = view.leadProfessional() == null ? null : view.leadProfessional().id();
            reviewDate = view.reviewDate();
            statuses.clear();
            view.actions().forEach(a -> statuses.put(a.id(), a.status()));
            FormDefinition review = forms.latest(CafCase.REVIEW_FORM);
            List<ReviewRow> latestFirst = new ArrayList<>(view.reviews().stream().map(r -> new ReviewRow(r,
                    AnswerSheet.of(review, r.answers()), r.answers().getString("outcome", null))).toList());
            Collections.reverse(latestFirst);
            reviews = List.copyOf(latestFirst);
            if (caseWorkers.isEmpty()) {
                caseWorkers = directory.caseWorkers();
            }
            if (!reviewPrefilled) {
                prefillReview();
            }
        } catch (Refusal r) {
            hideCase(r);
        }
    }

    // ---------------------------------------------------------------- lead professional

    public void saveLeadProfessional() {
        run(() -> cases.setLeadProfessional(id, leadId), "The lead professional is saved.",
                Map.of("practitionerId", "leadForm:leadProfessional", "leadProfessional", "leadForm:leadProfessional"));
    }

    // ---------------------------------------------------------------- Team Around the Child

    public void addPractitionerMember() {
        if (run(() -> cases.addTeamMember(id, memberPractitionerId, null, memberPractitionerRole, null, null),
                "Added to the Team Around the Child.", Map.of("practitionerId", "memberForm:memberPractitioner",
                        "name", "memberForm:memberPractitioner", "role", "memberForm:memberPractitionerRole"))) {
            memberPractitionerId = null;
            memberPractitionerRole = null;
        }
    }

    public void addOtherMember() {
        if (run(() -> cases.addTeamMember(id, null, memberName, memberRole, memberOrganisation, memberContact),
                "Added to the Team Around the Child.", Map.of("name", "otherMemberForm:memberName",
                        "role", "otherMemberForm:memberRole"))) {
            memberName = null;
            memberRole = null;
            memberOrganisation = null;
            memberContact = null;
        }
    }

    public void removeMember(long memberId, String name) {
        run(() -> cases.removeTeamMember(id, memberId), name + " has left the Team Around the Child.", Map.of());
    }

    // ---------------------------------------------------------------- delivery plan

    /** Adds the action, or saves the changes to the action being changed. */
    public void addAction() {
        Map<String, String> fields = Map.of("what", "actionForm:actionWhat", "who", "actionForm:actionWho",
                "byWhen", "actionForm:actionByWhen");
        Long editing = editingActionId;
        boolean done = editing == null
                ? run(() -> cases.agreeAction(id, actionWhat, actionWho, actionByWhen, actionOutcome), "The action is added.",
                        fields)
                : run(() -> cases.changeAction(id, editing, actionWhat, actionWho, actionByWhen, actionOutcome,
                        statuses.get(editing)), "The changes to the action are saved.", fields);
        if (done) {
            cancelEdit();
        }
    }

    /** Starts the delivery plan from the actions agreed in the approved assessment. */
    public void addAgreedActions() {
        run(() -> cases.addAgreedActions(id), "The actions agreed in the assessment are in the delivery plan. Check "
                + "each and change what needs changing.", Map.of());
    }

    /** The actions agreed in the approved assessment that the plan does not hold yet (read once per view). */
    public List<CaseView.ActionView> getAgreedActions() {
        if (agreedActions == null) {
            try {
                agreedActions = view == null || isClosed() ? List.of() : cases.agreedActionsToAdd(id);
            } catch (Refusal r) {
                agreedActions = List.of();
            }
        }
        return agreedActions;
    }

    /** Puts an action into the action form to be changed. */
    public void editAction(CaseView.ActionView action) {
        editingActionId = action.id();
        actionWhat = action.what();
        actionWho = action.who();
        actionByWhen = action.byWhen();
        actionOutcome = action.desiredOutcome();
    }

    public void cancelEdit() {
        editingActionId = null;
        actionWhat = null;
        actionWho = null;
        actionByWhen = null;
        actionOutcome = null;
    }

    public boolean isEditing() {
        return editingActionId != null;
    }

    public void saveStatus(CaseView.ActionView action) {
        run(() -> cases.updateAction(id, action.id(), action.what(), action.who(), action.byWhen(),
                action.desiredOutcome(), statuses.get(action.id())), "The status of \"" + action.what() + "\" is saved.",
                Map.of());
    }

    public void saveReviewDate() {
        run(() -> cases.setReviewDate(id, reviewDate), "The review date is saved.",
                Map.of("reviewDate", "reviewDateForm:reviewDate"));
    }

    public void activatePlan() {
        run(() -> cases.activatePlan(id), "The delivery plan is active.",
                Map.of("leadProfessional", "leadForm:leadProfessional", "reviewDate", "reviewDateForm:reviewDate"));
    }

    // ---------------------------------------------------------------- reviews

    /** What eCAF knows for a new review, shown as prefilled: today's date and the lead professional. */
    private void prefillReview() {
        Answers known = Answers.empty().with("review_date", today().toString());
        if (view.leadProfessional() != null) {
            known = known.with("lead_professional_name", view.leadProfessional().name());
        }
        reviewForm.load(known);
        reviewForm.setPrefilled(List.of("review_date", "lead_professional_name"));
        reviewPrefilled = true;
    }

    public void recordReview() {
        reviewForm.clearErrors();
        boolean closing = "close".equals(reviewForm.getValues().get("outcome"));
        try {
            cases.recordReview(id, reviewForm.toShownAnswers().toJson());
            Pages.info(closing ? "The review is recorded. It decided to close the case: close it on the closure page."
                    : "The review is recorded.");
            load();
            prefillReview();
        } catch (Refusal r) {
            Pages.show(r, reviewForm, "reviewForm", REVIEW_PREFIX);
        }
    }

    public FormModel getReviewForm() {
        return reviewForm;
    }

    // ---------------------------------------------------------------- helpers

    /** Runs a change; on success says so and shows the case as it now is, on refusal shows why. */
    private boolean run(Runnable change, String done, Map<String, String> fields) {
        try {
            change.run();
            Pages.info(done);
            load();
            return true;
        } catch (Refusal r) {
            Pages.show(r, fields);
            return false;
        }
    }

    public boolean isTeamLead() {
        return view != null && view.viewer().teamLead();
    }

    public boolean isClosed() {
        return view != null && view.state() == org.ecaf.domain.cases.CaseState.CLOSED;
    }

    /** The choices of the review's outcome question, as the form words them. */
    public List<Option> getOutcomeOptions() {
        return forms.latest(CafCase.REVIEW_FORM).field("outcome").map(Field::options).orElse(List.of());
    }

    public String outcomeLabel(String value) {
        return getOutcomeOptions().stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst()
                .orElse(value == null ? "–" : value);
    }

    public List<SelectItem> getStatusOptions() {
        return Arrays.stream(PlanAction.Status.values()).map(s -> new SelectItem(s.name(), s.label())).toList();
    }

    /** Whether the last review decided to close a case that is still open. */
    public boolean isClosingDecided() {
        return view != null && !isClosed() && !reviews.isEmpty() && "close".equals(reviews.get(0).outcome());
    }

    /** The name of the account that recorded something, as the directory knows it. */
    public String nameOf(String username) {
        return caseWorkers.stream().filter(p -> p.username().equals(username)).map(PersonRef::name).findFirst()
                .orElse(username);
    }

    public List<CaseView.ActionView> getActions() {
        return view == null ? List.of() : view.actions();
    }

    public List<CaseView.TeamMemberView> getMembers() {
        return view == null ? List.of() : view.teamAroundTheChild();
    }

    public List<PersonRef> getCaseWorkers() {
        return caseWorkers;
    }

    public String personLabel(PersonRef p) {
        StringBuilder label = new StringBuilder(p.name());
        if (p.jobTitle() != null) {
            label.append(", ").append(p.jobTitle());
        }
        if (p.agency() != null) {
            label.append(" (").append(p.agency()).append(')');
        }
        return label.toString();
    }

    public List<ReviewRow> getReviews() {
        return reviews;
    }

    public Long getLeadId() {
        return leadId;
    }

    public void setLeadId(Long leadId) {
        this.leadId = leadId;
    }

    public Long getMemberPractitionerId() {
        return memberPractitionerId;
    }

    public void setMemberPractitionerId(Long memberPractitionerId) {
        this.memberPractitionerId = memberPractitionerId;
    }

    public String getMemberPractitionerRole() {
        return memberPractitionerRole;
    }

    public void setMemberPractitionerRole(String memberPractitionerRole) {
        this.memberPractitionerRole = memberPractitionerRole;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(String memberRole) {
        this.memberRole = memberRole;
    }

    public String getMemberOrganisation() {
        return memberOrganisation;
    }

    public void setMemberOrganisation(String memberOrganisation) {
        this.memberOrganisation = memberOrganisation;
    }

    public String getMemberContact() {
        return memberContact;
    }

    public void setMemberContact(String memberContact) {
        this.memberContact = memberContact;
    }

    public String getActionWhat() {
        return actionWhat;
    }

    public void setActionWhat(String actionWhat) {
        this.actionWhat = actionWhat;
    }

    public String getActionWho() {
        return actionWho;
    }

    public void setActionWho(String actionWho) {
        this.actionWho = actionWho;
    }

    public LocalDate getActionByWhen() {
        return actionByWhen;
    }

    public void setActionByWhen(LocalDate actionByWhen) {
        this.actionByWhen = actionByWhen;
    }

    public String getActionOutcome() {
        return actionOutcome;
    }

    public void setActionOutcome(String actionOutcome) {
        this.actionOutcome = actionOutcome;
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

}
