package org.ecaf.forms.answers;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.ecaf.forms.JsonSupport;
import org.ecaf.forms.definition.Field;
import org.ecaf.forms.definition.FormDefinition;

/** Random answer sets for property tests: valid ones for a definition, and ones with added mistakes. */
final class RandomAnswers {

    private static final String[] PIECES = {"a", "Z", " ", "O'Neill", "\"", "\\", "\n", "\t", "\u0001", "\u00e9", "\u00a3",
        "\u0645", "\u4e2d", "\uD83D\uDE00", "/", "<b>", "{", "}", "[", "]", ",", ":", "null", "0", "-1.5e3", "_archive"};

    private RandomAnswers() {
    }

    /** A valid answer set: each field answered or not, with a value of the right type within its limits. */
    static Answers valid(FormDefinition definition, Random random, LocalDate today) {
        JsonObjectBuilder answers = JsonSupport.JSON.createObjectBuilder();
        for (Field field : definition.fields()) {
            if (random.nextInt(4) > 0) {
                answers.add(field.key(), value(field, random, today));
            }
        }
        return Answers.fromJson(answers.build());
    }

    /** A valid answer set with some mistakes: unknown keys, unknown choices, wrong types, stray row members. */
    static Answers withMistakes(FormDefinition definition, Random random, LocalDate today) {
        Answers answers = valid(definition, random, today);
        for (Field field : definition.fields()) {
            if (random.nextInt(10) > 0) {
                continue;
            }
            switch (field.type()) {
                case SINGLE_CHOICE -> answers = answers.with(field.key(), "not_an_option_" + random.nextInt(3));
                case MULTI_CHOICE -> answers = answers.with(field.key(), JsonSupport.JSON.createArrayBuilder()
                        .add(field.options().get(0).value()).add("gone_" + random.nextInt(3)).build());
                case GROUP -> answers = answers.withRows(field.key(), List.of(Answers.empty().with("stray", text(random, 20))));
                default -> answers = answers.with(field.key(), random.nextBoolean() ? JsonValue.TRUE : JsonSupport.JSON.createValue(7));
            }
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            answers = answers.with("unknown_" + random.nextInt(100), text(random, 30));
        }
        return answers;
    }

    private static JsonValue value(Field field, Random random, LocalDate today) {
        switch (field.type()) {
            case TEXT:
            case LONG_TEXT:
                return JsonSupport.JSON.createValue(text(random, Math.min(field.effectiveMaxLength().orElse(100), 300)));
            case DATE:
                LocalDate date = field.allowsFutureDate()
                        ? today.plusDays(random.nextInt(2000) - 1000)
                        : today.minusDays(random.nextInt(40_000));
                return JsonSupport.JSON.createValue(date.toString());
            case BOOLEAN:
                return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case NUMBER:
                return JsonSupport.JSON.createValue(BigDecimal.valueOf(random.nextLong() % 1_000_000, random.nextInt(6)));
            case SINGLE_CHOICE:
                return JsonSupport.JSON.createValue(field.options().get(random.nextInt(field.options().size())).value());
            case MULTI_CHOICE:
                JsonArrayBuilder chosen = JsonSupport.JSON.createArrayBuilder();
                field.options().stream().filter(o -> random.nextBoolean()).forEach(o -> chosen.add(o.value()));
                return chosen.build();
            default:
                JsonArrayBuilder rows = JsonSupport.JSON.createArrayBuilder();
                for (int i = random.nextInt(4); i > 0; i--) {
                    JsonObjectBuilder row = JsonSupport.JSON.createObjectBuilder();
                    for (Field child : field.fields()) {
                        if (random.nextInt(3) > 0) {
                            row.add(child.key(), value(child, random, today));
                        }
                    }
                    rows.add(row);
                }
                return rows.build();
        }
    }

    /** Text of at most {@code max} characters made of awkward pieces (quotes, escapes, non-Latin scripts, emoji). */
    static String text(Random random, int max) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (text.codePointCount(0, text.length()) + piece.codePointCount(0, piece.length()) > max) {
                break;
            }
            text.append(piece);
        }
        return text.toString();
    }
}
