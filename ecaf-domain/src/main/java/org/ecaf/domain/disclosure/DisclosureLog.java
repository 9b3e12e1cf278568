package org.ecaf.domain.disclosure;

import java.util.List;
import org.ecaf.domain.cases.CafCase;

/** The append-only log of copies issued and refused. */
public interface DisclosureLog {

    void add(Disclosure disclosure);

    /** A case's disclosures, newest first. */
    List<Disclosure> of(CafCase cafCase);
}
