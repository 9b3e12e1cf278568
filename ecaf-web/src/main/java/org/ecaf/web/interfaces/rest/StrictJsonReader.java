package org.ecaf.web.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecaf.domain.shared.InvalidInput;
import org.ecaf.domain.shared.RefusalCode;
import org.ecaf.domain.shared.Text;
import org.ecaf.domain.shared.Violation;

/**
 * Reads the API's request bodies (the records declared by the resources of this package) strictly: a value of the
 * wrong JSON type ({@code "shielded":"yes"}, {@code "givenNames":123}), a property the request does not have (a typo
 * such as {@code "sheilded"}), or text with a NUL byte is a 422 naming the field, never coerced or ignored. Every
 * problem is reported at once.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** Looked up once: {@code Json.createReader} repeats the service-loader lookup on every request body. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(StrictJsonReader.class.getPackageName());
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        JsonValue body;
        try (JsonReader reader = JSON.createReader(new java.io.InputStreamReader(entityStream, StandardCharsets.UTF_8))) {
            body = reader.readValue();
        } catch (JsonException e) {
            throw new Unreadable("The request body could not be read: it is not valid JSON ("
                    + firstLine(e.getMessage()) + ").");
        }
        if (body.getValueType() != JsonValue.ValueType.OBJECT) {
            throw InvalidInput.of(RefusalCode.BODY_REQUIRED, "Send the request's details as a JSON object.", null);
        }
        List<Violation> problems = new ArrayList<>();
        Record result = (Record) record(type, body.asJsonObject(), "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return result;
    }

    /** A body that is not JSON at all: 400, audited like every refusal. */
    static final class Unreadable extends org.ecaf.domain.shared.Refusal {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(RefusalCode.BAD_REQUEST, message, List.of());
        }

        @Override
        public Kind kind() {
            return Kind.UNREADABLE;
        }
    }

    /** The names of the properties {@code type} accepts, in order. */
    static List<String> properties(Class<?> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static Object record(Class<?> type, JsonObject json, String path, List<Violation> problems) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = new HashSet<>();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            known.add(component.getName());
            types[i] = component.getType();
            JsonValue value = json.get(component.getName());
            values[i] = value(component.getType(), component.getGenericType(), value, path + component.getName(),
                    problems);
        }
        Set<String> unknown = new LinkedHashSet<>(json.keySet());
        unknown.removeAll(known);
        for (String name : unknown) {
            problems.add(new Violation(RefusalCode.UNKNOWN_FIELD,
                    "'" + bounded(name) + "' is not a property of this request; "
                    + "it takes " + String.join(", ", known.stream().sorted().toList()) + ".", path + bounded(name)));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object value(Class<?> type, Type generic, JsonValue value, String field, List<Violation> problems) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (type.isPrimitive()) {
                problems.add(new Violation(RefusalCode.REQUIRED, field + " is required.", field));
            }
            return null;
        }
        if (type == String.class) {
            if (value instanceof JsonString s) {
                String problem = Text.textProblem(s.getString());
                if (problem != null) {
                    problems.add(new Violation(RefusalCode.INVALID_CHARACTERS, field + " " + problem + ".", field));
                    return null;
                }
                return s.getString();
            }
            return wrongType(field, "text (a JSON string)", value, problems);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            return wrongType(field, "true or false", value, problems);
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            if (value instanceof JsonNumber n && n.isIntegral()) {
                BigInteger big = n.bigIntegerValue();
                boolean isLong = type == Long.class || type == long.class;
                BigInteger min = BigInteger.valueOf(isLong ? Long.MIN_VALUE : Integer.MIN_VALUE);
                BigInteger max = BigInteger.valueOf(isLong ? Long.MAX_VALUE : Integer.MAX_VALUE);
                if (big.compareTo(min) >= 0 && big.compareTo(max) <= 0) {
                    return isLong ? (Object) big.longValue() : (Object) big.intValue();
                }
            }
            return wrongType(field, "a whole number", value, problems);
        }
        if (type == LocalDate.class) {
            return parsed(value, field, "a date written as yyyy-MM-dd, for example 2015-03-27", problems,
                    LocalDate::parse);
        }
        if (type == LocalDateTime.class) {
            return parsed(value, field, "a date and time written as yyyy-MM-ddTHH:mm, for example 2026-11-21T10:15",
                    problems, LocalDateTime::parse);
        }
        if (type == LocalTime.class) {
            return parsed(value, field, "a time of day written as HH:mm, for example 14:30", problems, text -> {
                if (!text.matches("\\d{2}:\\d{2}")) {
                    throw new DateTimeParseException("not HH:mm", text, 0);
                }
                return LocalTime.parse(text);
            });
        }
        if (type == OffsetDateTime.class) {
            return parsed(value, field, "a date and time with its offset, for example 2026-11-21T10:15:00Z",
                    problems, OffsetDateTime::parse);
        }
        if (type == JsonObject.class) {
            if (value instanceof JsonObject o) {
                return o;
            }
            return wrongType(field, "a JSON object", value, problems);
        }
        if (type == JsonValue.class) {
            return value;
        }
        if (type.isEnum()) {
            if (value instanceof JsonString s) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(s.getString())) {
                        return constant;
                    }
                }
                problems.add(new Violation(RefusalCode.UNKNOWN_OPTION, field + " must be one of "
                        + List.of(type.getEnumConstants()) + ".", field));
                return null;
            }
            return wrongType(field, "one of " + List.of(type.getEnumConstants()), value, problems);
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            if (!(value instanceof JsonArray array)) {
                return wrongType(field, "a JSON array", value, problems);
            }
            Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            Class<?> elementClass = element instanceof Class<?> c ? c : Object.class;
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                JsonValue item = array.get(i);
                if (item.getValueType() == JsonValue.ValueType.NULL) {
                    problems.add(new Violation(RefusalCode.NULL_IN_LIST,
                            field + "[" + i + "] is null.", field + "[" + i + "]"));
                    continue;
                }
                items.add(value(elementClass, element, item, field + "[" + i + "]", problems));
            }
            return Set.class.isAssignableFrom(type) ? Set.copyOf(items.stream().filter(java.util.Objects::nonNull)
                    .toList()) : java.util.Collections.unmodifiableList(items);
        }
        if (type.isRecord()) {
            if (value instanceof JsonObject o) {
                return record(type, o, field + ".", problems);
            }
            return wrongType(field, "a JSON object", value, problems);
        }
        throw new IllegalStateException("no strict reading for " + type.getName() + " (" + field + ")");
    }

    private interface Parser {
        Object parse(String text);
    }

    private static Object parsed(JsonValue value, String field, String expected, List<Violation> problems,
                                 Parser parser) {
        if (value instanceof JsonString s) {
            try {
                return parser.parse(s.getString().strip());
            } catch (DateTimeParseException e) {
                problems.add(new Violation(RefusalCode.NOT_A_DATE, field + " must be " + expected + ".", field));
                return null;
            }
        }
        return wrongType(field, expected, value, problems);
    }

    private static Object wrongType(String field, String expected, JsonValue value, List<Violation> problems) {
        problems.add(new Violation(RefusalCode.WRONG_TYPE, field + " must be " + expected + ", not "
                + value.getValueType().name().toLowerCase().replace("true", "a boolean").replace("false", "a boolean")
                + ".", field));
        return null;
    }

    private static String bounded(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it could not be parsed.";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
