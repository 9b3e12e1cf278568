package org.ecaf.forms.definition;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ecaf.forms.FormDefinitionException;
import org.ecaf.forms.answers.Answers;

/** One published version of a form: id, version, titles and ordered sections. Immutable. */
public final class FormDefinition {

    private final String id;
    private final int version;
    private final String title;
    private final String familyTitle;
    private final List<Section> sections;
    private final List<Field> fields;
    private final Map<String, Field> byPath;
    private final Map<String, Section> sectionByKey;

    /** Builds a definition from parts that have already been checked (unique keys and so on). */
    FormDefinition(String id, int version, String title, String familyTitle, List<Section> sections) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = version;
        this.title = Objects.requireNonNull(title, "title");
        this.familyTitle = Objects.requireNonNull(familyTitle, "familyTitle");
        this.sections = List.copyOf(sections);
        List<Field> all = new ArrayList<>();
        Map<String, Field> paths = new LinkedHashMap<>();
        Map<String, Section> owners = new LinkedHashMap<>();
        for (Section section : this.sections) {
            for (Field field : section.fields()) {
                all.add(field);
                paths.putIfAbsent(field.key(), field);
                owners.putIfAbsent(field.key(), section);
                for (Field child : field.fields()) {
                    paths.putIfAbsent(field.key() + "." + child.key(), child);
                }
            }
        }
        this.fields = List.copyOf(all);
        this.byPath = Collections.unmodifiableMap(paths);
        this.sectionByKey = Collections.unmodifiableMap(owners);
    }

    /**
     * Reads and checks one definition from its JSON text; {@code file} names it in problems.
     *
     * @throws FormDefinitionException naming the file, the field and the problem(s)
     */
    public static FormDefinition parse(String file, String json) {
        return DefinitionReader.read(file, json);
    }

    /** The form's id, e.g. {@code caf}. */
    public String id() {
        return id;
    }

    /** The version number, from 1. */
    public int version() {
        return version;
    }

    /** The title practitioners see. */
    public String title() {
        return title;
    }

    /** The plain-language title printed on a family's copy. */
    public String familyTitle() {
        return familyTitle;
    }

    /** The sections in order. */
    public List<Section> sections() {
        return sections;
    }

    /** All top-level fields of all sections, in order. */
    public List<Field> fields() {
        return fields;
    }

    /** A top-level field, or a group's child via {@code "group.child"}. */
    public Optional<Field> field(String key) {
        return Optional.ofNullable(byPath.get(key));
    }

    /** A top-level field only; a key containing a dot never matches. */
    public Optional<Field> topLevelField(String key) {
        return Optional.ofNullable(sectionByKey.containsKey(key) ? byPath.get(key) : null);
    }

    /** Every field path in order: top-level keys, and {@code "group.child"} after each group. */
    public List<String> fieldPaths() {
        return List.copyOf(byPath.keySet());
    }

    /** The section holding a top-level field, or the group of a {@code "group.child"} path. */
    public Optional<Section> sectionOf(String fieldKey) {
        int dot = fieldKey.indexOf('.');
        String top = dot < 0 ? fieldKey : fieldKey.substring(0, dot);
        if (dot >= 0 && !byPath.containsKey(fieldKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(sectionByKey.get(top));
    }

    /**
     * Whether a field is shown: its condition holds in {@code scope} and, in turn, so do the conditions of the fields it
     * depends on. {@code fieldPath} is a top-level key (scope: the whole answers) or {@code "group.child"} (scope: one row).
     */
    public boolean shown(String fieldPath, Answers scope) {
        int dot = fieldPath.indexOf('.');
        String prefix = dot < 0 ? "" : fieldPath.substring(0, dot + 1);
        Field field = byPath.get(fieldPath);
        Set<String> seen = new HashSet<>();
        while (field != null && field.condition().isPresent() && seen.add(field.key())) {
            Condition condition = field.condition().get();
            if (!condition.holds(scope)) {
                return false;
            }
            field = byPath.get(prefix + condition.field());
        }
        return true;
    }

    /** The definition as JSON, with property names as in definition files. */
    public JsonObject toJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        sections.forEach(s -> array.add(s.toJson()));
        return JSON.createObjectBuilder()
                .add("id", id)
                .add("version", version)
                .add("title", title)
                .add("familyTitle", familyTitle)
                .add("sections", array)
                .build();
    }

    /** The form's id (bean accessor). */
    public String getId() {
        return id;
    }

    /** The version number (bean accessor). */
    public int getVersion() {
        return version;
    }

    /** The title practitioners see (bean accessor). */
    public String getTitle() {
        return title;
    }

    /** The plain-language title (bean accessor). */
    public String getFamilyTitle() {
        return familyTitle;
    }

    /** The sections in order (bean accessor). */
    public List<Section> getSections() {
        return sections;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FormDefinition d
                && id.equals(d.id) && version == d.version && title.equals(d.title)
                && familyTitle.equals(d.familyTitle) && sections.equals(d.sections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, title, familyTitle, sections);
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
