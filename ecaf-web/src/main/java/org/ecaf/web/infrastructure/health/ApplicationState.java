package org.ecaf.web.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/** Whether the application is ready to serve: the database migrated and the demo data (if any) in place. */
@ApplicationScoped
public class ApplicationState {

    /** Where start-up is. */
    public enum Stage { STARTING, READY, FAILED }

    /** The stage and, when not ready, why. */
    public record State(Stage stage, String reason) {
    }

    private final AtomicReference<State> state =
            new AtomicReference<>(new State(Stage.STARTING, "The database is being migrated."));

    public State state() {
        return state.get();
    }

    public boolean ready() {
        return state.get().stage() == Stage.READY;
    }

    public void starting(String reason) {
        state.set(new State(Stage.STARTING, reason));
    }

    public void ready(String summary) {
        state.set(new State(Stage.READY, summary));
    }

    public void failed(String reason) {
        state.set(new State(Stage.FAILED, reason));
    }
}
