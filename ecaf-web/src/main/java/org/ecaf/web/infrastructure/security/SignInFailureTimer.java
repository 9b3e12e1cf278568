package org.ecaf.web.infrastructure.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Writes the aggregated failed sign-ins every few seconds once their period is over. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInFailureTimer {

    @Inject
    SignInFailures failures;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void flush() {
        failures.flushIfDue();
    }
}
