package org.ecaf.web.interfaces.jsf;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.cases.PlanAction;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.forms.Field;
import org.ecaf.forms.FormDefinition;
import org.ecaf.forms.Option;
import org.ecaf.forms.UkTime;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.CurrentUser;
import org.ecaf.web.application.DirectoryService;
import org.ecaf.web.application.Forms;
import org.ecaf.web.application.view.AnswerSheet;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.PersonRef;

/**
 * Team and plan: the lead professional (set by a team lead), the Team Around the Child, the delivery plan's actions
 * and their status, the review date, making the plan active, and recording reviews on the {@code review} form.
 * Every change goes to {@link CaseService}; its refusals are shown against the fields they are about.
 */
@Named
@ViewScoped
public class PlanPage extends CasePageBase {

    private static final long serialVersionUID = 1L;
    private static final ZoneId LONDON = UkTime.ZONE;

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

    private LocalDate heldOn;
    private final List<PersonPresent> present = new ArrayList<>();
    private String progress;
    private String childViews;
    private String parentViews;
    private String outcome;
    private LocalDate nextReviewDate;
    private String reasonForClosing;

    /** A recorded review and its answers laid out for reading. */
    public record ReviewRow(CaseView.ReviewView review, AnswerSheet sheet, String outcome) {
    }

    /** One row of "people present at the review". */
    public static final class PersonPresent implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String role;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
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
            if (heldOn == null) {
                heldOn = today();
            }
            if (present.isEmpty()) {
                present.add(new PersonPresent());
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

    public void addPerson() {
        present.add(new PersonPresent());
    }

    public void removePerson(int index) {
        if (index >= 0 && index < present.size() && present.size() > 1) {
            present.remove(index);
        }
    }

    public void recordReview() {
        Map<String, String> fields = new HashMap<>(Map.of("review_date", "reviewForm:heldOn",
                "people_present", "reviewForm:people:0:personName", "progress", "reviewForm:progress",
                "child_views", "reviewForm:childViews", "parent_views", "reviewForm:parentViews",
                "outcome", "reviewForm:outcome:0", "next_review_date", "reviewForm:nextReviewDate",
                "reason_for_closing", "reviewForm:reasonForClosing"));
        for (int i = 0; i < present.size(); i++) {
            fields.put("people_present[" + i + "].name", "reviewForm:people:" + i + ":personName");
            fields.put("people_present[" + i + "].role", "reviewForm:people:" + i + ":personRole");
        }
        boolean closing = "close".equals(outcome);
        if (run(() -> cases.recordReview(id, reviewAnswers()), closing
                ? "The review is recorded. It decided to close the case: close it on the closure page."
                : "The review is recorded.", fields)) {
            present.clear();
            present.add(new PersonPresent());
            progress = null;
            childViews = null;
            parentViews = null;
            outcome = null;
            nextReviewDate = null;
            reasonForClosing = null;
        }
    }

    /** The review form's answers from the inputs; keys as in {@code review} v1, the hidden question left out. */
    JsonObject reviewAnswers() {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        put(answers, "review_date", heldOn == null ? null : heldOn.toString());
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (PersonPresent p : present) {
            if (!blank(p.name) || !blank(p.role)) {
                JsonObjectBuilder row = Json.createObjectBuilder();
                put(row, "name", p.name);
                put(row, "role", p.role);
                people.add(row);
            }
        }
        answers.add("people_present", people);
        put(answers, "progress", progress);
        put(answers, "child_views", childViews);
        put(answers, "parent_views", parentViews);
        put(answers, "outcome", outcome);
        if (isContinuing()) {
            put(answers, "next_review_date", nextReviewDate == null ? null : nextReviewDate.toString());
        }
        if (isClosing()) {
            put(answers, "reason_for_closing", reasonForClosing);
        }
        return answers.build();
    }

    private static void put(JsonObjectBuilder json, String key, String value) {
        if (!blank(value)) {
            json.add(key, value.strip());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
        return view != null && "CLOSED".equals(view.state());
    }

    public boolean isContinuing() {
        return "continue".equals(outcome);
    }

    public boolean isClosing() {
        return "close".equals(outcome);
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

    /** A question's label on the review form, so the page words it as the form (and its messages) do. */
    public String label(String key) {
        return forms.latest(CafCase.REVIEW_FORM).field(key).map(Field::label).orElse(key);
    }

    /** A question's guidance on the review form, possibly empty. */
    public String help(String key) {
        return forms.latest(CafCase.REVIEW_FORM).field(key).map(Field::helpText).orElse("");
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

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public List<PersonPresent> getPresent() {
        return present;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getChildViews() {
        return childViews;
    }

    public void setChildViews(String childViews) {
        this.childViews = childViews;
    }

    public String getParentViews() {
        return parentViews;
    }

    public void setParentViews(String parentViews) {
        this.parentViews = parentViews;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    public void setNextReviewDate(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
    }

    public String getReasonForClosing() {
        return reasonForClosing;
    }

    public void setReasonForClosing(String reasonForClosing) {
        this.reasonForClosing = reasonForClosing;
    }
}
