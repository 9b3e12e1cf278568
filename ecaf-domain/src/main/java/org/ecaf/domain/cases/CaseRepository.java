package org.ecaf.domain.cases;

import java.util.List;
import java.util.Optional;
import org.ecaf.domain.child.Child;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;

/** Where cases are kept. */
public interface CaseRepository {

    Optional<CafCase> find(long id);

    /** The case, locked until the end of the transaction so that changes to one case happen one at a time. */
    Optional<CafCase> findForUpdate(long id);

    void add(CafCase cafCase);

    /** Writes pending changes now, so that new parts of the case get their identifiers. */
    void flush();

    /** The next readable reference, such as {@code CAF-2026-000123}. */
    String nextReference(int year);

    List<CafCase> ofChild(Child child);

    List<CafCase> ofTeam(Team team);

    /** The cases {@code team} holds in {@code state}, newest first (as {@link #ofTeam(Team)}). */
    List<CafCase> ofTeam(Team team, CaseState state);

    /**
     * The cases {@code team} holds that match {@code query}, by reference. {@code withoutHolder} keeps the cases
     * allocated to nobody or to someone no longer active in the team.
     */
    List<CafCase> ofTeam(Team team, TeamCaseQuery query);

    /** Cases a practitioner is directly involved in (opened, allocated to them, wrote, lead professional, Team Around
     *  the Child). */
    List<CafCase> involving(Practitioner practitioner);

    /** Open cases the practitioner leads, opened or holds (allocated), by reference (what must be reassigned when they
     *  move team). */
    List<CafCase> openLedOrOpenedBy(Practitioner practitioner);

    List<CafCase> inState(Team team, CaseState state);
}
