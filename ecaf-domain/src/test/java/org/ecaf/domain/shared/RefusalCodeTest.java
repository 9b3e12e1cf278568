package org.ecaf.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecaf.forms.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of refusal codes and its documentation: every constant of {@link RefusalCode} says in one line of
 * Javadoc when it is answered, and docs/api.md's "Every code" table is generated from those lines (this test
 * prints the table to paste when the two differ), so the API's documented codes and the enum are the same set.
 */
class RefusalCodeTest {

    private static final Path SOURCE = Path.of("src", "main", "java", "org", "ecaf", "domain", "shared",
            "RefusalCode.java");
    private static final Path API_MD = Path.of("..", "docs", "api.md");
    private static final String HEADING = "## Every code";
    private static final Pattern CONSTANT = Pattern.compile("    /\\*\\* (.+?) \\*/\\n    ([A-Z][A-Z0-9_]*)[,;]");
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\| (.+) \\|$", Pattern.MULTILINE);
    private static final Pattern CODE_IN_TEXT = Pattern.compile("`([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])`");

    /** Each constant's one-line Javadoc, in the enum's order, read from the source. */
    private static Map<String, String> javadoc() throws IOException {
        Map<String, String> lines = new LinkedHashMap<>();
        Matcher m = CONSTANT.matcher(Files.readString(SOURCE));
        while (m.find()) {
            lines.put(m.group(2), m.group(1));
        }
        return lines;
    }

    /** The "Every code" table of docs/api.md as it should read. */
    private static String table(Map<String, String> javadoc) {
        StringBuilder table = new StringBuilder("| code | answered when |\n|---|---|\n");
        javadoc.forEach((code, when) -> table.append("| `").append(code).append("` | ").append(when).append(" |\n"));
        return table.toString();
    }

    /** The section of docs/api.md from the heading to the next heading. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading + "\n");
        assertThat(start).as("docs/api.md has a section \"" + heading + "\"").isNotNegative();
        int end = markdown.indexOf("\n## ", start + heading.length());
        return end < 0 ? markdown.substring(start) : markdown.substring(start, end + 1);
    }

    @Test
    void everyCodeSaysInOneLineOfJavadocWhenItIsAnswered() throws IOException {
        Map<String, String> javadoc = javadoc();

        assertThat(javadoc.keySet()).as("constants with a one-line Javadoc, in the enum's order")
                .containsExactlyElementsOf(Arrays.stream(RefusalCode.values()).map(Enum::name).toList());
        assertThat(javadoc.values()).allSatisfy(when -> assertThat(when).endsWith(".").doesNotContain("|"));
    }

    @Test
    void theCodesAreInAlphabeticalOrderSoThatTheTableReadsLikeAnIndex() {
        List<String> names = Arrays.stream(RefusalCode.values()).map(Enum::name).toList();

        assertThat(names).isSorted();
    }

    @Test
    void docsApiMdListsExactlyTheseCodesWithTheseSentences() throws IOException {
        String expected = table(javadoc());
        String section = section(Files.readString(API_MD), HEADING);

        assertThat(section).as("docs/api.md's \"" + HEADING + "\" table, generated from RefusalCode's Javadoc; "
                + "paste this table in its place:\n" + expected).contains(expected);
        List<String> listed = new ArrayList<>();
        ROW.matcher(section).results().forEach(r -> listed.add(r.group(1)));
        assertThat(listed).as("the codes the table lists").containsExactlyElementsOf(javadoc().keySet());
    }

    @Test
    void everyCodeDocsApiMdNamesOutsideTheAuditVerificationIsOne() throws IOException {
        String markdown = Files.readString(API_MD);
        // the audit chain's verification reports problems of the log, not refusals of a request
        String verification = markdown.lines().filter(l -> l.startsWith("| `problem` |")).findFirst().orElse("");
        List<String> named = CODE_IN_TEXT.matcher(markdown.replace(verification, "")).results()
                .map(r -> r.group(1)).distinct().toList();
        // settings (ECAF_…) and the names of options are not codes
        List<String> notCodes = List.of("FAMILY_MEMBER", "YOUNG_PERSON", "HOME_VISIT",
                "PHONE_CALL", "SERIOUS_CRIME", "SIGNIFICANT_HARM", "CONSENT_WOULD_INCREASE_RISK", "HTTP_408");

        assertThat(named).filteredOn(code -> !notCodes.contains(code) && !code.startsWith("ECAF_"))
                .allSatisfy(code -> assertThat(RefusalCode.valueOf(code)).isNotNull());
    }

    @Test
    void everyCodeTheFormValidatorGivesIsARefusalCode() throws IllegalAccessException {
        List<String> formCodes = new ArrayList<>();
        for (Field field : ValidationProblem.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                formCodes.add((String) field.get(null));
            }
        }

        assertThat(formCodes).isNotEmpty().allSatisfy(code -> assertThat(RefusalCode.valueOf(code)).isNotNull());
        assertThat(Violation.of(new ValidationProblem("child_gender", ValidationProblem.UNKNOWN_OPTION, "Choose one."))
                .code()).isEqualTo(RefusalCode.UNKNOWN_OPTION);
    }

    @Test
    void aCodeKeepsItsNameAsTheStringThePagesTheApiAndTheAuditLogShow() {
        Violation violation = new Violation(RefusalCode.CHILD_NOT_SEEN, "Record that the child was seen.", null);
        RulesViolated refusal = new RulesViolated(List.of(violation));

        assertThat(violation.getCode()).isEqualTo("CHILD_NOT_SEEN");
        assertThat(refusal.code()).isEqualTo(RefusalCode.CHILD_NOT_SEEN);
        assertThat(refusal.getCode()).isEqualTo("CHILD_NOT_SEEN");
        assertThat(new NotFound("case 7").getCode()).isEqualTo("NOT_FOUND");
    }
}
