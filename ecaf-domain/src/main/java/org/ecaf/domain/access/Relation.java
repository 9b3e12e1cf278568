package org.ecaf.domain.access;

/**
 * How a person stands to a child's record or a case. A person may hold several relationships at once; what they may
 * do is the union of what each allows ({@link AccessPolicy}).
 */
public enum Relation {
    /** An administrator: manages accounts and forms, reads the audit log, sees no child or case content. */
    ADMINISTRATOR("Administrator"),
    /** A team lead of the team that holds the case (or, for a child with no case, the team that registered them). */
    HOLDING_TEAM_LEAD("Team lead of the holding team"),
    /** The case's lead professional, in whatever team they are. */
    LEAD_PROFESSIONAL("Lead professional"),
    /** A practitioner of the holding team who opened, holds (allocated), or assessed the case, or registered the child. */
    INVOLVED("Involved practitioner of the holding team"),
    /** Any other practitioner of the holding team. */
    TEAM_PRACTITIONER("Other practitioner of the holding team"),
    /** A practitioner the holding team added to the Team Around the Child (from any team). */
    TAC_MEMBER("Team Around the Child member"),
    /** A practitioner who recorded a reason for access without involvement; time-limited, never for a shielded child. */
    ACCESS_GRANT("Access without involvement (reason given, time-limited)"),
    /** A practitioner or team lead of a team the case was transferred away from. */
    FORMER_HOLDER("Former holding team (after a transfer)"),
    /** A practitioner or team lead of any other team. */
    OTHER_TEAM("Another team, not involved");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
