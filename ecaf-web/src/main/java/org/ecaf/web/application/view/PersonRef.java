package org.ecaf.web.application.view;

import org.ecaf.domain.organisation.Practitioner;

/** A practitioner as other records show them: name, role, agency and how to reach them. */
public record PersonRef(long id, String username, String name, String jobTitle, String agency, String phone,
                        String email) implements java.io.Serializable {

    public static PersonRef of(Practitioner p) {
        return p == null ? null : new PersonRef(p.getId(), p.getUsername(), p.getDisplayName(), p.getJobTitle(),
                p.getAgency() == null ? null : p.getAgency().getName(), p.getPhone(), p.getEmail());
    }
}
