package org.ecaf.domain.cases;

import java.time.LocalDate;

/** An action of the delivery plan as entered: what will be done, who will do it, by when, and to what end. */
public record ActionDetails(String what, String who, LocalDate byWhen, String desiredOutcome) {
}
