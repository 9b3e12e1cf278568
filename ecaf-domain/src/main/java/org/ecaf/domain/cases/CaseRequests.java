package org.ecaf.domain.cases;

import java.util.List;
import java.util.Optional;
import org.ecaf.domain.organisation.Practitioner;
import org.ecaf.domain.organisation.Team;

/** Where join and transfer requests are kept. */
public interface CaseRequests {

    void add(CaseRequest request);

    Optional<CaseRequest> find(long id);

    /** The request, locked for a decision. */
    Optional<CaseRequest> findForUpdate(long id);

    /** Requests about one case, newest first. */
    List<CaseRequest> ofCase(CafCase cafCase);

    /** Requests made by one person, newest first. */
    List<CaseRequest> by(Practitioner requester);

    /** Pending requests about cases a team holds, oldest first. */
    List<CaseRequest> pendingFor(Team team);
}
