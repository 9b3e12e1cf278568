package org.ecaf.web.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.ecaf.domain.organisation.OrganisationRepository;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.shared.AccessDenied;
import org.ecaf.domain.shared.RefusalCode;

/** The signed-in person of the current request, as an account. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    OrganisationRepository organisation;

    private Practitioner practitioner;

    /** The signed-in practitioner; refuses when nobody is signed in or the account is disabled. */
    public Practitioner get() {
        if (practitioner == null) {
            practitioner = find().orElseThrow(() ->
                    new AccessDenied(RefusalCode.NOT_SIGNED_IN, "Sign in to use eCAF."));
            if (!practitioner.isActive()) {
                throw new AccessDenied(RefusalCode.ACCOUNT_DISABLED, "Your account has been disabled.");
            }
        }
        return practitioner;
    }

    public Optional<Practitioner> find() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return organisation.practitioner(principal.getName());
    }

    public String username() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }
}
