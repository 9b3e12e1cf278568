package org.ecaf.web.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.ecaf.forms.UkTime;

/** The one source of time: every rule about dates asks this clock, so tests can set it. */
@ApplicationScoped
public class ClockProducer {

    /** eCAF serves services in England: days begin and end in London. */
    public static final ZoneId ZONE = UkTime.ZONE;

    @Produces
    public Clock clock() {
        return Clock.system(ZONE);
    }
}
