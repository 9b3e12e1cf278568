package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.ecaf.domain.audit.AuditEntry;
import org.ecaf.domain.audit.AuditLog;
import org.ecaf.domain.audit.AuditOutcome;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Role;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;

/** Accounts: who am I, and (for administrators) who has an account. */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class)
public class AccountService {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    OrganisationRepository organisation;

    /** The signed-in person's own account. */
    public Practitioner me() {
        return currentUser.get();
    }

    @Inject
    org.ecaf.web.infrastructure.security.AccountDirectory directory;

    @Inject
    org.ecaf.web.infrastructure.security.AccountIdentityStore identityStore;

    /**
     * The signed-in person's new password: their current one must be right, and the new one must follow NIST
     * SP 800-63B (at least 12 characters, not a common password); refusals are precise and change nothing.
     */
    public void changeOwnPassword(String current, String newPassword, String repeated) {
        Practitioner me = currentUser.get();
        try {
            if (current == null || !directory.passwordMatches(me.getUsername(), current)) {
                throw org.ecaf.domain.shared.InvalidInput.of(RefusalCode.WRONG_PASSWORD,
                        "Your current password is not right.",
                        "current");
            }
            org.ecaf.web.infrastructure.security.SignInSteps.checkNewPassword(me.getUsername(), newPassword, repeated);
            if (newPassword.equals(current)) {
                throw org.ecaf.domain.shared.InvalidInput.of(RefusalCode.PASSWORD_UNCHANGED,
                        "Choose a password different from "
                        + "your current one.", "password");
            }
        } catch (Refusal refusal) {
            audit.append(new AuditEntry(me.getUsername(), "account.password.change", "account", me.getUsername(),
                    refusal.kind() == Refusal.Kind.ACCESS_DENIED ? AuditOutcome.DENIED : AuditOutcome.REFUSED,
                    refusal.violations().isEmpty() ? refusal.getCode() : refusal.violations().get(0).getCode()));
            throw refusal;
        }
        directory.changePassword(me.getUsername(), newPassword);
        identityStore.forget(me.getUsername());
        audit.append(new AuditEntry(me.getUsername(), "account.password.change", "account", me.getUsername(),
                AuditOutcome.SUCCESS, null));
    }

    /** Ends every session of the signed-in person, this one included ("sign out of all sessions"). */
    public void signOutEverywhere() {
        Practitioner me = currentUser.get();
        directory.endSessions(me.getUsername());
        identityStore.forget(me.getUsername());
        audit.append(new AuditEntry(me.getUsername(), "account.sign-out-everywhere", "account", me.getUsername(),
                AuditOutcome.SUCCESS, null));
    }

    /** Every account, for an administrator. */
    public List<Practitioner> accounts() {
        Practitioner me = currentUser.get();
        if (!me.hasRole(Role.ADMIN)) {
            audit.append(new AuditEntry(me.getUsername(), "accounts.list", "account", null, AuditOutcome.DENIED,
                    RefusalCode.NOT_AN_ADMINISTRATOR.name()));
            throw new AccessDenied(RefusalCode.NOT_AN_ADMINISTRATOR,
                    "Only an administrator can see the list of accounts.");
        }
        audit.append(new AuditEntry(me.getUsername(), "accounts.list", "account", null, AuditOutcome.SUCCESS, null));
        return organisation.accounts();
    }
}
