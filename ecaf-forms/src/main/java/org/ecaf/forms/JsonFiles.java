package org.ecaf.forms;

import static org.ecaf.forms.JsonSupport.JSON;

import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * Parses the JSON text of definition, migration and index files strictly (duplicate property names are refused).
 * Public for the forms packages' readers only (ArchitectureTest).
 */
public final class JsonFiles {

    private static final JsonReaderFactory STRICT = JSON.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private JsonFiles() {
    }

    /** The file's top-level object; FormDefinitionException naming the file when the text is not a JSON object. */
    public static JsonObject parse(String file, String text) {
        try (JsonReader reader = STRICT.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new FormDefinitionException(file, FormDefinitionException.WHOLE_FILE, "not a valid JSON object: " + e.getMessage());
        }
    }
}
