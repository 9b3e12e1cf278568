package org.ecaf.forms.registry;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecaf.forms.TestForms;
import org.junit.jupiter.api.Test;

/**
 * A published definition or migration never changes: its bytes must match the SHA-256 recorded in
 * {@code forms/published.sha256} when it was published. To change a form, publish a new version.
 */
class PublishedDefinitionsTest {

    private static Map<String, String> published() throws IOException {
        Map<String, String> checksums = new LinkedHashMap<>();
        String text = new String(TestForms.resourceBytes(RegistryLoader.CHECKSUMS), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                checksums.put(parts[1], parts[0]);
            }
        }
        return checksums;
    }

    @Test
    void publishedFilesHaveNotChanged() throws IOException {
        Map<String, String> published = published();
        assertThat(published).isNotEmpty();
        for (Map.Entry<String, String> entry : published.entrySet()) {
            String actual = RegistryLoader.sha256(TestForms.resourceBytes(RegistryLoader.BASE + entry.getKey()));
            assertThat(actual)
                    .as("forms/%s has changed since it was published; a published version never changes: "
                            + "revert it and publish a new version instead (see docs/forms.md)", entry.getKey())
                    .isEqualTo(entry.getValue());
        }
    }

    @Test
    void everyFileInTheIndexIsPublishedWithAChecksum() throws IOException {
        JsonObject index = Json.createReader(new StringReader(new String(
                TestForms.resourceBytes(RegistryLoader.INDEX), StandardCharsets.UTF_8))).readObject();
        List<String> listed = new ArrayList<>();
        index.getJsonArray("definitions").getValuesAs(JsonString.class).forEach(s -> listed.add(s.getString()));
        index.getJsonArray("migrations").getValuesAs(JsonString.class).forEach(s -> listed.add(s.getString()));
        assertThat(published().keySet()).containsExactlyInAnyOrderElementsOf(listed);
    }
}
