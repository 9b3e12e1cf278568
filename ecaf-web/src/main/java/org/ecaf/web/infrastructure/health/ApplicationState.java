package org.ecaf.web.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the application is ready to serve: the database migrated and the demo data (if any) in place. The
 * reason is written for anyone to read ({@code /health} is open): it never names a database address, a folder or
 * an account; the full detail goes to the log.
 */
@ApplicationScoped
public class ApplicationState {

    /** Where start-up is. */
    public enum Stage { STARTING, READY, FAILED }

    /** The stage and, when not ready, why (in words safe to show anyone). */
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

    public void markReady() {
        state.set(new State(Stage.READY, "Ready."));
    }

    public void failed(String reason) {
        state.set(new State(Stage.FAILED, reason));
    }
}
