package org.ecaf.web.interfaces.jsf;

import java.util.Map;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Violation;

/**
 * Where a person puts a refusal right, by its code: the one map the case page's next steps, the assessment's error
 * summary and "check your answers" all link through (relative to the {@code cases} folder).
 */
final class FixLinks {

    private static final Map<RefusalCode, String> PAGE = Map.ofEntries(
            Map.entry(RefusalCode.CONSENT_TO_RECORD_MISSING, "consent.xhtml"),
            Map.entry(RefusalCode.CONSENT_WITHDRAWN, "consent.xhtml"),
            Map.entry(RefusalCode.CHILD_NOT_SEEN, "case.xhtml#childSeen"),
            Map.entry(RefusalCode.REQUIRED_ANSWERS_MISSING, "assessment.xhtml"),
            Map.entry(RefusalCode.INVALID_ANSWER, "assessment.xhtml"),
            Map.entry(RefusalCode.LEAD_PROFESSIONAL_REQUIRED, "plan.xhtml"),
            Map.entry(RefusalCode.REVIEW_DATE_REQUIRED, "plan.xhtml"),
            Map.entry(RefusalCode.REVIEW_OVERDUE, "plan.xhtml"));

    private FixLinks() {
    }

    /**
     * The link that puts {@code v} right on case {@code caseId} (an assessment problem opens the section of its first
     * field, focused on it), or null when no page does.
     */
    static String of(Violation v, long caseId) {
        String page = PAGE.get(v.code());
        if (page == null) {
            return null;
        }
        int hash = page.indexOf('#');
        String file = hash < 0 ? page : page.substring(0, hash);
        String link = file + "?id=" + caseId;
        if (v.target() != null && file.equals("assessment.xhtml")) {
            link += "&field=" + v.target().split(",")[0];
        }
        return hash < 0 ? link : link + page.substring(hash);
    }
}
