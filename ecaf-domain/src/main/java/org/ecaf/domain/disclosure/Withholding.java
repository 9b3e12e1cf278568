package org.ecaf.domain.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;

/**
 * An answer or a row the practitioner holds back from one copy, with the reason (kept in the disclosure log).
 * {@code item} is a top-level field key ({@code housing}) or a group's row as {@code group#n}, n counted from 1
 * ({@code actions#2}), as the preview names them.
 */
public record Withholding(String item, String reason) {

    public static final int MIN_REASON = 10;

    /**
     * The items checked against what the copy would otherwise show ({@code shown}, as {@link CopyPreview#items()} names
     * them): every problem at once, each naming {@code withheld[i].item} or {@code withheld[i].reason}.
     */
    public static List<Withholding> validated(List<Withholding> given, Set<String> shown) {
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Withholding w = given.get(i);
            String item = w == null || w.item() == null ? "" : w.item().trim();
            String reason = w == null || w.reason() == null ? "" : w.reason().trim();
            if (item.isEmpty()) {
                problems.add(new Violation(RefusalCode.REQUIRED, "Say which answer or row to hold back.",
                        "withheld[" + i + "].item"));
            } else if (!shown.contains(item)) {
                problems.add(new Violation(RefusalCode.UNKNOWN_ITEM, "\"" + item + "\" is not an answer or row this copy would "
                        + "show. Use the names the preview gives.", "withheld[" + i + "].item"));
            } else if (!seen.add(item)) {
                problems.add(new Violation(RefusalCode.DUPLICATE, "\"" + item + "\" is held back twice.",
                        "withheld[" + i + "].item"));
            }
            if (reason.length() < MIN_REASON) {
                problems.add(new Violation(RefusalCode.REASON_TOO_SHORT, "Give the reason for holding back \"" + item
                        + "\" in at least " + MIN_REASON + " characters.", "withheld[" + i + "].reason"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return given.stream().map(w -> new Withholding(w.item().trim(), w.reason().trim())).toList();
    }

    /** A plan less the withheld items (labels from {@code labels}), with a note that something was held back. */
    public static RedactionPlan apply(RedactionPlan plan, List<Withholding> withheld, Map<String, String> labels) {
        if (withheld.isEmpty()) {
            return plan;
        }
        Set<String> fields = new HashSet<>();
        Map<String, Set<Integer>> rows = new HashMap<>();
        List<RedactionPlan.LeftOut> named = new ArrayList<>();
        for (Withholding w : withheld) {
            int hash = w.item().indexOf('#');
            if (hash < 0) {
                fields.add(w.item());
            } else {
                rows.computeIfAbsent(w.item().substring(0, hash), k -> new HashSet<>())
                        .add(Integer.parseInt(w.item().substring(hash + 1)) - 1);
            }
            named.add(new RedactionPlan.LeftOut(w.item(), labels.getOrDefault(w.item(), w.item()),
                    "Held back by the practitioner: " + w.reason()));
        }
        return plan.without(fields, rows, named, plan.familyWording()
                ? "Some information has been held back from this copy. Ask your lead professional if you want to know more."
                : "Some information has been held back from this copy by the practitioner who issued it.");
    }
}
