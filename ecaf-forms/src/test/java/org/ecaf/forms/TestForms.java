package org.ecaf.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;

/** Small form definitions written in JSON for tests; single quotes stand for double quotes. */
public final class TestForms {

    private TestForms() {
    }

    /** A form 'test' of the given version with one section holding the given fields (JSON objects). */
    public static String form(int version, String... fields) {
        return ("{'id': 'test', 'version': " + version + ", 'title': 'Test form', 'familyTitle': 'Your test form',"
                + " 'sections': [{'key': 'main', 'title': 'Main', 'familyTitle': 'Main part', 'fields': ["
                + Arrays.stream(fields).collect(Collectors.joining(", ")) + "]}]}").replace('\'', '"');
    }

    /** A field with the given key and type; {@code extra} adds properties, e.g. {@code "'required': true"}. */
    public static String field(String key, String type, String extra) {
        return "{'key': '" + key + "', 'type': '" + type + "', 'label': 'Label of " + key + "', 'familyLabel': 'Family label of "
                + key + "', 'sensitivity': 'NONE'" + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    /** A field with the given key and type and no further properties. */
    public static String field(String key, String type) {
        return field(key, type, "");
    }

    /** Options in JSON for the given values. */
    public static String options(String... values) {
        return "'options': [" + Arrays.stream(values)
                .map(v -> "{'value': '" + v + "', 'label': 'Option " + v + "', 'familyLabel': 'Choice " + v + "'}")
                .collect(Collectors.joining(", ")) + "]";
    }

    /** The parsed test form. */
    public static FormDefinition parse(int version, String... fields) {
        return FormDefinition.parse("forms/test/v" + version + ".json", form(version, fields));
    }

    /** A class loader publishing the given test definitions (versions 1, 2, ...) and migrations. */
    public static InMemoryClassLoader loader(String[] definitions, String... migrations) {
        InMemoryClassLoader loader = new InMemoryClassLoader();
        StringBuilder index = new StringBuilder("{'definitions': [");
        for (int i = 0; i < definitions.length; i++) {
            index.append(i == 0 ? "" : ", ").append("'test/v").append(i + 1).append(".json'");
            loader.json("forms/test/v" + (i + 1) + ".json", definitions[i]);
        }
        index.append("], 'migrations': [");
        for (int i = 0; i < migrations.length; i++) {
            index.append(i == 0 ? "" : ", ").append("'test/migrations/v").append(i + 1).append("-to-v").append(i + 2).append(".json'");
            loader.json("forms/test/migrations/v" + (i + 1) + "-to-v" + (i + 2) + ".json", migrations[i]);
        }
        return loader.json("forms/index.json", index.append("]}").toString());
    }

    /** The problem raised by loading the given definitions and migrations. */
    public static FormDefinitionException loadFailure(String[] definitions, String... migrations) {
        try {
            FormRegistry.load(loader(definitions, migrations));
        } catch (FormDefinitionException e) {
            return e;
        }
        throw new AssertionError("loading should have failed");
    }

    /** The bytes of a resource of the forms module's class path; fails the test when there is none. */
    public static byte[] resourceBytes(String resource) throws IOException {
        try (InputStream in = TestForms.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
