package org.ecaf.web.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecaf.forms.answers.Answers;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.validation.FormValidator;
import org.ecaf.forms.validation.ValidationProblem;
import org.ecaf.forms.validation.ValidationStage;

/**
 * The draft stage's rule for a practitioner's autosave: one answer that is not valid (a future date, text too long)
 * never stops the rest being saved. Every answer that has a draft-stage problem is set aside: the answer saved before
 * (in {@code previous}) stays in its place, or none when there was none, and the problem is reported so the page can
 * keep what was typed, marked, until it is put right. The domain still refuses invalid answers outright (the API
 * answers 422 and changes nothing); this only decides what of a draft is fit to be saved.
 */
public final class DraftAnswers {

    /** What may be saved, and the problems of the answers set aside (by answer path). */
    public record Settled(Answers savable, List<ValidationProblem> setAside) {
        public boolean complete() {
            return setAside.isEmpty();
        }
    }

    private DraftAnswers() {
    }

    /** Splits {@code typed} into what the draft stage accepts and the problems of the rest. */
    public static Settled settle(FormDefinition definition, Answers typed, Answers previous, LocalDate today) {
        Answers answers = typed;
        Map<String, ValidationProblem> setAside = new LinkedHashMap<>();
        // setting an answer aside can only remove problems; a few rounds settle nested shapes (a bad row, then its group)
        for (int round = 0; round < 4; round++) {
            List<ValidationProblem> problems = FormValidator.validate(definition, answers, ValidationStage.DRAFT, today);
            if (problems.isEmpty()) {
                break;
            }
            for (ValidationProblem p : problems) {
                setAside.putIfAbsent(p.field(), p);
                answers = restore(answers, previous, p.field(), round > 0);
            }
        }
        return new Settled(answers, List.copyOf(setAside.values()));
    }

    /**
     * {@code answers} with the answer at {@code path} as it was in {@code previous} ({@code key},
     * {@code group[i].child}); a group or a whole row is restored whole. {@code wholeKey} restores the top-level
     * answer whatever the path (when a narrower restore did not settle it).
     */
    static Answers restore(Answers answers, Answers previous, String path, boolean wholeKey) {
        int bracket = path.indexOf('[');
        int dot = path.indexOf('.');
        String key = path.substring(0, bracket >= 0 ? bracket : dot >= 0 ? dot : path.length());
        if (bracket < 0 || wholeKey || dot < 0) {
            return answers.with(key, previous.get(key).orElse(null));
        }
        int index;
        try {
            index = Integer.parseInt(path.substring(bracket + 1, path.indexOf(']')));
        } catch (NumberFormatException e) {
            return answers.with(key, previous.get(key).orElse(null));
        }
        String child = path.substring(path.indexOf("].") + 2);
        List<Answers> rows = answers.rows(key);
        if (index < 0 || index >= rows.size()) {
            return answers.with(key, previous.get(key).orElse(null));
        }
        List<Answers> before = previous.rows(key);
        JsonValue old = index < before.size() ? before.get(index).get(child).orElse(null) : null;
        JsonArrayBuilder array = Json.createArrayBuilder();
        List<Answers> changed = new ArrayList<>(rows);
        changed.set(index, rows.get(index).with(child, old));
        for (Answers row : changed) {
            JsonObject json = row.toJson();
            JsonObjectBuilder copy = Json.createObjectBuilder(json);
            array.add(copy);
        }
        return answers.with(key, array.build());
    }
}
