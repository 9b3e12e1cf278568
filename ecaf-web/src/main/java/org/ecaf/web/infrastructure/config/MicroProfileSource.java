package org.ecaf.web.infrastructure.config;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The server's MicroProfile Config as a source of {@link Settings}. Absent outside a server: the import command runs
 * on the web application's own jars, which do not hold a MicroProfile Config implementation.
 */
final class MicroProfileSource {

    private MicroProfileSource() {
    }

    static Optional<Function<String, Optional<String>>> current() {
        try {
            Config config = ConfigProvider.getConfig();
            return Optional.of(name -> config.getOptionalValue(name, String.class));
        } catch (LinkageError | IllegalStateException e) {
            return Optional.empty(); // no MicroProfile Config API or implementation here
        }
    }
}
