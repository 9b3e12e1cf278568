package org.ecaf.web.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test an {@link EcafServer} parameter: one real server per test run, started on first use and stopped
 * when the run ends, shared by every test class that asks for it (the machine has 2 cores; each start costs
 * 10–25 s), and a second one for the long classes marked {@link SecondServer}, which run beside the others.
 */
public final class EcafServerExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EcafServerExtension.class);

    /** Closes the shared server when JUnit closes its root store at the end of the run. */
    private record Shared(EcafServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EcafServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context);
    }

    /** The run's shared server, started on first use; the second one for a class marked {@link SecondServer}. */
    static EcafServer shared(ExtensionContext context) {
        String name = context.getTestClass().map(c -> c.getAnnotation(SecondServer.class)).map(SecondServer::value)
                .orElse("shared");
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(name, key -> new Shared(EcafServer.embedded(name).start()), Shared.class)
                .server();
    }
}
