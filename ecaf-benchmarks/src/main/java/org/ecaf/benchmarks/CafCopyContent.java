package org.ecaf.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.cases.ApprovalEvent;
import org.ecaf.domain.cases.Assessment;
import org.ecaf.domain.disclosure.RedactionPlan;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FieldType;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.definition.Section;
import org.ecaf.forms.definition.Sensitivity;
import org.ecaf.forms.registry.FormRegistry;
import org.ecaf.pdf.CopyContent;

/**
 * A complete CAF v2 assessment with long answers (a paragraph for every free-text element, six actions, four
 * people present) as the family and agency copies render it: the real composers on about ten pages.
 */
final class CafCopyContent {

    private static final String PARAGRAPH = "Zoë's attendance at Northbridge Academy has fallen to 81% this term and "
            + "her form tutor has noticed that she is tired and withdrawn in the mornings. She told us that she looks "
            + "after her younger brother most evenings because her mother works late shifts, and that she worries "
            + "about money since her father moved away. ";

    private CafCopyContent() {
    }

    static CopyContent agency() {
        return content(new RedactionPlan(Set.of(), Set.of(), true, false, List.of()), "Northbridge Community Health NHS Trust");
    }

    static CopyContent family() {
        return content(new RedactionPlan(Set.of(), Set.of(Sensitivity.THIRD_PARTY, Sensitivity.SAFEGUARDING), true, true,
                List.of("Information about other people, and notes professionals keep about children's safety, are not "
                        + "included in this copy.")), "Lan Nguyễn");
    }

    private static CopyContent content(RedactionPlan plan, String recipient) {
        FormDefinition caf = FormRegistry.builtIn().get("caf", 2);
        return new CopyContent("CAF-2026-000042", 1, 7, Assessment.Status.APPROVED, caf, answers(caf), plan, recipient, "AGENCY",
                LocalDate.of(2026, 11, 21),
                new CopyContent.Child("Zoë Nguyễn", LocalDate.of(2015, 3, 4), null, "12 Mill Lane, Northbridge",
                        "NB1 1AA", "943 476 5919"),
                new CopyContent.Contact("Northbridge Council Early Help Service", "Northbridge Council", "0300 123 4567",
                        "earlyhelp@northbridge.example.gov.uk", "Civic Centre, 1 Market Street, Northbridge NB1 1AA"),
                new CopyContent.Contact("Aisha Khan", "Northbridge Council Early Help Service", "0300 123 4567",
                        "aisha.khan@northbridge.example.gov.uk", null),
                LocalDate.of(2027, 2, 12), "Consent given by Lan Nguyễn (mother) on 05/10/2026",
                List.of(new CopyContent.Seen(LocalDateTime.of(2026, 10, 19, 9, 30), true, "Northbridge Academy", "Aisha Khan")),
                List.of(new CopyContent.Approval(ApprovalEvent.Kind.REQUESTED, "Aisha Khan", OffsetDateTime.parse("2026-10-20T10:00:00Z")),
                        new CopyContent.Approval(ApprovalEvent.Kind.APPROVED, "Grace Okafor", OffsetDateTime.parse("2026-10-22T15:30:00Z"))),
                "Aisha Khan");
    }

    /** Every field answered: long text three paragraphs, choices their first option, groups a few rows. */
    static Answers answers(FormDefinition caf) {
        Answers answers = Answers.empty();
        for (Section section : caf.sections()) {
            for (Field field : section.fields()) {
                answers = answers.with(field.key(), value(field));
            }
        }
        return answers;
    }

    private static jakarta.json.JsonValue value(Field field) {
        if (field.type() == FieldType.GROUP) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            int count = field.key().equals("actions") ? 6 : 4;
            for (int i = 0; i < count; i++) {
                var row = Json.createObjectBuilder();
                for (Field child : field.fields()) {
                    row.add(child.key(), value(child));
                }
                rows.add(row);
            }
            return rows.build();
        }
        return switch (field.type()) {
            case LONG_TEXT -> Json.createValue(PARAGRAPH.trim());
            case DATE -> Json.createValue("2026-10-05");
            case BOOLEAN -> jakarta.json.JsonValue.TRUE;
            case NUMBER -> Json.createValue(3);
            case SINGLE_CHOICE -> Json.createValue(field.options().get(0).value());
            case MULTI_CHOICE -> Json.createArrayBuilder().add(field.options().get(0).value()).build();
            default -> Json.createValue("Zoë Nguyễn, Northbridge Academy");
        };
    }
}
