package org.ecaf.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.organisation.Practitioner;

/** Reads accounts and their password hashes for the identity store, and audits refused logins. */
@ApplicationScoped
public class AccountDirectory {

    /** An account and its password hash. */
    public record Login(Practitioner practitioner, String passwordHash) {
    }

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Inject
    AuditLog audit;

    public Optional<Login> loginOf(String username) {
        List<Object[]> rows = em.createQuery("select p, c.passwordHash from Practitioner p, Credential c"
                        + " where p.username = :username and c.username = p.username", Object[].class)
                .setParameter("username", username)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Login((Practitioner) row[0], (String) row[1]));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordLoginRefused(String username, String reason) {
        audit.append(new AuditEntry(truncate(username), "login", "account", truncate(username), AuditOutcome.DENIED,
                reason));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordLogin(String username, String channel) {
        audit.append(new AuditEntry(username, "login", "account", username, AuditOutcome.SUCCESS, channel));
    }

    private static String truncate(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
