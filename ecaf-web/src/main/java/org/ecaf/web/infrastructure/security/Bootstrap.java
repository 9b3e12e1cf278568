package org.ecaf.web.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;

/**
 * The first administrator of a new instance: with {@code ECAF_BOOTSTRAP_ADMIN=<username>}, a database without any
 * administrator gets one with that username and a one-time password, printed once in the log at start-up; it must be
 * changed at first sign-in (and an authenticator enrolled when two-factor sign-in is on). Once any administrator
 * exists the setting does nothing, so leaving it set is harmless.
 */
@ApplicationScoped
public class Bootstrap {

    @PersistenceContext(unitName = "ecaf")
    EntityManager em;

    @Inject
    AccountDirectory accounts;

    @Inject
    AuditLog audit;

    /** Creates the administrator when none exists; returns its one-time password, or empty when nothing was done. */
    @Transactional
    public Optional<String> firstAdministrator(String username) {
        String name = SignInGuard.normalise(username);
        if (!AccountRules.validUsername(name)) {
            throw new IllegalArgumentException("ECAF_BOOTSTRAP_ADMIN: '" + name + "' is not a valid username ("
                    + AccountRules.USERNAME_RULE + ")");
        }
        long admins = em.createQuery("select count(p) from Practitioner p join p.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return Optional.empty();
        }
        long taken = em.createQuery("select count(p) from Practitioner p where p.username = :u", Long.class)
                .setParameter("u", name).getSingleResult();
        if (taken > 0) {
            throw new IllegalArgumentException("ECAF_BOOTSTRAP_ADMIN: the username '" + name + "' belongs to an "
                    + "account that is not an administrator");
        }
        em.persist(new Practitioner(name, "Administrator", null, null, EnumSet.of(Role.ADMIN))
                .withContact("System administrator", null, null));
        em.flush();
        String oneTime = accounts.createWithOneTimePassword(name);
        audit.append(new AuditEntry("system", "account.bootstrap", "account", name, AuditOutcome.SUCCESS,
                "first administrator, one-time password printed in the start-up log"));
        return Optional.of(oneTime);
    }
}
