package org.ecaf.web.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

/** Work done once at start-up so that the first person to use a feature does not wait for it. */
@ApplicationScoped
public class WarmUp {

    public void run() {
        // filled in as features need it (the PDF renderer's fonts, the form definitions)
    }
}
