package org.ecaf.domain.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Section;
import org.ecaf.forms.definition.Sensitivity;

/**
 * What a recipient will receive, before it is issued: the sections that appear, every answer and row that appears
 * (named as a {@link Withholding} names them, so the practitioner can hold one back), and every answered item that is
 * left out with the reason. Built from the same snapshot and plan the copy is rendered from.
 */
public record CopyPreview(List<String> sections, List<Item> items, List<RedactionPlan.LeftOut> leftOut,
                          List<String> notes) {

    /** An answer or a row that appears: its name for withholding, its label and its section. */
    public record Item(String item, String label, String section) {
    }

    public CopyPreview {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        leftOut = List.copyOf(leftOut);
        notes = List.copyOf(notes);
    }

    public static CopyPreview of(FormDefinition form, Answers answers, RedactionPlan plan) {
        List<String> sections = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<RedactionPlan.LeftOut> leftOut = new ArrayList<>();
        for (Section section : form.sections()) {
            String title = plan.familyWording() && section.familyTitle() != null ? section.familyTitle() : section.title();
            boolean any = false;
            for (Field field : section.fields()) {
                if (answers.get(field.key()).isEmpty() || !form.shown(field.key(), answers)) {
                    continue;
                }
                String why = !plan.shows(section) ? "The family did not agree to share this section with this recipient."
                        : reason(field, plan);
                if (why != null) {
                    leftOut.add(new RedactionPlan.LeftOut(field.key(), field.label(), why));
                    continue;
                }
                if (plan.hiddenFields().contains(field.key())) {
                    continue; // named in the plan's own list below
                }
                if (field.type() == FieldType.GROUP) {
                    List<Answers> rows = answers.rows(field.key());
                    for (int i = 0; i < rows.size(); i++) {
                        if (plan.showsRow(field.key(), i)) {
                            items.add(new Item(field.key() + "#" + (i + 1), field.label() + ", row " + (i + 1)
                                    + summary(field, rows.get(i)), title));
                            any = true;
                        }
                    }
                } else {
                    items.add(new Item(field.key(), field.label(), title));
                    any = true;
                }
            }
            if (any) {
                sections.add(title);
            }
        }
        leftOut.addAll(plan.leftOut());
        return new CopyPreview(sections, items, leftOut, plan.notes());
    }

    /** Labels of the items, to name what a practitioner held back. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        items.forEach(i -> labels.put(i.item(), i.label()));
        return labels;
    }

    private static String reason(Field field, RedactionPlan plan) {
        if (plan.hiddenSensitivities().contains(field.sensitivity())) {
            return switch (field.sensitivity()) {
                case THIRD_PARTY -> "Information about other people is not included in a family copy.";
                case SAFEGUARDING -> "Notes professionals keep about children's safety are not included in a family copy.";
                default -> "This kind of information is not included in this copy.";
            };
        }
        if (!plan.childAddressShown() && field.sensitivity() == Sensitivity.ADDRESS) {
            return "The child's address is not shown to this recipient.";
        }
        return null;
    }

    private static String summary(Field group, Answers row) {
        return group.fields().stream().filter(c -> c.type() != FieldType.GROUP)
                .map(c -> row.text(c.key()).orElse("")).filter(s -> !s.isBlank()).findFirst()
                .map(s -> ": " + (s.length() > 60 ? s.substring(0, 57) + "…" : s)).orElse("");
    }
}
