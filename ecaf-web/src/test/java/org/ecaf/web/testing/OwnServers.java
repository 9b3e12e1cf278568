package org.ecaf.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Marks a test class that starts servers (or a container, or a persistence unit) of its own and never uses the run's
 * shared server. Such classes run in a second lane beside the classes that share the server: one of them at a time
 * (they all hold the same lock, which also keeps the methods of each in order, one after another), while the
 * shared-server classes go on in the main thread. Their start-ups are mostly the CPU of a JVM booting Payara, the
 * shared-server classes mostly wait for a browser or a socket, so the two lanes fill each other's idle time on a
 * 2-core machine. Parallel execution is switched on for the integration tests only (failsafe's
 * {@code configurationParameters} in ecaf-web's pom); every class without this annotation runs as before.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(OwnServers.LANE)
public @interface OwnServers {

    /** The lock every such class holds while it runs. */
    String LANE = "test classes with servers of their own";
}
