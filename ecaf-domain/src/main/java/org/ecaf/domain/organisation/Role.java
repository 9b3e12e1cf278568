package org.ecaf.domain.organisation;

/** What a person may do in eCAF. The names are also the security roles of the web application. */
public enum Role {
    /** Registers children, records consent, fills and submits assessments, works the delivery plan. */
    PRACTITIONER,
    /** Approves or returns their team's assessments, sets lead professionals and plans, closes and reopens cases. */
    TEAM_LEAD,
    /** Manages accounts and forms; reads no case content. */
    ADMIN
}
