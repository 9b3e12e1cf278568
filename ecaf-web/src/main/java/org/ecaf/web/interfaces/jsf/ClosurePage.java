package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.cases.CafCase;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.forms.Field;
import org.ecaf.forms.FormDefinition;
import org.ecaf.forms.Option;
import org.ecaf.web.application.Forms;
import org.ecaf.web.application.view.AnswerSheet;
import org.ecaf.web.application.view.CaseView;

/**
 * Closing a case on the {@code closure} form (a reason is required; details for "other", the receiving authority
 * for a move out of the area), and reopening a closed case (a team lead, with a reason).
 */
@Named
@ViewScoped
public class ClosurePage extends CasePageBase {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> CLOSE_FIELDS = Map.of("closure_reason", "closeForm:closureReason:0",
            "closure_details", "closeForm:closureDetails", "receiving_authority", "closeForm:receivingAuthority",
            "outcomes_summary", "closeForm:outcomesSummary", "child_views", "closeForm:childViews",
            "parent_views", "closeForm:parentViews");
    private static final Map<String, String> REOPEN_FIELDS = Map.of("reason", "reopenForm:reopenReason");

    @Inject
    transient Forms forms;

    private List<ClosureRow> closures = List.of();

    private String closureReason;
    private String closureDetails;
    private String receivingAuthority;
    private String outcomesSummary;
    private String childViews;
    private String parentViews;
    private String reopenReason;

    /** A closure of the case, its answers laid out for reading. */
    public record ClosureRow(CaseView.ClosureView closure, AnswerSheet sheet) {
    }

    public void load() {
        if (!loadCase(NOT_INVOLVED)) {
            return;
        }
        FormDefinition closure = definition();
        List<ClosureRow> latestFirst = new ArrayList<>(view.closures().stream()
                .map(c -> new ClosureRow(c, AnswerSheet.of(closure, c.answers()))).toList());
        Collections.reverse(latestFirst);
        closures = List.copyOf(latestFirst);
    }

    public String close() {
        try {
            cases.close(id, closureAnswers());
            Pages.flashInfo("The case is closed.");
            return "case?faces-redirect=true&id=" + id;
        } catch (Refusal r) {
            Pages.show(r, CLOSE_FIELDS);
            return null;
        }
    }

    public String reopen() {
        try {
            cases.reopen(id, reopenReason);
            Pages.flashInfo("The case is reopened.");
            return "case?faces-redirect=true&id=" + id;
        } catch (Refusal r) {
            Pages.show(r, REOPEN_FIELDS);
            return null;
        }
    }

    /** The closure form's answers from the inputs, keys as in {@code closure} v1; questions not shown left out. */
    JsonObject closureAnswers() {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        put(answers, "closure_reason", closureReason);
        if (isOther()) {
            put(answers, "closure_details", closureDetails);
        }
        if (isMovedAway()) {
            put(answers, "receiving_authority", receivingAuthority);
        }
        put(answers, "outcomes_summary", outcomesSummary);
        put(answers, "child_views", childViews);
        put(answers, "parent_views", parentViews);
        return answers.build();
    }

    private static void put(JsonObjectBuilder json, String key, String value) {
        if (value != null && !value.isBlank()) {
            json.add(key, value.strip());
        }
    }

    private FormDefinition definition() {
        return forms.latest(CafCase.CLOSURE_FORM);
    }

    /** The reasons for closure as the form words them. */
    public List<Option> getReasons() {
        return definition().field("closure_reason").map(Field::options).orElse(List.of());
    }

    public String label(String key) {
        return definition().field(key).map(Field::label).orElse(key);
    }

    public String help(String key) {
        return definition().field(key).map(Field::helpText).orElse("");
    }

    public boolean isOther() {
        return "other".equals(closureReason);
    }

    public boolean isMovedAway() {
        return "moved_out_of_area".equals(closureReason);
    }

    public boolean isClosed() {
        return view != null && "CLOSED".equals(view.state());
    }

    public boolean isTeamLead() {
        return view != null && view.viewer().teamLead();
    }

    /** A team lead of the case's team or its lead professional. */
    public boolean isMayClose() {
        return view != null && view.viewer().mayClose();
    }

    public List<ClosureRow> getClosures() {
        return closures;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    public String getClosureDetails() {
        return closureDetails;
    }

    public void setClosureDetails(String closureDetails) {
        this.closureDetails = closureDetails;
    }

    public String getReceivingAuthority() {
        return receivingAuthority;
    }

    public void setReceivingAuthority(String receivingAuthority) {
        this.receivingAuthority = receivingAuthority;
    }

    public String getOutcomesSummary() {
        return outcomesSummary;
    }

    public void setOutcomesSummary(String outcomesSummary) {
        this.outcomesSummary = outcomesSummary;
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

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
