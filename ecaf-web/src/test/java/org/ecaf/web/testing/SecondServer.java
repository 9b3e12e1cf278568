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
 * Marks a long test class that would use the run's shared server but gets a second shared server instead, started
 * on first use, and runs in the second lane ({@link OwnServers#LANE}: one class of that lane at a time) beside the
 * classes of the first server. Nothing it does is seen by the classes of the first server, and nothing they do by
 * it. Worth it only for a class long enough to pay for a server start (the first lane was about 500 s longer than
 * the second).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(OwnServers.LANE)
public @interface SecondServer {

    /**
     * The name of the server: classes with the same name share it. The import classes get one of their own: the
     * thousands of children they import (with the random names every test uses) would otherwise turn up in other
     * classes' searches and duplicate checks.
     */
    String value() default "second";
}
