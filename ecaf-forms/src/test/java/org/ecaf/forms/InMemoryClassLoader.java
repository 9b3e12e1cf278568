package org.ecaf.forms;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A class loader whose only resources are the given files, so tests can load broken definitions. */
public final class InMemoryClassLoader extends ClassLoader {

    private final Map<String, byte[]> files = new HashMap<>();

    public InMemoryClassLoader() {
        super(null);
    }

    /** Adds a resource; single quotes in the text become double quotes, so JSON reads well in Java strings. */
    public InMemoryClassLoader json(String name, String text) {
        return raw(name, text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a resource with exactly these bytes. */
    public InMemoryClassLoader raw(String name, byte[] bytes) {
        files.put(name, bytes.clone());
        return this;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        byte[] bytes = files.get(name);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }
}
