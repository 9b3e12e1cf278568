package org.ecaf.web.infrastructure.metrics;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the pooled JDBC connections JPA holds at this moment (acquired and not yet released), for
 * {@code ecaf_jdbc_connections_in_use}; registered in persistence.xml ({@code eclipselink.session-event-listener}).
 */
public class ConnectionMetrics extends SessionEventAdapter {

    @Override
    public void postAcquireConnection(SessionEvent event) {
        EcafMetrics.connectionAcquired();
    }

    @Override
    public void preReleaseConnection(SessionEvent event) {
        EcafMetrics.connectionReleased();
    }
}
