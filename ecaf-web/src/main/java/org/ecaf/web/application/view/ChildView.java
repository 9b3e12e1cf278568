package org.ecaf.web.application.view;

import java.time.LocalDate;
import java.util.List;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.child.Child;

/**
 * A child as the caller may see them. When {@code restricted} (a shielded child, someone not directly involved)
 * only the name, the age band and the lead professionals' contacts are filled in; the address never is.
 */
public record ChildView(long id, String givenNames, String familyName, String displayName, List<String> otherNames,
                        LocalDate dateOfBirth, LocalDate expectedDateOfDelivery, String ageBand, String gender,
                        String address, String postcode, String nhsNumber, String upn, String firstLanguage,
                        boolean shielded, boolean restricted, List<CaseSummary> cases) implements java.io.Serializable {

    public static ChildView of(Child c, Access access, LocalDate today, List<CaseSummary> cases) {
        if (access == Access.FULL) {
            return new ChildView(c.getId(), c.getGivenNames(), c.getFamilyName(), c.displayName(), c.getOtherNames(),
                    c.getDateOfBirth(), c.getExpectedDateOfDelivery(), c.ageBand(today), c.getGender(), c.getAddress(),
                    c.getPostcode().map(p -> p.value()).orElse(null), c.getNhsNumber().map(n -> n.value()).orElse(null),
                    c.getUpn().map(u -> u.value()).orElse(null), c.getFirstLanguage(), c.isShielded(), false, cases);
        }
        return new ChildView(c.getId(), c.getGivenNames(), c.getFamilyName(), c.displayName(), List.of(), null, null,
                c.ageBand(today), null, null, null, null, null, null, true, true, cases);
    }
}
