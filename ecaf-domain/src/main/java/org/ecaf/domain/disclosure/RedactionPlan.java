package org.ecaf.domain.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.Section;
import org.ecaf.forms.definition.Sensitivity;

/**
 * What a copy may show: the sections and fields left out (by key, a group's field as {@code group.field}), the
 * sensitivities left out everywhere, whether the child's address may appear anywhere in it, and plain notes
 * printed on the copy to say what was left out and why. For a family copy also the answers and rows left out
 * because they are another family member's information ({@link FamilyCopyScope}) or because the practitioner held
 * them back ({@link Withholding}): {@code hiddenFields} (top-level field keys), {@code hiddenRows} (a group's key to
 * the 0-based indexes of its rows left out) and {@code leftOut}, what the preview names with the reason.
 */
public record RedactionPlan(Set<String> hiddenSections, Set<Sensitivity> hiddenSensitivities, boolean childAddressShown,
                            boolean familyWording, List<String> notes, Set<String> hiddenFields,
                            Map<String, Set<Integer>> hiddenRows, List<LeftOut> leftOut) {

    /** An answer or a row left out, with whose it is and why, as the preview shows it. */
    public record LeftOut(String item, String label, String reason) {
    }

    public RedactionPlan {
        hiddenSections = Set.copyOf(hiddenSections);
        hiddenSensitivities = Set.copyOf(hiddenSensitivities);
        notes = List.copyOf(notes);
        hiddenFields = Set.copyOf(hiddenFields);
        Map<String, Set<Integer>> rows = new HashMap<>();
        hiddenRows.forEach((k, v) -> rows.put(k, Set.copyOf(v)));
        hiddenRows = Map.copyOf(rows);
        leftOut = List.copyOf(leftOut);
    }

    public RedactionPlan(Set<String> hiddenSections, Set<Sensitivity> hiddenSensitivities, boolean childAddressShown,
                         boolean familyWording, List<String> notes) {
        this(hiddenSections, hiddenSensitivities, childAddressShown, familyWording, notes, Set.of(), Map.of(), List.of());
    }

    public boolean shows(Section section) {
        return !hiddenSections.contains(section.key());
    }

    /** Whether a field (or a group's field) appears; an address field only when the address may be shown. */
    public boolean shows(Field field) {
        if (hiddenSensitivities.contains(field.sensitivity()) || hiddenFields.contains(field.key())) {
            return false;
        }
        return childAddressShown || field.sensitivity() != Sensitivity.ADDRESS;
    }

    /** Whether row {@code index} (0-based) of a group appears. */
    public boolean showsRow(String groupKey, int index) {
        return !hiddenRows.getOrDefault(groupKey, Set.of()).contains(index);
    }

    /** This plan less more fields and rows, each named with its reason, and with a note added when {@code note} is set. */
    public RedactionPlan without(Set<String> fields, Map<String, Set<Integer>> rows, List<LeftOut> named, String note) {
        Set<String> f = new HashSet<>(hiddenFields);
        f.addAll(fields);
        Map<String, Set<Integer>> r = new HashMap<>();
        hiddenRows.forEach((k, v) -> r.put(k, new HashSet<>(v)));
        rows.forEach((k, v) -> r.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        List<String> n = new ArrayList<>(notes);
        if (note != null && !n.contains(note)) {
            n.add(note);
        }
        List<LeftOut> l = new ArrayList<>(leftOut);
        l.addAll(named);
        return new RedactionPlan(hiddenSections, hiddenSensitivities, childAddressShown, familyWording, n, f, r, l);
    }
}
