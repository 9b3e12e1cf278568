package org.ecaf.domain.access;

/** The kinds of record the access policy speaks about; each endpoint and page reads or writes one of them. */
public enum RecordKind {
    /** What search and the duplicate check show to recognise a child and find who holds them. */
    CHILD_INDEX("Search and duplicate-check results"),
    /** The child record by its id, as much as recognises the child (name, age band, holding team). */
    CHILD_SUMMARY("Child summary (by id)"),
    /** Particulars: date of birth, address, postcode, identifiers, language; changing them; turning shielding on. */
    CHILD_PARTICULARS("Child particulars"),
    /** Parents, carers and other family members and their contacts; adding, correcting, ending them. */
    FAMILY_MEMBERS("Family members and contacts"),
    /** A case by its id or in a list, as much as says who holds it (reference, state, team, lead professional). */
    CASE_SUMMARY("Case summary"),
    /** The case's content and work: consent, child seen, Team Around the Child, plan, reviews, case notes, timeline. */
    CASE("Case content and work"),
    /** Opening a new case for the child (one open case per child: another team asks to join or for a transfer). */
    NEW_CASE("Opening a case"),
    /** The assessment and every revision, diff and history. */
    ASSESSMENT("Assessment and revisions"),
    /** Decisions kept for the holding team's lead: approve or return, activate the plan, act without consent,
     *  reopen, decide join and transfer requests, remove shielding. */
    TEAM_LEAD_DECISIONS("Team lead decisions"),
    /** Closing the case. */
    CLOSURE("Closing the case"),
    /** Issuing family, young person's and agency copies (a disclosure). */
    COPIES("Copies (preview and issue)"),
    /** The disclosure log of a case. */
    DISCLOSURES("Disclosure log"),
    /** Requests to join the Team Around the Child or to transfer the case: making one (W), seeing a case's (R). */
    CASE_REQUESTS("Join and transfer requests"),
    /** Access without involvement: asking for it with a reason (W), seeing who has it (R). */
    ACCESS_GRANTS("Access without involvement"),
    /** The audit log and its verification. */
    AUDIT("Audit log");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
