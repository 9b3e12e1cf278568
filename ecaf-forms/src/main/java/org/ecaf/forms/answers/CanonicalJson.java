package org.ecaf.forms.answers;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Normalises JSON values (sorted members, no null members, one form per number) and writes them deterministically. */
final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** The value with object members sorted by key, null members dropped and numbers in their shortest exact form. */
    static JsonValue normalize(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT:
                return normalizeObject(value.asJsonObject());
            case ARRAY:
                JsonArrayBuilder array = JSON.createArrayBuilder();
                value.asJsonArray().forEach(v -> array.add(normalize(v)));
                return array.build();
            case NUMBER:
                return normalizeNumber((JsonNumber) value);
            default:
                return value;
        }
    }

    /** The object with members sorted by key, null members dropped, and every member normalised. */
    static JsonObject normalizeObject(JsonObject object) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : new TreeMap<>(object).entrySet()) {
            if (member.getValue() != null && member.getValue().getValueType() != JsonValue.ValueType.NULL) {
                builder.add(member.getKey(), normalize(member.getValue()));
            }
        }
        return builder.build();
    }

    private static JsonNumber normalizeNumber(JsonNumber number) {
        BigDecimal exact = number.bigDecimalValue();
        if (exact.signum() == 0) {
            return JSON.createValue(0L);
        }
        BigDecimal stripped = exact.stripTrailingZeros();
        if (fitsLong(stripped)) {
            return JSON.createValue(stripped.longValueExact());
        }
        return JSON.createValue(stripped);
    }

    private static boolean fitsLong(BigDecimal stripped) {
        return stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18;
    }

    /** The value as JSON text: members sorted, no whitespace, minimal escapes; equal values give equal text. */
    static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT:
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : new TreeMap<>(value.asJsonObject()).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    appendString(out, member.getKey());
                    out.append(':');
                    append(out, member.getValue());
                }
                out.append('}');
                break;
            case ARRAY:
                out.append('[');
                for (int i = 0; i < value.asJsonArray().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    append(out, value.asJsonArray().get(i));
                }
                out.append(']');
                break;
            case STRING:
                appendString(out, ((JsonString) value).getString());
                break;
            case NUMBER:
                out.append(numberText(normalizeNumber((JsonNumber) value)));
                break;
            case TRUE:
                out.append("true");
                break;
            case FALSE:
                out.append("false");
                break;
            default:
                out.append("null");
        }
    }

    private static String numberText(JsonNumber normalized) {
        BigDecimal exact = normalized.bigDecimalValue();
        return fitsLong(exact) ? Long.toString(exact.longValueExact()) : exact.toString();
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
