package org.ecaf.forms;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once: {@code Json.createXxx} looks it up again on every call, which is slow. Public for
 * the forms packages only; other modules create their JSON themselves (ArchitectureTest).
 */
public final class JsonSupport {

    /** The provider used for every JSON value this module creates. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {
    }
}
