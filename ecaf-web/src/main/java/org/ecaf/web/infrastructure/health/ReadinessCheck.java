package org.ecaf.web.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health} is UP only once the database is migrated and the application is ready; DOWN with the reason otherwise. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    ApplicationState application;

    @Override
    public HealthCheckResponse call() {
        ApplicationState.State state = application.state();
        boolean up = state.stage() == ApplicationState.Stage.READY;
        return HealthCheckResponse.named("ecaf")
                .status(up)
                .withData("stage", state.stage().name())
                .withData(up ? "detail" : "reason", state.reason())
                .build();
    }
}
