package org.ecaf.forms.answers;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable set of answers to one form: field key to JSON value, groups as arrays of row objects, plus an archive
 * of answers that a migration could not place (kept under the reserved key {@value #ARCHIVE_KEY}).
 *
 * <p>Answers hold JSON as given, whatever the definition says, so a wrong answer is kept and reported by
 * {@link org.ecaf.forms.validation.FormValidator}, never lost. On the way in, object members are sorted, null members are dropped (null means
 * "not answered") and numbers take one exact form, so equal answers have equal {@link #toCanonicalJson()} text.
 */
public final class Answers {

    /** The reserved key under which archived answers are kept. */
    public static final String ARCHIVE_KEY = "_archive";

    private static final Answers EMPTY = new Answers(JsonValue.EMPTY_JSON_OBJECT);

    private final JsonObject json;

    private Answers(JsonObject normalized) {
        this.json = normalized;
    }

    /** No answers and an empty archive. */
    public static Answers empty() {
        return EMPTY;
    }

    /** Answers from JSON text; IllegalArgumentException if it is not a JSON object or the archive is not an object. */
    public static Answers fromJson(String json) {
        Objects.requireNonNull(json, "json");
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return fromJson(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("Answers must be a JSON object: " + e.getMessage(), e);
        }
    }

    /** Answers from a JSON object; IllegalArgumentException if the archive member is not an object. */
    public static Answers fromJson(JsonObject json) {
        Objects.requireNonNull(json, "json");
        JsonValue archive = json.get(ARCHIVE_KEY);
        if (archive != null && archive.getValueType() != JsonValue.ValueType.OBJECT
                && archive.getValueType() != JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException("The reserved member " + ARCHIVE_KEY + " must be a JSON object");
        }
        JsonObject normalized = CanonicalJson.normalizeObject(json);
        if (normalized.containsKey(ARCHIVE_KEY) && normalized.getJsonObject(ARCHIVE_KEY).isEmpty()) {
            normalized = JSON.createObjectBuilder(normalized).remove(ARCHIVE_KEY).build();
        }
        return normalized.isEmpty() ? EMPTY : new Answers(normalized);
    }

    /** The answers as a JSON object with sorted members, including the archive when it is not empty. */
    public JsonObject toJson() {
        return json;
    }

    /** The answers as JSON text: sorted keys, no whitespace, deterministic (suitable for hashing). */
    public String toCanonicalJson() {
        return CanonicalJson.write(json);
    }

    /** The answer for a top-level key; never the archive. */
    public Optional<JsonValue> get(String key) {
        return ARCHIVE_KEY.equals(key) ? Optional.empty() : Optional.ofNullable(json.get(key));
    }

    /** The answer for a key when it is a JSON string. */
    public Optional<String> text(String key) {
        return get(key).filter(v -> v.getValueType() == JsonValue.ValueType.STRING).map(v -> ((JsonString) v).getString());
    }

    /**
     * The rows of a group, in order; a row that is not an object is returned as empty answers so indexes stay aligned.
     * Empty when the key is unanswered or not an array.
     */
    public List<Answers> rows(String groupKey) {
        Optional<JsonValue> value = get(groupKey).filter(v -> v.getValueType() == JsonValue.ValueType.ARRAY);
        if (value.isEmpty()) {
            return List.of();
        }
        List<Answers> rows = new ArrayList<>();
        for (JsonValue row : value.get().asJsonArray()) {
            rows.add(row.getValueType() == JsonValue.ValueType.OBJECT ? new Answers(row.asJsonObject()) : EMPTY);
        }
        return Collections.unmodifiableList(rows);
    }

    /** These answers with {@code key} set to {@code value}; a null or JSON null value removes the answer. */
    public Answers with(String key, JsonValue value) {
        checkKey(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return without(key);
        }
        Map<String, JsonValue> members = new TreeMap<>(json);
        members.put(key, CanonicalJson.normalize(value));
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        members.forEach(builder::add);
        return new Answers(builder.build());
    }

    /** These answers with a text answer (text, longText, date as {@code yyyy-MM-dd}, or singleChoice value). */
    public Answers with(String key, String text) {
        return with(key, text == null ? null : JSON.createValue(text));
    }

    /** These answers with a yes/no answer. */
    public Answers with(String key, boolean value) {
        return with(key, value ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /** These answers with a whole-number answer. */
    public Answers with(String key, long number) {
        return with(key, JSON.createValue(number));
    }

    /** These answers with a number answer. */
    public Answers with(String key, BigDecimal number) {
        return with(key, number == null ? null : JSON.createValue(number));
    }

    /** These answers with a multiChoice answer. */
    public Answers withChoices(String key, List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return with(key, array.build());
    }

    /** These answers with a group answer made of the given rows (their archives are ignored). */
    public Answers withRows(String groupKey, List<Answers> rows) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        rows.forEach(r -> array.add(r.answersOnly()));
        return with(groupKey, array.build());
    }

    /** These answers without the answer for {@code key}. */
    public Answers without(String key) {
        checkKey(key);
        if (!json.containsKey(key)) {
            return this;
        }
        return fromJson(JSON.createObjectBuilder(json).remove(key).build());
    }

    /** These answers with the archive replaced by {@code archive} (used by migrations). */
    public Answers withArchive(JsonObject archive) {
        JsonObjectBuilder builder = JSON.createObjectBuilder(json).remove(ARCHIVE_KEY);
        if (!archive.isEmpty()) {
            builder.add(ARCHIVE_KEY, archive);
        }
        return fromJson(builder.build());
    }

    /** The answered keys in sorted order, excluding the archive. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>(json.keySet());
        keys.remove(ARCHIVE_KEY);
        return Collections.unmodifiableSet(keys);
    }

    /** Archived answers (dropped or unmappable during migration), by source version then field path; empty if none. */
    public JsonObject archive() {
        JsonValue archive = json.get(ARCHIVE_KEY);
        return archive == null || archive.getValueType() != JsonValue.ValueType.OBJECT
                ? JsonValue.EMPTY_JSON_OBJECT : archive.asJsonObject();
    }

    /** True when nothing is answered and nothing is archived. */
    public boolean isEmpty() {
        return json.isEmpty();
    }

    /** The answered keys (bean accessor). */
    public Set<String> getKeys() {
        return keys();
    }

    private JsonObject answersOnly() {
        return json.containsKey(ARCHIVE_KEY) ? JSON.createObjectBuilder(json).remove(ARCHIVE_KEY).build() : json;
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("An answer needs a key");
        }
        if (ARCHIVE_KEY.equals(key)) {
            throw new IllegalArgumentException(ARCHIVE_KEY + " is reserved for the archive; use withArchive");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers a && json.equals(a.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    /** The canonical JSON text. */
    @Override
    public String toString() {
        return toCanonicalJson();
    }
}
