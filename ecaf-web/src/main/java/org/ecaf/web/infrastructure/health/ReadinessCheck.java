package org.ecaf.web.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} is UP only once the database is migrated, the application is ready and the database
 * answers now; DOWN with the stage and a reason otherwise, so a load balancer stops sending people to a node that
 * cannot reach its database and sends them again when it can. {@code /health} is open to anyone, so it says UP or
 * DOWN and why in general words only: no database address, folder or version (those are in the log).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    ApplicationState application;

    @Inject
    DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        ApplicationState.State state = application.state();
        if (state.stage() != ApplicationState.Stage.READY) {
            return HealthCheckResponse.named("ecaf").down()
                    .withData("stage", state.stage().name())
                    .withData("reason", state.reason())
                    .build();
        }
        if (!database.answers()) {
            return HealthCheckResponse.named("ecaf").down()
                    .withData("stage", "DATABASE_UNAVAILABLE")
                    .withData("reason", "The database is not answering.")
                    .build();
        }
        return HealthCheckResponse.named("ecaf").up().build();
    }
}
