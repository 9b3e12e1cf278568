package org.ecaf.domain.disclosure;

import java.util.List;
import java.util.Set;
import org.ecaf.forms.Field;
import org.ecaf.forms.Section;
import org.ecaf.forms.Sensitivity;

/**
 * What a copy may show: the sections and fields left out (by key, a group's field as {@code group.field}), the
 * sensitivities left out everywhere, whether the child's address may appear anywhere in it, and plain notes
 * printed on the copy to say what was left out and why.
 */
public record RedactionPlan(Set<String> hiddenSections, Set<Sensitivity> hiddenSensitivities, boolean childAddressShown,
                            boolean familyWording, List<String> notes) {

    public RedactionPlan {
        hiddenSections = Set.copyOf(hiddenSections);
        hiddenSensitivities = Set.copyOf(hiddenSensitivities);
        notes = List.copyOf(notes);
    }

    public boolean shows(Section section) {
        return !hiddenSections.contains(section.key());
    }

    /** Whether a field (or a group's field) appears; an address field only when the address may be shown. */
    public boolean shows(Field field) {
        if (hiddenSensitivities.contains(field.sensitivity())) {
            return false;
        }
        return childAddressShown || field.sensitivity() != Sensitivity.ADDRESS;
    }
}
