package org.ecaf.web.interfaces.jsf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.web.application.AccountService;
import org.ecaf.web.application.CaseService;
import org.ecaf.web.application.view.CaseSummary;

/** The home page's lists, which differ by role. */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    AccountService accounts;

    private List<AccountRow> accountRows;
    private List<CaseSummary> myCases;

    @Inject
    CaseService cases;

    /** An account as the administrator's list shows it. */
    public static final class AccountRow {
        private final Practitioner p;

        AccountRow(Practitioner p) {
            this.p = p;
        }

        public String getUsername() {
            return p.getUsername();
        }

        public String getDisplayName() {
            return p.getDisplayName();
        }

        public String getRoles() {
            return p.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
        }

        public String getTeam() {
            return p.getTeam() == null ? "–" : p.getTeam().getName();
        }

        public String getAgency() {
            return p.getAgency() == null ? "–" : p.getAgency().getName();
        }

        public boolean isActive() {
            return p.isActive();
        }
    }

    public List<AccountRow> getAccounts() {
        if (accountRows == null) {
            accountRows = accounts.accounts().stream().map(AccountRow::new).toList();
        }
        return accountRows;
    }

    /** The practitioner's open cases: those they opened, wrote, lead or are in the Team Around the Child for. */
    public List<CaseSummary> getMyCases() {
        if (myCases == null) {
            myCases = cases.list(true, false, null).stream().filter(c -> !"CLOSED".equals(c.state())).toList();
        }
        return myCases;
    }

    public List<Object> getAwaitingApproval() {
        return List.of();
    }

    public List<Object> getCaseload() {
        return List.of();
    }
}
