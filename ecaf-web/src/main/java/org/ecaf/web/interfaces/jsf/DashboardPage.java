package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.web.application.DashboardService;
import org.ecaf.web.application.view.TeamDashboard;

/**
 * The team dashboard: the figures come from {@link DashboardService}; this bean only words them and turns two of
 * them into Chart.js bar charts, each with a text alternative that states the same figures.
 */
@Named
@RequestScoped
public class DashboardPage {

    /** Bar colours: dark enough for 3:1 against white (WCAG 1.4.11). */
    private static final String BLUE = "#1d5fa0";
    private static final String GREEN = "#0b6b3a";
    private static final String INK = "#1d2430";

    @Inject
    DashboardService dashboard;

    private TeamDashboard figures;
    private String refusal;

    public void load() {
        try {
            figures = dashboard.dashboard();
        } catch (Refusal r) {
            refusal = r.getMessage();
        }
    }

    public boolean isAllowed() {
        return figures != null;
    }

    public TeamDashboard getFigures() {
        return figures;
    }

    public String getRefusal() {
        return refusal;
    }

    /** The longest wait for approval in whole days, or null when nothing waits. */
    public Long getLongestWait() {
        return figures.awaitingApproval().isEmpty() ? null : figures.awaitingApproval().get(0).waitingDays();
    }

    /** The median days from start to approval in words: "8.5 days", or "–" when nothing was approved. */
    public String getMedianDays() {
        Double median = figures.approvalTimes().medianDays();
        if (median == null) {
            return "–";
        }
        String number = BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return number + (median == 1.0 ? " day" : " days");
    }

    // ---------------------------------------------------------------- charts

    public String getCaseloadChart() {
        List<TeamDashboard.CaseloadRow> rows = figures.caseload();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.name()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("Open cases", BLUE, rows, TeamDashboard.CaseloadRow::openCases))
                .add(dataset("Lead professional for", GREEN, rows, TeamDashboard.CaseloadRow::leadProfessional));
        return chart(labels, datasets, false);
    }

    public String getCaseloadSummary() {
        return "Bar chart of open cases per practitioner: " + figures.caseload().stream()
                .map(r -> r.name() + " " + r.openCases() + " open, lead professional for " + r.leadProfessional())
                .collect(Collectors.joining("; ")) + ".";
    }

    public String getStateChart() {
        List<TeamDashboard.StateCount> rows = figures.casesByState();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("Cases", BLUE, rows, TeamDashboard.StateCount::count));
        return chart(labels, datasets, true);
    }

    public String getStateSummary() {
        return "Bar chart of the team's cases by stage: " + figures.casesByState().stream()
                .map(r -> r.label() + " " + r.count()).collect(Collectors.joining(", ")) + ".";
    }

    private static <T> JsonObjectBuilder dataset(String label, String colour, List<T> rows, ToIntFunction<T> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.applyAsInt(r)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour).add("borderWidth", 1);
    }

    /** A bar chart's configuration: whole-number axis from zero, no animation, legend below. */
    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal) {
        JsonObjectBuilder ticks = Json.createObjectBuilder().add("precision", 0).add("color", INK);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true).add("ticks", ticks);
        JsonObjectBuilder labelAxis = Json.createObjectBuilder()
                .add("ticks", Json.createObjectBuilder().add("color", INK));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(horizontal ? "x" : "y", valueAxis)
                .add(horizontal ? "y" : "x", labelAxis);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")
                                .add("labels", Json.createObjectBuilder().add("color", INK))))
                .add("scales", scales);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
