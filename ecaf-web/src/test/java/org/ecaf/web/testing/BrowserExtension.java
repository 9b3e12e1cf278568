package org.ecaf.web.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The browser tests' set-up in one place. Gives a test (and its {@code @BeforeEach}) a {@link Browser} parameter: one
 * Chromium per test, signed in as nobody, pointed at the shared {@link EcafServer} of {@link EcafServerExtension},
 * and closed when the test ends (closing fails the test if a page broke the Content-Security-Policy). Before each
 * test it also sets the test class's fields: a {@code Browser} field to that test's browser, and an {@link Api}
 * field marked {@link As @As("username")} to that demo account's API client.
 */
public final class BrowserExtension implements ParameterResolver, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

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
        return browser(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.getType() == Browser.class) {
                    field.setAccessible(true);
                    field.set(test, browser(context));
                } else if (field.getType() == Api.class && field.isAnnotationPresent(As.class)) {
                    field.setAccessible(true);
                    field.set(test, Api.as(EcafServerExtension.shared(context), field.getAnnotation(As.class).value()));
                }
            }
        }
    }

    private static Browser browser(ExtensionContext context) {
        EcafServer server = EcafServerExtension.shared(context);
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent("browser", key -> new Opened(new Browser(server.baseUrl())), Opened.class)
                .browser();
    }
}
