package org.ecaf.web.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test (and its {@code @BeforeEach}) a {@link Browser} parameter: one Chromium per test, signed in as nobody,
 * pointed at the shared {@link EcafServer} of {@link EcafServerExtension}, and closed when the test ends (closing
 * fails the test if a page broke the Content-Security-Policy). The browser tests' set-up in one place.
 */
public final class BrowserExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Closes the test's browser when JUnit closes the test's store. */
    private record Opened(Browser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EcafServer server = EcafServerExtension.shared(context);
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent("browser", key -> new Opened(new Browser(server.baseUrl())), Opened.class)
                .browser();
    }
}
