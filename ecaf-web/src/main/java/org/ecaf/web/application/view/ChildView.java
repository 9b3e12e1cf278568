package org.ecaf.web.application.view;

import java.time.LocalDate;
import java.util.List;
import org.ecaf.domain.access.Access;
import org.ecaf.domain.child.Child;

/**
 * A child as the caller may see them. A <b>restricted</b> view (someone not involved; a search result) says enough to
 * recognise the child and find who holds them: name, date of birth (for matching; not for a shielded child), age
 * band, whether a case is open, the holding team and a work contact. Never an address, a phone number or a family
 * member; {@code shielded} is not said either ({@code null}).
 */
public record ChildView(long id, String givenNames, String familyName, String displayName, List<String> otherNames,
                        LocalDate dateOfBirth, LocalDate expectedDateOfDelivery, String ageBand, String gender,
                        String address, String postcode, String nhsNumber, String upn, String firstLanguage,
                        Boolean shielded, boolean restricted, List<CaseSummary> cases, Holding holding) implements java.io.Serializable {

    /** Who holds the child's record: whether a case is open, the team, and whom to contact there (work details). */
    public record Holding(boolean openCase, String team, PersonRef contact) implements java.io.Serializable {
    }

    /** What a view says in place of names it withholds. */
    public static final String NAME_NOT_SHOWN = "Name not shown";

    /**
     * This view with the child's names withheld as well: for a record seen in part and found only through a name it
     * no longer uses, whose present name would otherwise be linked to that previous one.
     */
    public ChildView withoutNames() {
        return new ChildView(id, null, null, NAME_NOT_SHOWN, List.of(), dateOfBirth, expectedDateOfDelivery, ageBand,
                gender, address, postcode, nhsNumber, upn, firstLanguage, shielded, restricted, cases, holding);
    }

    public static ChildView of(Child c, Access access, LocalDate today, List<CaseSummary> cases, Holding holding) {
        if (access == Access.FULL) {
            return new ChildView(c.getId(), c.getGivenNames(), c.getFamilyName(), c.displayName(), c.getOtherNames(),
                    c.getDateOfBirth(), c.getExpectedDateOfDelivery(), c.ageBand(today), c.getGender(), c.getAddress(),
                    c.getPostcode().map(p -> p.value()).orElse(null), c.getNhsNumber().map(n -> n.value()).orElse(null),
                    c.getUpn().map(u -> u.value()).orElse(null), c.getFirstLanguage(), c.isShielded(), false, cases,
                    holding);
        }
        boolean shielded = c.isShielded();
        return new ChildView(c.getId(), c.getGivenNames(), c.getFamilyName(), c.displayName(), List.of(),
                shielded ? null : c.getDateOfBirth(), shielded ? null : c.getExpectedDateOfDelivery(), c.ageBand(today),
                null, null, null, null, null, null, null, true, List.of(), holding);
    }

}
