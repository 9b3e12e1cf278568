package org.ecaf.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@link Api} field of a test class that uses {@link BrowserExtension}: the API client of this demo account
 * ({@code @As("teamlead1") private Api lead;}), set before each test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface As {
    /** The demo account's username. */
    String value();
}
