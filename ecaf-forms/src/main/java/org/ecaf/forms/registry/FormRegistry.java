package org.ecaf.forms.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ecaf.forms.FormDefinitionException;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.migration.Migration;

/**
 * Every published form definition and migration, loaded from the classpath and checked. Immutable and thread-safe.
 * A broken definition stops loading with a {@link FormDefinitionException} naming the file, the field and the problem.
 */
public final class FormRegistry {

    private static final Object LOCK = new Object();
    private static volatile FormRegistry builtIn;

    private final Map<String, NavigableMap<Integer, FormDefinition>> definitions = new TreeMap<>();
    private final Map<String, Map<Integer, Migration>> migrations = new TreeMap<>();
    private final List<FormDefinition> all;

    /** A registry of already checked definitions and migrations. */
    FormRegistry(List<FormDefinition> definitions, List<Migration> migrations) {
        for (FormDefinition definition : definitions) {
            this.definitions.computeIfAbsent(definition.id(), id -> new TreeMap<>()).put(definition.version(), definition);
        }
        for (Migration migration : migrations) {
            this.migrations.computeIfAbsent(migration.formId(), id -> new TreeMap<>()).put(migration.fromVersion(), migration);
        }
        List<FormDefinition> sorted = new ArrayList<>(definitions);
        sorted.sort(Comparator.comparing(FormDefinition::id).thenComparingInt(FormDefinition::version));
        this.all = List.copyOf(sorted);
    }

    /** The definitions published with this module, loaded once and checked; FormDefinitionException if one is broken. */
    public static FormRegistry builtIn() {
        FormRegistry registry = builtIn;
        if (registry == null) {
            synchronized (LOCK) {
                registry = builtIn;
                if (registry == null) {
                    registry = load(FormRegistry.class.getClassLoader());
                    builtIn = registry;
                }
            }
        }
        return registry;
    }

    /** Loads and checks every definition and migration listed in {@code forms/index.json} of the given loader. */
    public static FormRegistry load(ClassLoader loader) {
        return RegistryLoader.load(Objects.requireNonNull(loader, "loader"));
    }

    /** Every definition, sorted by id then version. */
    public List<FormDefinition> all() {
        return all;
    }

    /** The ids of all forms, sorted. */
    public Set<String> ids() {
        return definitions.keySet();
    }

    /** The definition with this id and version, if published. */
    public Optional<FormDefinition> find(String id, int version) {
        NavigableMap<Integer, FormDefinition> versions = definitions.get(id);
        return Optional.ofNullable(versions == null ? null : versions.get(version));
    }

    /** The definition with this id and version; IllegalArgumentException naming what is published if there is none. */
    public FormDefinition get(String id, int version) {
        return find(id, version).orElseThrow(() -> new IllegalArgumentException("There is no form definition '" + id
                + "' version " + version + "; published: " + published()));
    }

    /** The highest published version of a form; IllegalArgumentException if there is no such form. */
    public FormDefinition latest(String id) {
        NavigableMap<Integer, FormDefinition> versions = definitions.get(id);
        if (versions == null) {
            throw new IllegalArgumentException("There is no form definition '" + id + "'; published: " + published());
        }
        return versions.lastEntry().getValue();
    }

    /** The declared migration from {@code fromVersion} to the next version, if there is one. */
    public Optional<Migration> migration(String id, int fromVersion) {
        return Optional.ofNullable(migrations.getOrDefault(id, Map.of()).get(fromVersion));
    }

    /** Whether answers can move from one version to a later (or the same) one through declared migrations. */
    public boolean canMigrate(String id, int fromVersion, int toVersion) {
        if (find(id, fromVersion).isEmpty() || find(id, toVersion).isEmpty() || fromVersion > toVersion) {
            return false;
        }
        for (int version = fromVersion; version < toVersion; version++) {
            if (migration(id, version).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The answers moved from one version to a later one, step by step through the declared migrations; the same answers
     * when the versions are equal. IllegalArgumentException if {@link #canMigrate} is false.
     */
    public Answers migrate(String id, int fromVersion, int toVersion, Answers answers) {
        Objects.requireNonNull(answers, "answers");
        if (!canMigrate(id, fromVersion, toVersion)) {
            throw new IllegalArgumentException("Answers to '" + id + "' cannot be migrated from version " + fromVersion
                    + " to version " + toVersion + (fromVersion > toVersion ? ": migrations only go forwards"
                    : ": a definition or a declared migration is missing"));
        }
        Answers result = answers;
        for (int version = fromVersion; version < toVersion; version++) {
            result = migration(id, version).orElseThrow().apply(result);
        }
        return result;
    }

    private String published() {
        List<String> names = new ArrayList<>();
        all.forEach(d -> names.add(d.toString()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
