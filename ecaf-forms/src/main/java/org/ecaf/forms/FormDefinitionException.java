package org.ecaf.forms;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A form definition, migration or index file is broken. Names the file, the field and the problem of the first
 * problem found; {@link #problems()} lists all of them.
 */
public final class FormDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The field named when a problem concerns the whole file rather than one field. */
    public static final String WHOLE_FILE = "(file)";

    /** One problem: the file, the field (key, {@code group.child} path, or a position) and what is wrong. */
    public record Problem(String file, String field, String problem) implements Serializable {

        /** Checks that every part is present. */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String toString() {
            return file + ", field " + field + ": " + problem;
        }
    }

    private final List<Problem> problems;

    /** One problem. */
    public FormDefinitionException(String file, String field, String problem) {
        this(List.of(new Problem(file, field, problem)));
    }

    /** Several problems, at least one; the first is the one {@link #file()}, {@link #field()} and {@link #problem()} name. */
    public FormDefinitionException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is needed");
        }
        if (problems.size() == 1) {
            return "Broken form definition: " + problems.get(0);
        }
        return "Broken form definitions (" + problems.size() + " problems):"
                + problems.stream().map(p -> "\n - " + p).collect(Collectors.joining());
    }

    /** The file of the first problem, as a classpath resource name such as {@code forms/caf/v1.json}. */
    public String file() {
        return problems.get(0).file();
    }

    /** The field of the first problem: a key, a {@code group.child} path, a position, or {@link #WHOLE_FILE}. */
    public String field() {
        return problems.get(0).field();
    }

    /** What is wrong, in the first problem. */
    public String problem() {
        return problems.get(0).problem();
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
