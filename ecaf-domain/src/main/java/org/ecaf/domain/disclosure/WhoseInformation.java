package org.ecaf.domain.disclosure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecaf.domain.child.FamilyMember;
import org.ecaf.domain.child.Relationship;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;

/**
 * Whose information each field of the CAF holds, as data ({@code whose-information.json} beside this class): the
 * child's, the household's, a family member's own (the parents and carers the child lives with, or the person a
 * repeating-group row names) or a third party's. Who may see it in a family copy is decided from this by
 * {@link FamilyCopyScope}.
 */
public final class WhoseInformation {

    /** Whose a field's information is. */
    public enum Owner { CHILD, HOUSEHOLD, FAMILY_MEMBER, THIRD_PARTY }

    /** Which family member(s) a {@link Owner#FAMILY_MEMBER} field belongs to. */
    public enum Member { PARENTS_AT_HOME, NAMED_IN_ROW }

    /**
     * One field's classification. {@code member} is set for {@link Owner#FAMILY_MEMBER}; {@code nameColumns} (for a
     * repeating group) lists the columns whose text names the person a row is about.
     */
    public record Entry(Owner owner, Member member, List<String> nameColumns) {
        public Entry {
            nameColumns = List.copyOf(nameColumns);
        }
    }

    private static final WhoseInformation BUILT_IN = load("whose-information.json");

    private final Map<String, Entry> fields;

    private WhoseInformation(Map<String, Entry> fields) {
        this.fields = Map.copyOf(fields);
    }

    public static WhoseInformation builtIn() {
        return BUILT_IN;
    }

    static WhoseInformation load(String resource) {
        try (InputStream in = WhoseInformation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject json = reader.readObject().getJsonObject("fields");
                Map<String, Entry> fields = new LinkedHashMap<>();
                json.forEach((key, value) -> {
                    JsonObject e = value.asJsonObject();
                    Owner owner = Owner.valueOf(e.getString("owner"));
                    Member member = e.containsKey("member") ? Member.valueOf(e.getString("member")) : null;
                    if ((owner == Owner.FAMILY_MEMBER) != (member != null)) {
                        throw new IllegalStateException(key + ": a family member's field says which member, and only it");
                    }
                    List<String> columns = e.containsKey("nameColumns")
                            ? e.getJsonArray("nameColumns").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).toList()
                            : List.of();
                    if (member == Member.NAMED_IN_ROW && columns.isEmpty()) {
                        throw new IllegalStateException(key + ": a row's person is named by nameColumns");
                    }
                    fields.put(key, new Entry(owner, member, columns));
                });
                return new WhoseInformation(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classification of a top-level field, if it has one. */
    public Optional<Entry> of(String fieldKey) {
        return Optional.ofNullable(fields.get(fieldKey));
    }

    /** The top-level fields of a definition that are not classified (empty for every published CAF version). */
    public List<String> unclassified(FormDefinition form) {
        return form.fields().stream().map(f -> f.key()).filter(k -> !fields.containsKey(k)).toList();
    }

    /** The parents and carers the child lives with: current family members at home other than brothers and sisters. */
    static boolean parentAtHome(FamilyMember m) {
        return !m.isEnded() && m.livesWithChild() && m.getRelationship() != Relationship.SIBLING;
    }

    /**
     * Whether a row of a group names a family member: the member's full name, or their first name as a whole word when
     * no other member shares it, appears in one of the entry's name columns (case and accents ignored).
     */
    static boolean names(Entry entry, Answers row, FamilyMember member, List<FamilyMember> members) {
        String full = fold(member.getName());
        String first = full.split(" ")[0];
        boolean firstUnique = members.stream().filter(m -> !m.equals(member))
                .noneMatch(m -> fold(m.getName()).split(" ")[0].equals(first));
        for (String column : entry.nameColumns()) {
            String text = row.text(column).map(WhoseInformation::fold).orElse("");
            if (text.isEmpty()) {
                continue;
            }
            if (text.contains(full) || (firstUnique && first.length() > 1
                    && (" " + text + " ").matches("(?s).*[^\\p{L}]" + java.util.regex.Pattern.quote(first) + "[^\\p{L}].*"))) {
                return true;
            }
        }
        return false;
    }

    static String fold(String s) {
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
