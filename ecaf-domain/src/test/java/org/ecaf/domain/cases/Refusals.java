package org.ecaf.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import org.ecaf.domain.shared.Refusal;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;

/** Runs a step that must be refused and hands back the refusal for closer inspection. */
public final class Refusals {

    private Refusals() {
    }

    /** An attempt at a step of the domain, which may throw a {@link Refusal}. */
    @FunctionalInterface
    public interface Attempt {
        void run();
    }

    /** Runs {@code attempt}, fails unless it throws exactly a {@code type} refusal, and returns it. */
    public static <T extends Refusal> T refusal(Class<T> type, Attempt attempt) {
        try {
            attempt.run();
        } catch (Refusal refusal) {
            assertThat(refusal).as("the kind of refusal").isExactlyInstanceOf(type);
            return type.cast(refusal);
        }
        return fail("expected the step to be refused with " + type.getSimpleName() + ", but it was carried out");
    }

    /** The codes of every violation, in order. */
    public static List<RefusalCode> codes(Refusal refusal) {
        return refusal.violations().stream().map(Violation::code).toList();
    }

    /** The targets of every violation, in order (null for the whole record). */
    public static List<String> targets(Refusal refusal) {
        return refusal.violations().stream().map(Violation::target).toList();
    }

    /** The one violation with {@code code}; fails if there is not exactly one. */
    public static Violation violation(Refusal refusal, RefusalCode code) {
        List<Violation> found = refusal.violations().stream().filter(v -> v.code() == code).toList();
        assertThat(found).as("violations with code " + code + " in " + refusal.violations()).hasSize(1);
        return found.get(0);
    }
}
