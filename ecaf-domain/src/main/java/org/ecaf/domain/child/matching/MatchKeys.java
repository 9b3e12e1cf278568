package org.ecaf.domain.child.matching;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.ecaf.domain.child.identity.NhsNumber;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.identity.UniquePupilNumber;

/**
 * The six values a database stores beside each child so that likely duplicates can be fetched cheaply, by
 * indexed equality and date ranges, before {@link DuplicateMatcher} scores them in memory.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>key</th><th>value</th><th>"Nguyễn-Smith", Zoë, born 04/03/2015, SW1A 1AA</th></tr>
 *   <tr><td>{@code familyNameKey}</td><td>Double Metaphone primary code (≤ 4 characters) of the first distinctive
 *       part of the folded family name; for another script the folded word itself (≤ 16 characters)</td>
 *       <td>NKN</td></tr>
 *   <tr><td>{@code givenNameKey}</td><td>the same for the first given name</td><td>S</td></tr>
 *   <tr><td>{@code birthDate}</td><td>date of birth, or for an unborn baby the expected date of delivery</td>
 *       <td>2015-03-04</td></tr>
 *   <tr><td>{@code postcodeDistrict}</td><td>{@link Postcode#district()}</td><td>SW1</td></tr>
 *   <tr><td>{@code nhsNumber}</td><td>{@link NhsNumber#value()}, ten digits</td><td></td></tr>
 *   <tr><td>{@code upn}</td><td>{@link UniquePupilNumber#value()}</td><td></td></tr>
 * </table>
 *
 * <p><b>Candidate query.</b> Fetch every stored child for which <em>any</em> line holds (this is exactly
 * {@link #mayMatch(MatchKeys)}; the parameters come from the methods of the same name), then pass them to
 * {@link DuplicateMatcher#findLikelyDuplicates}:
 * <pre>
 * WHERE c.nhs_number = :nhsNumber
 *    OR c.upn = :upn
 *    OR c.family_name_key = :familyNameKey
 *    OR c.birth_date IN (:nearBirthDates)
 *    OR ((c.given_name_key = :givenNameKey OR c.postcode_district = :postcodeDistrict)
 *        AND (:birthDate IS NULL OR c.birth_date IS NULL
 *             OR c.birth_date BETWEEN :birthYearsFrom AND :birthYearsTo))
 * </pre>
 * A null parameter makes its comparison false (SQL {@code = NULL} is never true); leave out the {@code IN} line
 * when {@link #nearBirthDates()} is empty. A sound-alike family name is enough on its own because it is the
 * commonest evidence. A birth date the matcher would call the same or close ({@link #nearBirthDates()}: within
 * three days, day and month swapped, one digit different, two neighbouring digits swapped, the year one out; at
 * most about fifty dates) is enough on its own because only a handful of children in an authority are born on
 * each of them, and it catches names that differ in spelling rather than sound. A given name or postcode
 * district needs a birth year within one of ours (or an unknown date) to keep the set small; the tolerance also
 * covers babies born in the year after their expected date.
 *
 * <p><b>What it can miss.</b> Every pair the matcher flags on a shared identifier, a sound-alike family name or
 * a close date of birth is fetched. It can flag a pair this query does not fetch only when no identifier is
 * shared, the family name keys differ (a misspelt first letter, another part of a double-barrelled name, a
 * previous name) and either
 * <ul>
 *   <li>the only date agreement involves an expected date of delivery, and neither the first given names' keys
 *       nor the postcode districts agree; or</li>
 *   <li>there is no date agreement, and the postcode districts agree but the birth years are two or more apart:
 *       "Jack Snith", born 2015 at NB1 1AA, and "Jack Smith", born 2011 at the same postcode.</li>
 * </ul>
 * Other names are not keys; if that matters, store {@link #of} for each other name in a side table and add it to
 * the query.
 */
public record MatchKeys(String familyNameKey, String givenNameKey, LocalDate birthDate, String postcodeDistrict,
        String nhsNumber, String upn) implements Serializable {

    /** How many years apart two birth dates may be for the given name or postcode district to fetch. */
    public static final int BIRTH_YEAR_TOLERANCE = 1;

    /** How many days apart two birth dates may be to count as close, as in {@link DuplicateMatcher}. */
    public static final int NEAR_DATE_DAYS = DateCloseness.DAYS_CLOSE;

    /** The keys of {@code child}; a key is null when its particular is not known. */
    public static MatchKeys of(ChildParticulars child) {
        Objects.requireNonNull(child, "child");
        NameParts family = NameParts.familyName(child.familyName());
        NameParts given = NameParts.givenNames(child.givenNames());
        return new MatchKeys(
                family.isKnown() ? NameSimilarity.key(family.first().merged()) : null,
                given.isKnown() ? NameSimilarity.key(given.first().merged()) : null,
                child.dateOfBirth() != null ? child.dateOfBirth() : child.expectedDateOfDelivery(),
                child.postcode() == null ? null : child.postcode().district(),
                child.nhsNumber() == null ? null : child.nhsNumber().value(),
                child.upn() == null ? null : child.upn().value());
    }

    /**
     * Whether the candidate query above, run for these keys, fetches a child stored with {@code stored}; for
     * in-memory repositories and tests.
     */
    public boolean mayMatch(MatchKeys stored) {
        Objects.requireNonNull(stored, "stored");
        boolean yearsAgree = birthDate == null || stored.birthDate == null
                || Math.abs(birthDate.getYear() - stored.birthDate.getYear()) <= BIRTH_YEAR_TOLERANCE;
        boolean datesNear = birthDate != null && stored.birthDate != null
                && DateCloseness.of(birthDate, stored.birthDate) != DateCloseness.Kind.NONE;
        return same(nhsNumber, stored.nhsNumber)
                || same(upn, stored.upn)
                || same(familyNameKey, stored.familyNameKey)
                || datesNear
                || (same(givenNameKey, stored.givenNameKey) || same(postcodeDistrict, stored.postcodeDistrict))
                        && yearsAgree;
    }

    private static boolean same(String mine, String theirs) {
        return mine != null && mine.equals(theirs);
    }

    /** The year of {@link #birthDate()}, or null. */
    public Integer birthYear() {
        return birthDate == null ? null : birthDate.getYear();
    }

    /**
     * The birth date and every date {@link DuplicateMatcher} would call swapped or close to it: within
     * {@value #NEAR_DATE_DAYS} days, day and month swapped, one digit of dd/MM/yyyy different, two neighbouring
     * digits swapped, or the same day and month a year before or after. In date order; empty when the birth date
     * is not known.
     */
    public List<LocalDate> nearBirthDates() {
        return birthDate == null ? List.of() : DateCloseness.near(birthDate);
    }

    /** 1 January of the year before the birth year, or null. */
    public LocalDate birthYearsFrom() {
        return birthDate == null ? null : LocalDate.of(birthDate.getYear() - BIRTH_YEAR_TOLERANCE, 1, 1);
    }

    /** 31 December of the year after the birth year, or null. */
    public LocalDate birthYearsTo() {
        return birthDate == null ? null : LocalDate.of(birthDate.getYear() + BIRTH_YEAR_TOLERANCE, 12, 31);
    }

    public String getFamilyNameKey() {
        return familyNameKey;
    }

    public String getGivenNameKey() {
        return givenNameKey;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPostcodeDistrict() {
        return postcodeDistrict;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public String getUpn() {
        return upn;
    }
}
