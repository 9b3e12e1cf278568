package org.ecaf.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecaf.domain.shared.NotFound;
import org.ecaf.forms.definition.FormDefinition;
import org.ecaf.forms.registry.FormRegistry;

/**
 * The published form definitions, loaded and checked once. A broken definition makes start-up fail with a
 * message naming the file, the field and the problem (see {@link org.ecaf.forms.FormDefinitionException}).
 */
@ApplicationScoped
public class Forms {

    private volatile FormRegistry registry;

    public FormRegistry registry() {
        FormRegistry loaded = registry;
        if (loaded == null) {
            synchronized (this) {
                if (registry == null) {
                    registry = FormRegistry.load(Forms.class.getClassLoader());
                }
                loaded = registry;
            }
        }
        return loaded;
    }

    public FormDefinition get(String id, int version) {
        return registry().find(id, version).orElseThrow(() -> new NotFound("form " + id + " version " + version));
    }

    public FormDefinition latest(String id) {
        try {
            return registry().latest(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("form " + id);
        }
    }
}
