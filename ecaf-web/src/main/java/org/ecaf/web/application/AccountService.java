package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.Refusal;

/** Accounts: who am I, and (for administrators) who has an account. */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class AccountService {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    /** The signed-in person's own account. */
    public Practitioner me() {
        return currentUser.get();
    }

    /** Every account, for an administrator. */
    public List<Practitioner> accounts() {
        Practitioner me = currentUser.get();
        if (!me.hasRole(Role.ADMIN)) {
            audit.append(new AuditEntry(me.getUsername(), "accounts.list", "account", null, AuditOutcome.DENIED,
                    "NOT_AN_ADMINISTRATOR"));
            throw new AccessDenied("NOT_AN_ADMINISTRATOR", "Only an administrator can see the list of accounts.");
        }
        audit.append(new AuditEntry(me.getUsername(), "accounts.list", "account", null, AuditOutcome.SUCCESS, null));
        return em.createQuery("select p from Practitioner p order by p.username", Practitioner.class).getResultList();
    }
}
