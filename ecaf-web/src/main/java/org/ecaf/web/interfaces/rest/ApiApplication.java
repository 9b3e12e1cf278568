package org.ecaf.web.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api/v1}, described at {@code /openapi}. Every call needs HTTP Basic authentication, or,
 * when single sign-on is on, a bearer token from the council's identity provider.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "eCAF API", version = "1",
                description = "Children, cases, consent, assessments and their revisions, workflow and copies."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Only when single sign-on is on (ECAF_OIDC_ISSUER): an access or ID token of the council's "
                + "OpenID Connect provider")
public class ApiApplication extends Application {
}
