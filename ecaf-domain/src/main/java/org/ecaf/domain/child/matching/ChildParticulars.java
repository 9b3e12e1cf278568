package org.ecaf.domain.child.matching;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ecaf.domain.child.identity.NhsNumber;
import org.ecaf.domain.child.identity.Postcode;
import org.ecaf.domain.child.identity.UniquePupilNumber;

/**
 * The identifying particulars of one child that duplicate matching looks at, either the child about to be
 * registered ({@code id} null) or an existing record.
 *
 * <p>Names are kept as entered ("Mary-Jane", "O'Neill", "Zoë"); matching folds them itself. {@code givenNames}
 * holds all given names, first name first ("Jack Thomas"). An unborn baby has no date of birth but usually an
 * expected date of delivery, and no given names or a placeholder such as "Unborn baby" (see {@link NameParts}).
 * Every field may be null except {@code otherNames}, which is never null (null becomes an empty list, blank
 * entries are dropped).
 *
 * @param id                     the existing record's id, or null for the child being registered
 * @param givenNames             all given names, first name first
 * @param familyName             the family name
 * @param otherNames             other or previous names, each a whole name ("Jack Jones") or a single name
 * @param dateOfBirth            the date of birth, null for an unborn baby or when not known
 * @param expectedDateOfDelivery the expected date of delivery of an unborn baby
 */
public record ChildParticulars(Long id, String givenNames, String familyName, List<String> otherNames,
        LocalDate dateOfBirth, LocalDate expectedDateOfDelivery, Postcode postcode, NhsNumber nhsNumber,
        UniquePupilNumber upn) implements Serializable {

    public ChildParticulars {
        List<String> kept = new ArrayList<>();
        if (otherNames != null) {
            for (String name : otherNames) {
                if (name != null && !name.isBlank()) {
                    kept.add(name.trim());
                }
            }
        }
        otherNames = List.copyOf(kept);
    }

    /** A builder whose text setters parse and validate identifiers (throwing {@code InvalidInput}). */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether this is an unborn baby: no date of birth but an expected date of delivery. */
    public boolean isUnborn() {
        return dateOfBirth == null && expectedDateOfDelivery != null;
    }

    /**
     * The id and which particulars are known, never their values: records of children, some of them shielded,
     * must not reach log files through a careless {@code toString()}.
     */
    @Override
    public String toString() {
        StringBuilder known = new StringBuilder();
        appendIf(known, givenNames != null && !givenNames.isBlank(), "givenNames");
        appendIf(known, familyName != null && !familyName.isBlank(), "familyName");
        appendIf(known, !otherNames.isEmpty(), "otherNames");
        appendIf(known, dateOfBirth != null, "dateOfBirth");
        appendIf(known, expectedDateOfDelivery != null, "expectedDateOfDelivery");
        appendIf(known, postcode != null, "postcode");
        appendIf(known, nhsNumber != null, "nhsNumber");
        appendIf(known, upn != null, "upn");
        return "ChildParticulars[id=" + id + ", known=" + known + "]";
    }

    private static void appendIf(StringBuilder known, boolean condition, String name) {
        if (condition) {
            known.append(known.length() == 0 ? "" : ",").append(name);
        }
    }

    public Long getId() {
        return id;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public List<String> getOtherNames() {
        return otherNames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public LocalDate getExpectedDateOfDelivery() {
        return expectedDateOfDelivery;
    }

    public Postcode getPostcode() {
        return postcode;
    }

    public NhsNumber getNhsNumber() {
        return nhsNumber;
    }

    public UniquePupilNumber getUpn() {
        return upn;
    }

    /** Builds {@link ChildParticulars}; blank text for an identifier means "not known". */
    public static final class Builder {

        private Long id;
        private String givenNames;
        private String familyName;
        private List<String> otherNames = List.of();
        private LocalDate dateOfBirth;
        private LocalDate expectedDateOfDelivery;
        private Postcode postcode;
        private NhsNumber nhsNumber;
        private UniquePupilNumber upn;

        private Builder() {
        }

        public Builder id(Long value) {
            this.id = value;
            return this;
        }

        public Builder givenNames(String value) {
            this.givenNames = value;
            return this;
        }

        public Builder familyName(String value) {
            this.familyName = value;
            return this;
        }

        public Builder otherNames(String... values) {
            this.otherNames = values == null ? List.of() : Arrays.asList(values);
            return this;
        }

        public Builder otherNames(List<String> values) {
            this.otherNames = values == null ? List.of() : values;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            this.dateOfBirth = value;
            return this;
        }

        public Builder expectedDateOfDelivery(LocalDate value) {
            this.expectedDateOfDelivery = value;
            return this;
        }

        public Builder postcode(Postcode value) {
            this.postcode = value;
            return this;
        }

        /** Parses {@code value}; blank means not known. */
        public Builder postcode(String value) {
            this.postcode = isBlank(value) ? null : Postcode.parse(value);
            return this;
        }

        public Builder nhsNumber(NhsNumber value) {
            this.nhsNumber = value;
            return this;
        }

        /** Parses {@code value}; blank means not known. */
        public Builder nhsNumber(String value) {
            this.nhsNumber = isBlank(value) ? null : NhsNumber.parse(value);
            return this;
        }

        public Builder upn(UniquePupilNumber value) {
            this.upn = value;
            return this;
        }

        /** Parses {@code value}; blank means not known. */
        public Builder upn(String value) {
            this.upn = isBlank(value) ? null : UniquePupilNumber.parse(value);
            return this;
        }

        public ChildParticulars build() {
            return new ChildParticulars(id, givenNames, familyName, otherNames, dateOfBirth, expectedDateOfDelivery,
                    postcode, nhsNumber, upn);
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
