package org.ecaf.web.infrastructure.metrics;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Counts the sessions this node holds (signed-in people and their page state). */
@WebListener
public class SessionCounter implements HttpSessionListener {

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        EcafMetrics.sessionCreated();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        EcafMetrics.sessionDestroyed();
    }
}
