package org.ecaf.forms.answers;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A three-way merge of answer sets, for two people who edited the same assessment from the same revision.
 *
 * <p>The unit is the top-level key: a group (all its rows), a multiChoice answer and the archive each count as one
 * value. For every key, {@code base} is what both started from, {@code mine} and {@code theirs} what each made of it:
 * <ul>
 *   <li>a key only one side changed takes that side's value (a removal is a change);</li>
 *   <li>a key both sides changed to the same value takes that value;</li>
 *   <li>a key both sides changed differently is a <em>conflict</em>. {@link Result#keepingMine()} resolves every
 *       conflict with my value, {@link Result#takingTheirs()} with theirs; both keep every change that did not
 *       conflict, so nothing either side did is lost without a decision.</li>
 * </ul>
 * Pure and deterministic; answers are compared in their normalised form, so {@code 1.50} equals {@code 1.5}.
 */
public final class AnswersMerge {

    private AnswersMerge() {
    }

    /** The outcome of a merge: the answers resolved either way, and the conflicting keys in sorted order. */
    public record Result(Answers keepingMine, Answers takingTheirs, List<String> conflicts) {

        /** Checks the parts and copies the conflicts. */
        public Result {
            Objects.requireNonNull(keepingMine, "keepingMine");
            Objects.requireNonNull(takingTheirs, "takingTheirs");
            conflicts = List.copyOf(conflicts);
        }

        /** Whether both sides changed at least one key differently. */
        public boolean hasConflicts() {
            return !conflicts.isEmpty();
        }

        /** The merged answers when there is no conflict (then both resolutions are equal). */
        public Answers merged() {
            if (hasConflicts()) {
                throw new IllegalStateException("The answers conflict on " + conflicts
                        + "; choose keepingMine() or takingTheirs()");
            }
            return keepingMine;
        }

        /** The conflicting keys (bean accessor). */
        public List<String> getConflicts() {
            return conflicts;
        }
    }

    /** Merges {@code mine} and {@code theirs}, both edited from {@code base}. */
    public static Result merge(Answers base, Answers mine, Answers theirs) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        JsonObject b = base.toJson();
        JsonObject m = mine.toJson();
        JsonObject t = theirs.toJson();
        Set<String> keys = new TreeSet<>(b.keySet());
        keys.addAll(m.keySet());
        keys.addAll(t.keySet());
        JsonObjectBuilder keepingMine = JSON.createObjectBuilder();
        JsonObjectBuilder takingTheirs = JSON.createObjectBuilder();
        List<String> conflicts = new ArrayList<>();
        for (String key : keys) {
            JsonValue was = b.get(key);
            JsonValue my = m.get(key);
            JsonValue their = t.get(key);
            JsonValue agreed;
            if (Objects.equals(my, their) || Objects.equals(was, their)) {
                agreed = my;
            } else if (Objects.equals(was, my)) {
                agreed = their;
            } else {
                conflicts.add(key);
                put(keepingMine, key, my);
                put(takingTheirs, key, their);
                continue;
            }
            put(keepingMine, key, agreed);
            put(takingTheirs, key, agreed);
        }
        return new Result(Answers.fromJson(keepingMine.build()), Answers.fromJson(takingTheirs.build()), conflicts);
    }

    private static void put(JsonObjectBuilder builder, String key, JsonValue value) {
        if (value != null) {
            builder.add(key, value);
        }
    }
}
