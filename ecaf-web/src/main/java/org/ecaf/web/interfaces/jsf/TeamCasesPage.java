package org.ecaf.web.interfaces.jsf;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecaf.domain.cases.CaseState;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.TeamCasesService;
import org.ecaf.web.application.view.CaseView;
import org.ecaf.web.application.view.PersonRef;
import org.ecaf.web.application.view.TeamCaseList;

/**
 * Your team's cases (team leads): the filters are a GET form, so a filtered list has its own address (the dashboard's
 * figures link to them); "Reassign" opens a small form for one case. The list, its filters and the allocation come
 * from {@link TeamCasesService} and {@link CaseService}; this bean only carries parameters and words. View-scoped,
 * so that the list and the case being reassigned are the same when the reassignment form is posted.
 */
@Named
@ViewScoped
public class TeamCasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamCasesService teamCases;

    @Inject
    CaseService cases;

    private String state;
    private String allocatedTo;
    private String due;
    private String q;
    private String sort;
    private String page;
    private Long reassign;

    private Long practitionerId;
    private String reason;

    private TeamCaseList list;
    private CaseView reassigning;
    private String refusal;
    private boolean loaded;
    private List<PersonRef> practitioners;

    /**
     * Reads the list with the filters of the address (the view action; on a postback, when the page is rendered,
     * after the parameters have been applied).
     */
    public void load() {
        loaded = true;
        try {
            list = teamCases.list(state, allocatedTo, due, q, sort, page);
        } catch (InvalidInput bad) {
            Pages.show(bad, Map.of("state", "state", "allocatedTo", "allocatedTo", "due", "due", "q", "q",
                    "sort", "sort", "page", "state"));
            state = null;
            allocatedTo = null;
            due = null;
            q = null;
            sort = null;
            page = null;
            list = teamCases.list(null, null, null, null, null, null);
        } catch (Refusal r) {
            refusal = r.getMessage();
            return;
        }
        if (reassign != null) {
            try {
                reassigning = cases.get(reassign);
                if (reassigning.allocatedTo() != null && !reassigning.allocatedLeftTeam()) {
                    practitionerId = practitionerId == null ? reassigning.allocatedTo().id() : practitionerId;
                }
            } catch (Refusal r) {
                Pages.show(r, Map.of());
                reassign = null;
            }
        }
    }

    /** Saves the allocation; on success back to the list with the same filters and a message saying who holds it now. */
    public String saveAllocation() {
        if (reassign == null) {
            Pages.show(InvalidInput.of(RefusalCode.REQUIRED,
                    "Choose the case to reassign from the list.", null), Map.of());
            return null;
        }
        try {
            CaseView c = cases.allocate(reassign, practitionerId, reason);
            Pages.flashInfo(c.reference() + " (" + c.child().displayName() + ") is now allocated to "
                    + c.allocatedTo().name() + ".");
            reassign = null;
            return "/team/cases?faces-redirect=true&includeViewParams=true";
        } catch (Refusal r) {
            Pages.show(r, Map.of("practitionerId", "reassignForm:practitioner", "reason", "reassignForm:reason"));
            return null;
        }
    }

    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
    }

    public boolean isAllowed() {
        ensureLoaded();
        return refusal == null && list != null;
    }

    public String getRefusal() {
        return refusal;
    }

    public TeamCaseList getList() {
        ensureLoaded();
        return list;
    }

    public CaseView getReassigning() {
        ensureLoaded();
        return reassigning;
    }

    /** The stages to filter by: all, open, then each stage in workflow order. */
    public List<Option> getStateOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "All stages"));
        options.add(new Option("open", "Open cases (not closed)"));
        for (CaseState s : CaseState.values()) {
            options.add(new Option(s.name(), s.label()));
        }
        return options;
    }

    public List<Option> getAllocatedOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "Anyone"));
        options.add(new Option("none", "Nobody (not allocated, or left the team)"));
        if (list != null) {
            list.practitioners().forEach(p -> options.add(new Option(Long.toString(p.id()), p.name())));
        }
        return options;
    }

    public List<Option> getDueOptions() {
        return List.of(new Option("", "Anything or nothing"), new Option("overdue", "Anything overdue"),
                new Option("actions", "Overdue plan actions"), new Option("review", "Overdue reviews"),
                new Option("draft", "Drafts untouched for 14 days"));
    }

    public List<Option> getSortOptions() {
        return List.of(new Option("due", "Overdue first, then next date due"), new Option("reference", "Reference"),
                new Option("child", "Child's name"), new Option("allocated", "Allocated to"));
    }

    /** The practitioners a case can be allocated to (also asked on a postback, to check the choice against them). */
    public List<PersonRef> getPractitioners() {
        if (list != null) {
            return list.practitioners();
        }
        if (practitioners == null) {
            try {
                practitioners = teamCases.practitioners();
            } catch (Refusal r) {
                practitioners = List.of();
            }
        }
        return practitioners;
    }

    /** True when any filter is set. */
    public boolean isFiltered() {
        return list != null && (list.filters().state() != null || list.filters().allocatedTo() != null
                || list.filters().due() != null || list.filters().q() != null);
    }

    /** The list's address with the current filters, another page and, optionally, a case to reassign. */
    public String link(Integer toPage, Long toReassign) {
        Map<String, String> params = new LinkedHashMap<>();
        if (list != null) {
            put(params, "state", list.filters().state());
            put(params, "allocatedTo", list.filters().allocatedTo());
            put(params, "due", list.filters().due());
            put(params, "q", list.filters().q());
            put(params, "sort", list.filters().sort());
        }
        int p = toPage != null ? toPage : list == null ? 1 : list.page();
        if (p > 1) {
            params.put("page", Integer.toString(p));
        }
        if (toReassign != null) {
            params.put("reassign", Long.toString(toReassign));
        }
        StringBuilder url = new StringBuilder("cases.xhtml");
        String sep = "?";
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = "&";
        }
        return toReassign != null ? url + "#reassign" : url.toString();
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    /** Who a row's case is allocated to, in words. */
    public String holder(TeamCaseList.Row row) {
        if (row.allocatedTo() == null) {
            return "Not allocated";
        }
        return row.allocatedLeftTeam() ? row.allocatedTo().name() + " (no longer in the team)" : row.allocatedTo().name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** An option of a filter: its value in the address and its words. */
    public record Option(String value, String label) {
    }

    // ---------------------------------------------------------------- parameters

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = blankToNull(state);
    }

    public String getAllocatedTo() {
        return allocatedTo;
    }

    public void setAllocatedTo(String allocatedTo) {
        this.allocatedTo = blankToNull(allocatedTo);
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = blankToNull(due);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = blankToNull(q);
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = blankToNull(sort);
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = blankToNull(page);
    }

    public Long getReassign() {
        return reassign;
    }

    public void setReassign(Long reassign) {
        this.reassign = reassign;
    }

    public Long getPractitionerId() {
        return practitionerId;
    }

    public void setPractitionerId(Long practitionerId) {
        this.practitionerId = practitionerId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
