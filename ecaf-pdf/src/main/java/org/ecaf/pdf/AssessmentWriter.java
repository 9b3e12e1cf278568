package org.ecaf.pdf;

import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecaf.domain.disclosure.CopySnapshot;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.AnswerWords;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Section;
import org.ecaf.pdf.layout.Document;
import org.ecaf.pdf.layout.Table;

/**
 * Writes the sections and answers of an assessment revision that a redaction plan allows: each answered field
 * with its label (or the family wording), a strengths-and-needs element with its rating, repeating groups as
 * tables. Unanswered fields, fields whose condition does not hold, and archived answers are left out; so are a group's
 * rows the plan leaves out, and the facts the copy states once elsewhere (the agreed actions, the next review date and
 * the lead professional, {@link CopySnapshot#PLAN_KEYS}).
 */
final class AssessmentWriter {

    static final String RATING_SUFFIX = "_rating";

    private AssessmentWriter() {
    }

    /** The agreed actions: printed once, by the copy itself, as the plan's table ({@link #actionsTable}). */
    static final String ACTIONS = "actions";

    static void write(Document.Builder doc, CopyContent content, int headingLevel) {
        FormDefinition form = content.form();
        Answers answers = content.answers();
        boolean family = content.plan().familyWording();
        for (Section section : form.sections()) {
            if (!content.plan().shows(section)) {
                continue;
            }
            List<Runnable> lines = new ArrayList<>();
            for (Field field : section.fields()) {
                if (!content.plan().shows(field) || !form.shown(field.key(), answers)
                        || isRatingOfAnElement(section, field) || ACTIONS.equals(field.key())
                        || CopySnapshot.PLAN_KEYS.contains(field.key())) {
                    continue;
                }
                Optional<JsonValue> value = answers.get(field.key());
                if (field.type() == FieldType.GROUP) {
                    List<Answers> rows = answers.rows(field.key());
                    Optional<Table> table = groupTable(field, shownRows(content, field.key(), rows), content);
                    table.ifPresent(t -> lines.add(() -> {
                        doc.boldParagraph(AnswerWords.label(field, family));
                        doc.table(t);
                    }));
                    continue;
                }
                String text = value.map(v -> AnswerWords.of(field, v, family)).orElse("");
                Optional<Field> rating = section.field(field.key() + RATING_SUFFIX);
                String rated = rating.filter(r -> content.plan().shows(r))
                        .flatMap(r -> answers.get(r.key()).map(v -> AnswerWords.of(r, v, family)))
                        .filter(s -> !s.isBlank()).orElse(null);
                if (text.isBlank() && rated == null) {
                    continue;
                }
                String shown = rated == null ? text
                        : (text.isBlank() ? "" : text + "\n") + (family ? "How things are: " : "Rating: ") + rated;
                lines.add(() -> doc.field(AnswerWords.label(field, family), shown));
            }
            if (!lines.isEmpty()) {
                doc.heading(headingLevel, family && section.familyTitle() != null ? section.familyTitle() : section.title());
                lines.forEach(Runnable::run);
            }
        }
    }

    /** The rows of a group the plan lets the recipient see. */
    static List<Answers> shownRows(CopyContent content, String groupKey, List<Answers> rows) {
        List<Answers> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (content.plan().showsRow(groupKey, i)) {
                shown.add(rows.get(i));
            }
        }
        return shown;
    }

    /** The agreed actions the recipient may see, as one table (empty when there are none or the plan hides them). */
    static Optional<Table> actionsTable(CopyContent content) {
        boolean family = content.plan().familyWording();
        List<Answers> actions = content.form().field(ACTIONS).filter(f -> content.plan().shows(f))
                .map(f -> shownRows(content, ACTIONS, content.answers().rows(ACTIONS))).orElse(List.of());
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        Table.Builder table = family
                ? Table.withColumns(4, 2, 1.3f).header("What will happen", "Who will do it", "By when")
                : Table.withColumns(4, 2, 1.3f, 3).header("Action", "Who will do it", "By when", "Desired outcome");
        for (Answers action : actions) {
            String by = action.text("by_when").map(AnswerWords::date).orElse("");
            if (family) {
                table.row(action.text("what").orElse(""), action.text("who").orElse(""), by);
            } else {
                table.row(action.text("what").orElse(""), action.text("who").orElse(""), by,
                        action.text("desired_outcome").orElse(""));
            }
        }
        return Optional.of(table.build());
    }

    /** A rating shown together with its element's text, not as a field of its own. */
    private static boolean isRatingOfAnElement(Section section, Field field) {
        return field.key().endsWith(RATING_SUFFIX)
                && section.field(field.key().substring(0, field.key().length() - RATING_SUFFIX.length())).isPresent();
    }

    private static Optional<Table> groupTable(Field group, List<Answers> rows, CopyContent content) {
        List<Field> columns = group.fields().stream().filter(f -> content.plan().shows(f)).toList();
        if (rows.isEmpty() || columns.isEmpty()) {
            return Optional.empty();
        }
        boolean family = content.plan().familyWording();
        float[] widths = new float[columns.size()];
        String[] header = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).type() == FieldType.LONG_TEXT ? 3 : 2;
            header[i] = AnswerWords.label(columns.get(i), family);
        }
        Table.Builder table = Table.withColumns(widths).header(header);
        for (Answers row : rows) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                Field column = columns.get(i);
                cells[i] = row.get(column.key()).map(v -> AnswerWords.of(column, v, family)).orElse("");
            }
            table.row(cells);
        }
        return Optional.of(table.build());
    }
}
